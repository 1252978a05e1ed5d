{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_masses_plans_page_breadcrumb}}"><a class="ds-link" href="/prosjekter/{{PROJECT_ID}}">{{T_masses_plans_page_back}}: {{PROJECT_NAME}}</a></nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_masses_plans_page_lead}}</p>
    {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  </div>
  {{#NO_PLAN}}<div class="mf-prose mf-stack">
    <p class="ds-paragraph">{{T_masses_plans_page_no_plan}}</p>
  </div>{{/NO_PLAN}}
  {{#LOGIN_HINT}}<p class="ds-paragraph"><a class="ds-link" href="/logg-inn">{{T_masses_plans_page_login_hint}}</a></p>{{/LOGIN_HINT}}
  {{#PLAN}}<section class="mf-stack" aria-labelledby="sammendrag">
    <h2 class="ds-heading" data-size="sm" id="sammendrag">{{T_masses_plans_page_facts}}</h2>
    <dl class="mf-facts">
      <dt>{{T_masses_plans_page_status}}</dt><dd><span class="ds-tag" data-color="info">{{STATUS}}</span></dd>
      <dt>{{T_masses_plans_page_surplus}}</dt><dd>{{SURPLUS}}</dd>
      <dt>{{T_masses_plans_page_need}}</dt><dd>{{NEED}}</dd>
      <dt>{{T_masses_plans_page_reuse_target}}</dt><dd>{{REUSE_TARGET}}</dd>
      <dt>{{T_masses_plans_page_planned_reuse}}</dt><dd>{{PLANNED_REUSE}}</dd>
      <dt>{{T_masses_plans_page_reuse_status}}</dt><dd>{{REUSE_STATUS}}</dd>
      <dt>{{T_masses_plans_page_documentation_status}}</dt><dd>{{DOCUMENTATION_STATUS}}</dd>
      <dt>{{T_masses_plans_page_catalog_version}}</dt><dd>{{CATALOG_VERSION}}</dd>
      {{#NOTE}}<dt>{{T_masses_plans_page_note}}</dt><dd>{{TEXT}}</dd>{{/NOTE}}
    </dl>
  </section>
  <section class="mf-stack" aria-labelledby="linjer">
    <h2 class="ds-heading" data-size="sm" id="linjer">{{T_masses_plans_page_lines}}</h2>
    {{#NO_LINES}}<p class="ds-paragraph">{{T_masses_plans_page_no_lines}}</p>{{/NO_LINES}}
    {{#LINES}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="linjer">
      <table class="ds-table" data-size="sm">
        <caption>{{T_masses_plans_page_lines_caption}}</caption>
        <thead>
          <tr>
            <th scope="col">{{T_masses_plans_page_col_kind}}</th>
            <th scope="col">{{T_masses_plans_page_col_fraction}}</th>
            <th scope="col">{{T_masses_plans_page_col_phase}}</th>
            <th scope="col">{{T_masses_plans_page_col_period}}</th>
            <th scope="col" class="mf-quantity">{{T_masses_plans_page_col_entered}}</th>
            <th scope="col" class="mf-quantity">{{T_masses_plans_page_col_tonnes}}</th>
            <th scope="col">{{T_masses_plans_page_col_destination}}</th>
            <th scope="col">{{T_masses_plans_page_col_note}}</th>
          </tr>
        </thead>
        <tbody>
          {{#LINE}}<tr>
            <td>{{KIND}}</td><td>{{FRACTION}}</td><td>{{PHASE}}</td><td>{{PERIOD}}</td>
            <td class="mf-quantity">{{ENTERED}}</td><td class="mf-quantity">{{TONNES}}</td><td>{{DESTINATION}}</td><td>{{NOTE}}</td>
          </tr>{{/LINE}}
        </tbody>
      </table>
    </div>{{/LINES}}
  </section>
  <section class="mf-stack" aria-labelledby="nedlasting">
    <h2 class="ds-heading" data-size="sm" id="nedlasting">{{T_masses_plans_page_downloads}}</h2>
    <ul class="ds-list">
      <li><a class="ds-link" href="/api/v1/massehandteringsplaner/{{PLAN_ID}}/eksport?format=xlsx" download>{{T_masses_plans_page_export_xlsx}}</a></li>
      <li><a class="ds-link" href="/api/v1/massehandteringsplaner/{{PLAN_ID}}/eksport?format=csv" download>{{T_masses_plans_page_export_csv}}</a></li>
      <li><a class="ds-link" href="/api/v1/massehandteringsplaner/{{PLAN_ID}}/eksport?format=pdf" download>{{T_masses_plans_page_export_pdf}}</a></li>
    </ul>
  </section>{{/PLAN}}
  {{#EDIT}}{{#NO_PLAN_HINT}}<p class="ds-paragraph">{{T_masses_plans_page_no_plan_edit}}</p>{{/NO_PLAN_HINT}}
  <section class="mf-stack mf-prose" aria-labelledby="import">
    <h2 class="ds-heading" data-size="sm" id="import">{{T_masses_plans_page_import}}</h2>
    <p class="ds-paragraph">{{T_masses_plans_page_import_lead}}</p>
    <ul class="ds-list">
      <li><a class="ds-link" href="/api/v1/massehandteringsplaner/mal?format=xlsx" download>{{T_masses_plans_page_template_xlsx}}</a></li>
      <li><a class="ds-link" href="/api/v1/massehandteringsplaner/mal?format=csv" download>{{T_masses_plans_page_template_csv}}</a></li>
    </ul>
    {{#IMPORT_ERRORS}}<div class="ds-error-summary" id="importfeil" tabindex="-1" aria-labelledby="importfeil-tittel">
      <h3 class="ds-heading" data-size="xs" id="importfeil-tittel">{{TITLE}}</h3>
      <ul class="ds-list">{{#ERROR}}<li>{{TEXT}}</li>{{/ERROR}}</ul>
    </div>{{/IMPORT_ERRORS}}
    <form class="mf-stack" method="post" action="{{BASE}}/import" enctype="multipart/form-data">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="fil">{{T_masses_plans_page_file_label}}</label>
        <input class="ds-input" id="fil" name="fil" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"{{#IMPORT_ERRORS}} aria-invalid="true" aria-describedby="importfeil"{{/IMPORT_ERRORS}}>
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_plans_page_import_button}}</button></div>
    </form>
    <form class="mf-stack" method="post" action="{{BASE}}/import">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="csv">{{T_masses_plans_page_csv_label}}</label>
        <textarea class="ds-input" id="csv" name="csv" rows="6"{{#IMPORT_ERRORS}} aria-invalid="true" aria-describedby="importfeil"{{/IMPORT_ERRORS}}>{{CSV}}</textarea>
      </div>
      <div><button class="ds-button" data-variant="secondary" type="submit">{{T_masses_plans_page_import_csv_button}}</button></div>
    </form>
  </section>
  <section class="mf-stack mf-prose" aria-labelledby="innstillinger">
    <h2 class="ds-heading" data-size="sm" id="innstillinger">{{T_masses_plans_page_settings}}</h2>
    <p class="ds-paragraph"><a class="ds-link" href="{{BASE}}/linjer">{{T_masses_plans_page_edit_lines}}</a></p>
    {{#SETTINGS_ERRORS}}<div class="ds-error-summary" id="innstillingsfeil" tabindex="-1" aria-labelledby="innstillingsfeil-tittel">
      <h3 class="ds-heading" data-size="xs" id="innstillingsfeil-tittel">{{TITLE}}</h3>
      <ul class="ds-list">{{#ERROR}}<li>{{TEXT}}</li>{{/ERROR}}</ul>
    </div>{{/SETTINGS_ERRORS}}
    <form class="mf-stack" method="post" action="{{BASE}}/innstillinger" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="gjenbruksmal">{{T_masses_plans_page_reuse_target_label}}</label>
        <input class="ds-input" id="gjenbruksmal" name="gjenbruksmal" type="text" inputmode="numeric" maxlength="3" value="{{GJENBRUKSMAL}}"{{#SETTINGS_ERRORS}} aria-describedby="innstillingsfeil"{{/SETTINGS_ERRORS}}>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="gjenbruksstatus">{{T_masses_plans_page_reuse_status}}</label>
        <select class="ds-input" id="gjenbruksstatus" name="gjenbruksstatus">
          {{#REUSE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REUSE_OPTION}}
        </select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="dokumentasjonsstatus">{{T_masses_plans_page_documentation_status}}</label>
        <select class="ds-input" id="dokumentasjonsstatus" name="dokumentasjonsstatus">
          {{#DOCUMENTATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DOCUMENTATION_OPTION}}
        </select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="merknad">{{T_masses_plans_page_note_label}}</label>
        <textarea class="ds-input" id="merknad" name="merknad" rows="3">{{MERKNAD}}</textarea>
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_plans_page_save_settings}}</button></div>
    </form>
  </section>
  {{#HAS_PLAN}}{{#CAN_PUBLISH}}<section class="mf-stack mf-prose" aria-labelledby="publiser">
    <h2 class="ds-heading" data-size="sm" id="publiser">{{T_masses_plans_page_publish}}</h2>
    <p class="ds-paragraph">{{T_masses_plans_page_publish_lead}}</p>
    <form method="post" action="{{BASE}}/publiser">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button class="ds-button" data-variant="primary" type="submit">{{T_masses_plans_page_publish_button}}</button>
    </form>
  </section>{{/CAN_PUBLISH}}{{/HAS_PLAN}}{{/EDIT}}
  {{>CHANGE_HISTORY}}
</div>
