{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_masses_balance_title}}</h1>
    <p class="ds-paragraph">{{T_masses_balance_lead}}</p>
    <p class="ds-paragraph" data-size="sm">{{T_masses_balance_rule}}</p>
  </div>
  {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
    <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_masses_balance_error_summary}}</h2>
    <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
  </div>{{/ERRORS}}
  <form class="mf-stack mf-filters" method="get" action="/massebalanse" role="search" aria-label="{{T_masses_balance_filters}}">
    <div class="ds-field">
      <label class="ds-label" for="kommune">{{T_masses_balance_field_municipality}}</label>
      <select class="ds-input" id="kommune" name="kommune"{{#KOMMUNE_ERROR}} aria-invalid="true" aria-describedby="kommune-feil"{{/KOMMUNE_ERROR}}>
        <option value="">{{T_masses_balance_scope_region}}</option>
        {{#MUNICIPALITY}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY}}
      </select>
      {{#KOMMUNE_ERROR}}<p class="ds-validation-message" data-color="danger" id="kommune-feil">{{TEXT}}</p>{{/KOMMUNE_ERROR}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="gruppe">{{T_masses_balance_field_group}}</label>
      <select class="ds-input" id="gruppe" name="gruppe"{{#GRUPPE_ERROR}} aria-invalid="true" aria-describedby="gruppe-feil"{{/GRUPPE_ERROR}}>
        <option value="">{{T_masses_balance_all_groups}}</option>
        {{#GROUP_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GROUP_OPTION}}
      </select>
      {{#GRUPPE_ERROR}}<p class="ds-validation-message" data-color="danger" id="gruppe-feil">{{TEXT}}</p>{{/GRUPPE_ERROR}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="fra">{{T_masses_balance_field_from}}</label>
      <select class="ds-input" id="fra" name="fra"{{#FRA_ERROR}} aria-invalid="true" aria-describedby="fra-feil"{{/FRA_ERROR}}>
        {{#FROM_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FROM_OPTION}}
      </select>
      {{#FRA_ERROR}}<p class="ds-validation-message" data-color="danger" id="fra-feil">{{TEXT}}</p>{{/FRA_ERROR}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="kvartaler">{{T_masses_balance_field_quarters}}</label>
      <p class="ds-paragraph" data-size="sm" data-field="description" id="kvartaler-hjelp">{{T_masses_balance_field_quarters_hint}}</p>
      <input class="ds-input" id="kvartaler" name="kvartaler" type="text" inputmode="numeric" value="{{QUARTERS}}" aria-describedby="kvartaler-hjelp{{#KVARTALER_ERROR}} kvartaler-feil{{/KVARTALER_ERROR}}"{{#KVARTALER_ERROR}} aria-invalid="true"{{/KVARTALER_ERROR}}>
      {{#KVARTALER_ERROR}}<p class="ds-validation-message" data-color="danger" id="kvartaler-feil">{{TEXT}}</p>{{/KVARTALER_ERROR}}
    </div>
    <details class="ds-details"{{#PROJECTS_OPEN}} open{{/PROJECTS_OPEN}}{{#PROSJEKT_ERROR}} open{{/PROSJEKT_ERROR}}>
    <summary>{{T_masses_balance_projects_summary}}</summary>
    <fieldset class="ds-fieldset mf-stack" id="prosjekt"{{#PROSJEKT_ERROR}} aria-describedby="prosjekt-feil"{{/PROSJEKT_ERROR}}>
      <legend class="ds-label">{{T_masses_balance_field_projects}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_masses_balance_field_projects_hint}}</p>
      {{#NO_PROJECTS}}<p class="ds-paragraph">{{T_masses_balance_no_projects}}</p>{{/NO_PROJECTS}}
      {{#PROJECT}}<div class="ds-field">
        <input class="ds-input" type="checkbox" id="prosjekt-{{INDEX}}" name="prosjekt" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
        <label class="ds-label" for="prosjekt-{{INDEX}}">{{LABEL}}</label>
      </div>{{/PROJECT}}
      {{#PROSJEKT_ERROR}}<p class="ds-validation-message" data-color="danger" id="prosjekt-feil">{{TEXT}}</p>{{/PROSJEKT_ERROR}}
    </fieldset>
    </details>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_balance_show_button}}</button></div>
  </form>

  <section class="mf-stack" aria-labelledby="balanse-resultat">
    <h2 class="ds-heading" data-size="md" id="balanse-resultat">{{RESULT_HEADING}}</h2>
    <p class="ds-paragraph" role="status">{{SUMMARY}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="{{CSV_HREF}}" download>{{T_masses_balance_csv_link}}</a> · <a class="ds-link" href="{{JSON_HREF}}">{{T_masses_balance_json_link}}</a> · <a class="ds-link" href="/fraksjoner">{{T_masses_balance_fractions_link}}</a></p>
    {{#EMPTY}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{T_masses_balance_empty}}</p></div>{{/EMPTY}}
    {{#CHART}}
    <ul class="mf-actions ds-list mf-balance-legend" role="list" aria-label="{{T_masses_balance_legend}}">
      <li><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><rect x="1" y="1" width="16" height="16" fill="#1e5d48" stroke="#1a1a1a"/></svg> {{T_masses_balance_surplus_legend}}</li>
      <li><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><defs><pattern id="mb-behov-tegn" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#a34400"/></pattern></defs><rect x="1" y="1" width="16" height="16" fill="url(#mb-behov-tegn)" stroke="#1a1a1a"/></svg> {{T_masses_balance_need_legend}}</li>
      <li><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><defs><pattern id="mb-kapasitet-tegn" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.4" fill="#1f4e99"/></pattern></defs><rect x="1" y="1" width="16" height="16" fill="url(#mb-kapasitet-tegn)" stroke="#1a1a1a"/></svg> {{T_masses_balance_capacity_legend}}</li>
    </ul>
    <div class="mf-table-wrap mf-balance-chart" tabindex="0" role="region" aria-labelledby="balanse-diagram-tittel">
      <svg role="img" aria-labelledby="balanse-diagram-tittel balanse-diagram-beskrivelse" width="{{WIDTH}}" height="{{HEIGHT}}" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" focusable="false">
        <title id="balanse-diagram-tittel">{{TITLE}}</title>
        <desc id="balanse-diagram-beskrivelse">{{DESC}}</desc>
        <defs>
          <pattern id="mb-behov" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#a34400"/></pattern>
          <pattern id="mb-kapasitet" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.4" fill="#1f4e99"/></pattern>
        </defs>
        {{#TICK}}<line x1="{{X1}}" x2="{{X2}}" y1="{{Y}}" y2="{{Y}}" stroke="#c4c4c4" stroke-width="1"/>
        <text x="{{LABEL_X}}" y="{{LABEL_Y}}" text-anchor="end" font-size="11" fill="#1a1a1a">{{LABEL}}</text>
        {{/TICK}}
        {{#BAR}}<rect x="{{X}}" y="{{Y}}" width="{{W}}" height="{{H}}" fill="{{FILL}}" stroke="#1a1a1a" stroke-width="0.75"/>
        {{/BAR}}
        {{#XLABEL}}<text x="{{X}}" y="{{Y}}" text-anchor="middle" font-size="11" fill="#1a1a1a">{{LABEL}}</text>{{#YEAR}}<text x="{{X}}" y="{{YEAR_Y}}" text-anchor="middle" font-size="11" font-weight="bold" fill="#1a1a1a">{{TEXT}}</text>{{/YEAR}}
        {{/XLABEL}}
        <line x1="{{AXIS_X}}" x2="{{AXIS_X2}}" y1="{{AXIS_Y}}" y2="{{AXIS_Y}}" stroke="#1a1a1a" stroke-width="1"/>
        <text x="{{UNIT_X}}" y="12" text-anchor="end" font-size="11" fill="#1a1a1a">{{T_masses_balance_axis_unit}}</text>
      </svg>
    </div>
    {{/CHART}}
    {{#TABLE}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="balanse-tabell">
      <table class="ds-table" data-size="sm">
        <caption id="balanse-tabell">{{CAPTION}}</caption>
        <thead><tr>
          <th scope="col">{{T_masses_balance_col_quarter}}</th>
          <th scope="col">{{T_masses_balance_col_surplus}}</th>
          <th scope="col">{{T_masses_balance_col_need}}</th>
          <th scope="col">{{T_masses_balance_col_capacity}}</th>
          <th scope="col">{{T_masses_balance_col_net}}</th>
        </tr></thead>
        <tbody>
          {{#ROW}}<tr><th scope="row">{{QUARTER}}</th><td>{{SURPLUS}}</td><td>{{NEED}}</td><td>{{CAPACITY}}</td><td>{{NET}}</td></tr>
          {{/ROW}}
        </tbody>
        <tfoot><tr><th scope="row">{{T_masses_balance_total}}</th><td>{{TOTAL_SURPLUS}}</td><td>{{TOTAL_NEED}}</td><td>{{TOTAL_CAPACITY}}</td><td>{{TOTAL_NET}}</td></tr></tfoot>
      </table>
    </div>{{/TABLE}}
    {{#HAS_GROUPS}}<h3 class="ds-heading" data-size="sm">{{T_masses_balance_per_group}}</h3>
    {{#GROUP}}<details class="ds-details mf-stack">
      <summary>{{LABEL}}: {{TOTAL_TEXT}}</summary>
      <div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="balanse-gruppe-{{KEY}}">
        <table class="ds-table" data-size="sm">
          <caption id="balanse-gruppe-{{KEY}}">{{CAPTION}}</caption>
          <thead><tr>
            <th scope="col">{{T_masses_balance_col_quarter}}</th>
            <th scope="col">{{T_masses_balance_col_surplus}}</th>
            <th scope="col">{{T_masses_balance_col_need}}</th>
            <th scope="col">{{T_masses_balance_col_capacity}}</th>
            <th scope="col">{{T_masses_balance_col_net}}</th>
          </tr></thead>
          <tbody>
            {{#ROW}}<tr><th scope="row">{{QUARTER}}</th><td>{{SURPLUS}}</td><td>{{NEED}}</td><td>{{CAPACITY}}</td><td>{{NET}}</td></tr>
            {{/ROW}}
          </tbody>
        </table>
      </div>
    </details>{{/GROUP}}{{/HAS_GROUPS}}
  </section>
</div>
