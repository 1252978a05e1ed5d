{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_masses_fractions_list_title}}</h1>
    <p class="ds-paragraph">{{T_masses_fractions_list_lead}}</p>
    <p class="ds-paragraph"><span class="ds-tag" data-color="info">{{VERSION_TEXT}}</span></p>
    <p class="ds-paragraph" data-size="sm">{{T_masses_fractions_source_label}}: {{SOURCE}}</p>
    <p class="ds-paragraph" data-size="sm">{{T_masses_fractions_list_estimate_note}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/massebalanse">{{T_masses_balance_link}}</a> · <a class="ds-link" href="/api/v1/fraksjoner">{{T_masses_fractions_list_api_link}}</a></p>
  </div>
  <nav aria-label="{{T_masses_fractions_list_groups_nav}}">
    <ul class="mf-actions ds-list" role="list">
      {{#GROUP_LINK}}<li><a class="ds-link" href="#gruppe-{{KEY}}">{{LABEL}}</a></li>{{/GROUP_LINK}}
    </ul>
  </nav>
  {{#GROUP}}<section class="mf-stack" aria-labelledby="gruppe-{{KEY}}">
    <h2 class="ds-heading" data-size="sm" id="gruppe-{{KEY}}">{{LABEL}}</h2>
    <div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="gruppe-{{KEY}}">
      <table class="ds-table" data-size="sm">
        <thead><tr>
          <th scope="col">{{T_masses_fractions_col_name}}</th>
          <th scope="col">{{T_masses_fractions_col_eal}}</th>
          <th scope="col">{{T_masses_fractions_col_ns9431}}</th>
          <th scope="col">{{T_masses_fractions_col_hazardous}}</th>
          <th scope="col">{{T_masses_fractions_col_dsa}}</th>
          <th scope="col">{{T_masses_fractions_col_density}}</th>
          <th scope="col">{{T_masses_fractions_col_swell}}</th>
          <th scope="col">{{T_masses_fractions_col_placed}}</th>
          <th scope="col">{{T_masses_fractions_col_source}}</th>
        </tr></thead>
        <tbody>
          {{#ROW}}<tr>
            <td><a class="ds-link" href="/fraksjoner/{{KEY}}">{{NAME}}</a>{{#GRADING}} <span class="ds-tag" data-color="neutral">{{TEXT}}</span>{{/GRADING}}</td>
            <td>{{EAL}}</td>
            <td>{{NS9431}}</td>
            <td>{{HAZARDOUS}}</td>
            <td>{{DSA}}</td>
            <td>{{DENSITY}}</td>
            <td>{{SWELL}}</td>
            <td>{{PLACED}}</td>
            <td><span data-size="sm">{{SOURCE}}</span></td>
          </tr>
          {{/ROW}}
        </tbody>
      </table>
    </div>
  </section>
  {{/GROUP}}
</div>
