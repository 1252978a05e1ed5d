{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_carrier_breadcrumbs}}"><p class="ds-paragraph" data-size="sm"><a class="ds-link" href="/transportorer">{{T_registry_carrier_list_title}}</a> / <a class="ds-link" href="/transportorer/{{NUMBER}}">{{NAME}}</a></p></nav>
  {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_registry_vehicle_detail_title}} {{TITLE}}</h1>
    <p class="ds-paragraph"><span class="ds-tag" data-color="{{STATUS_COLOR}}" id="status">{{STATUS}}</span>{{#DEMO}} <span class="ds-tag" data-color="warning">{{T_registry_carrier_detail_demo}}</span>{{/DEMO}}</p>
    {{#PENDING_NOTE}}<p class="ds-paragraph">{{T_registry_vehicle_detail_pending_note}}</p>{{/PENDING_NOTE}}
    <dl class="mf-facts">
      <dt>{{T_registry_vehicle_col_make}}</dt><dd>{{MAKE}} {{MODEL}}</dd>
      <dt>{{T_registry_vehicle_field_group}}</dt><dd>{{GROUP}}</dd>
      <dt>{{T_registry_vehicle_col_euro}}</dt><dd>{{EURO}}</dd>
      <dt>{{T_registry_vehicle_col_fuel}}</dt><dd>{{FUEL}}</dd>
      <dt>{{T_registry_vehicle_col_total_weight}}</dt><dd>{{TOTAL_WEIGHT}}</dd>
      <dt>{{T_registry_vehicle_field_payload}}</dt><dd>{{PAYLOAD}}</dd>
      <dt>{{T_registry_vehicle_field_carrier}}</dt><dd><a class="ds-link" href="/transportorer/{{NUMBER}}">{{NAME}}</a></dd>
      <dt>{{T_registry_vehicle_field_works_for}}</dt><dd>{{#WORKS_FOR}}<a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{NAME}}</a> {{/WORKS_FOR}}{{#WORKS_FOR_NONE}}{{T_registry_carrier_detail_none}}{{/WORKS_FOR_NONE}}</dd>
    </dl>
    <p class="ds-paragraph" data-size="sm">{{T_registry_vehicle_source_label}} {{SOURCE}}, {{T_registry_vehicle_fetched}} {{FETCHED}}.</p>
    {{#ACTION}}<form method="post" action="/transportorer/{{NUMBER}}/kjoretoy/{{ID}}/status">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="handling" value="{{ACTION}}">
      <button class="ds-button" data-variant="{{VARIANT}}" type="submit">{{LABEL}}</button>
    </form>{{/ACTION}}
    <section class="mf-stack" aria-labelledby="prosjekter-tittel">
      <h2 class="ds-heading" data-size="sm" id="prosjekter-tittel">{{T_registry_vehicle_projects_title}}</h2>
      {{#PROJECTS_NONE}}<p class="ds-paragraph">{{T_registry_vehicle_projects_none}}</p>{{/PROJECTS_NONE}}
      {{#PROJECT_LIST}}<ul class="ds-list">
        {{#PROJECT}}<li><a class="ds-link" href="/prosjekter/{{PROJECT_ID}}">{{PROJECT_NAME}}</a>{{#UNLINK}}
          <form class="mf-inline-form" method="post" action="/transportorer/{{NUMBER}}/kjoretoy/{{ID}}/prosjekter">
            <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
            <input type="hidden" name="handling" value="fjern">
            <input type="hidden" name="prosjekt" value="{{PROJECT_ID}}">
            <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" aria-label="{{T_registry_vehicle_projects_unlink_label}} {{PROJECT_NAME}}">{{T_registry_vehicle_projects_unlink}}</button>
          </form>{{/UNLINK}}</li>{{/PROJECT}}
      </ul>{{/PROJECT_LIST}}
      {{#LINK_FORM}}<form class="mf-stack" method="post" action="/transportorer/{{NUMBER}}/kjoretoy/{{ID}}/prosjekter">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="handling" value="knytt">
        <div class="ds-field">
          <label class="ds-label" for="prosjekt">{{T_registry_vehicle_projects_choose}}</label>
          <p class="ds-paragraph" data-size="sm" data-field="description" id="prosjekt-hjelp">{{T_registry_vehicle_projects_choose_hint}}</p>
          <select class="ds-input" id="prosjekt" name="prosjekt" aria-describedby="prosjekt-hjelp{{#PROJECT_ERROR}} prosjekt-feil{{/PROJECT_ERROR}}"{{#PROJECT_ERROR}} aria-invalid="true"{{/PROJECT_ERROR}}>
            {{#CHOICE}}<option value="{{VALUE}}">{{LABEL}}</option>{{/CHOICE}}
          </select>
          {{#PROJECT_ERROR}}<p class="ds-validation-message" data-color="danger" id="prosjekt-feil">{{TEXT}}</p>{{/PROJECT_ERROR}}
        </div>
        <div><button class="ds-button" data-variant="secondary" type="submit">{{T_registry_vehicle_projects_link}}</button></div>
      </form>{{/LINK_FORM}}
    </section>
  </div>
  {{>CHANGE_HISTORY}}
</div>
