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
  </div>
  {{>CHANGE_HISTORY}}
</div>
