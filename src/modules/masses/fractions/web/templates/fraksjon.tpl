{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_masses_fractions_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/fraksjoner">{{T_masses_fractions_list_title}}</a></li>
      <li><span aria-current="page">{{NAME}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{NAME}}</h1>
    <p class="ds-paragraph"><span class="ds-tag" data-color="neutral">{{GROUP}}</span>{{#HAZARDOUS}} <span class="ds-tag" data-color="danger">{{T_masses_fractions_hazardous_tag}}</span>{{/HAZARDOUS}}{{#DSA}} <span class="ds-tag" data-color="warning">{{T_masses_fractions_dsa_tag}}</span>{{/DSA}}</p>
    {{#DSA}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_masses_fractions_dsa_notice}}</p></div>{{/DSA}}
    <p class="ds-paragraph">{{PROPERTIES}}</p>
  </div>

  <section class="mf-stack" aria-labelledby="fakta">
    <h2 class="ds-heading" data-size="sm" id="fakta">{{T_masses_fractions_detail_facts}}</h2>
    <dl class="mf-facts ds-paragraph">
      <dt>{{T_masses_fractions_field_key}}</dt><dd><code>{{KEY}}</code></dd>
      <dt>{{T_masses_fractions_col_eal}}</dt><dd>{{EAL}}</dd>
      <dt>{{T_masses_fractions_col_ns9431}}</dt><dd>{{NS9431}}</dd>
      {{#GRADING}}<dt>{{T_masses_fractions_field_grading}}</dt><dd>{{TEXT}}</dd>{{/GRADING}}
      <dt>{{T_masses_fractions_col_hazardous}}</dt><dd>{{HAZARDOUS_TEXT}}</dd>
      <dt>{{T_masses_fractions_col_dsa}}</dt><dd>{{DSA_TEXT}}</dd>
      <dt>{{T_masses_fractions_col_density}}</dt><dd>{{DENSITY}}</dd>
      <dt>{{T_masses_fractions_col_swell}}</dt><dd>{{SWELL}}</dd>
      <dt>{{T_masses_fractions_col_placed}}</dt><dd>{{PLACED}}</dd>
      <dt>{{T_masses_fractions_col_source}}</dt><dd>{{SOURCE}}</dd>
      <dt>{{T_masses_fractions_field_version}}</dt><dd>{{VERSION}}</dd>
    </dl>
  </section>

  <section class="mf-stack" aria-labelledby="omregning">
    <h2 class="ds-heading" data-size="sm" id="omregning">{{T_masses_fractions_converter_heading}}</h2>
    <p class="ds-paragraph">{{T_masses_fractions_converter_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h3 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_masses_fractions_converter_error_summary}}</h3>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <form class="mf-stack mf-filters" method="get" action="/fraksjoner/{{KEY}}#omregning" aria-labelledby="omregning">
      <div class="ds-field">
        <label class="ds-label" for="mengde">{{T_masses_fractions_field_quantity}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="mengde-hjelp">{{T_masses_fractions_field_quantity_hint}}</p>
        <input class="ds-input" id="mengde" name="mengde" type="text" inputmode="decimal" value="{{QUANTITY}}" aria-describedby="mengde-hjelp{{#MENGDE_ERROR}} mengde-feil{{/MENGDE_ERROR}}"{{#MENGDE_ERROR}} aria-invalid="true"{{/MENGDE_ERROR}}>
        {{#MENGDE_ERROR}}<p class="ds-validation-message" data-color="danger" id="mengde-feil">{{TEXT}}</p>{{/MENGDE_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="enhet">{{T_masses_fractions_field_unit}}</label>
        <select class="ds-input" id="enhet" name="enhet"{{#ENHET_ERROR}} aria-invalid="true" aria-describedby="enhet-feil"{{/ENHET_ERROR}}>
          {{#UNIT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT}}
        </select>
        {{#ENHET_ERROR}}<p class="ds-validation-message" data-color="danger" id="enhet-feil">{{TEXT}}</p>{{/ENHET_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="tilstand">{{T_masses_fractions_field_state}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="tilstand-hjelp">{{T_masses_fractions_field_state_hint}}</p>
        <select class="ds-input" id="tilstand" name="tilstand" aria-describedby="tilstand-hjelp{{#TILSTAND_ERROR}} tilstand-feil{{/TILSTAND_ERROR}}"{{#TILSTAND_ERROR}} aria-invalid="true"{{/TILSTAND_ERROR}}>
          {{#STATE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATE}}
        </select>
        {{#TILSTAND_ERROR}}<p class="ds-validation-message" data-color="danger" id="tilstand-feil">{{TEXT}}</p>{{/TILSTAND_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_fractions_converter_button}}</button></div>
    </form>
    {{#RESULT}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="omregning-resultat">
      <table class="ds-table" data-size="sm">
        <caption id="omregning-resultat">{{CAPTION}}</caption>
        <thead><tr>
          <th scope="col">{{T_masses_fractions_result_col_unit}}</th>
          <th scope="col">{{T_masses_fractions_result_col_value}}</th>
          <th scope="col">{{T_masses_fractions_result_col_kind}}</th>
        </tr></thead>
        <tbody>
          {{#LINE}}<tr><th scope="row">{{UNIT}}</th><td>{{VALUE}}</td><td>{{#ENTERED}}<span class="ds-tag" data-color="success">{{T_masses_fractions_result_entered}}</span>{{/ENTERED}}{{#ESTIMATE}}<span class="ds-tag" data-color="warning">{{T_masses_fractions_result_estimate}}</span>{{/ESTIMATE}}</td></tr>
          {{/LINE}}
        </tbody>
      </table>
    </div>
    <p class="ds-paragraph" data-size="sm" role="status">{{FACTORS_TEXT}}</p>{{/RESULT}}
  </section>
</div>
