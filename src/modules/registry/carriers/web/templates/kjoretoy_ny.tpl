{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_carrier_breadcrumbs}}"><p class="ds-paragraph" data-size="sm"><a class="ds-link" href="/transportorer">{{T_registry_carrier_list_title}}</a> / <a class="ds-link" href="/transportorer/{{NUMBER}}">{{NAME}}</a></p></nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_registry_vehicle_new_title}}</h1>
    <p class="ds-paragraph">{{T_registry_vehicle_new_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_carrier_form_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
    <form class="mf-stack" method="get" action="/transportorer/{{NUMBER}}/kjoretoy/ny" novalidate>
      <div class="ds-field">
        <label class="ds-label" for="kjennemerke">{{T_registry_vehicle_new_plate_label}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="kjennemerke-hjelp">{{T_registry_vehicle_new_plate_hint}}</p>
        <input class="ds-input" id="kjennemerke" name="kjennemerke" type="text" autocomplete="off" autocapitalize="characters" maxlength="20" value="{{PLATE_INPUT}}" aria-describedby="kjennemerke-hjelp{{#PLATE_ERROR}} kjennemerke-feil{{/PLATE_ERROR}}"{{#PLATE_ERROR}} aria-invalid="true"{{/PLATE_ERROR}}>
        {{#PLATE_ERROR}}<p class="ds-validation-message" data-color="danger" id="kjennemerke-feil">{{TEXT}}</p>{{/PLATE_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="{{LOOKUP_VARIANT}}" type="submit">{{T_registry_vehicle_new_lookup_button}}</button></div>
    </form>
  </div>

  {{#PREVIEW}}<section class="ds-card mf-card mf-stack mf-prose" data-color="neutral" aria-labelledby="bekreft-tittel">
    <h2 class="ds-heading" data-size="sm" id="bekreft-tittel">{{T_registry_vehicle_new_confirm_heading}} {{PLATE_FORMATTED}}</h2>
    <dl class="mf-facts">
      <dt>{{T_registry_vehicle_col_make}}</dt><dd>{{MAKE}} {{MODEL}}</dd>
      <dt>{{T_registry_vehicle_field_group}}</dt><dd>{{GROUP}}</dd>
      <dt>{{T_registry_vehicle_col_euro}}</dt><dd id="euroklasse">{{EURO}}</dd>
      <dt>{{T_registry_vehicle_col_total_weight}}</dt><dd>{{TOTAL_WEIGHT}}</dd>
      <dt>{{T_registry_vehicle_field_payload}}</dt><dd>{{PAYLOAD}}</dd>
    </dl>
    <p class="ds-paragraph" data-size="sm">{{T_registry_vehicle_source_label}} {{SOURCE}}, {{T_registry_vehicle_fetched}} {{FETCHED}}.</p>
    <form class="mf-stack" method="post" action="/transportorer/{{NUMBER}}/kjoretoy/ny" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="kjennemerke" value="{{PLATE}}">
      <div class="ds-field">
        <label class="ds-label" for="drivstoff">{{T_registry_vehicle_field_fuel_choice}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="drivstoff-hjelp">{{T_registry_vehicle_field_fuel_hint}}</p>
        <select class="ds-input" id="drivstoff" name="drivstoff" aria-describedby="drivstoff-hjelp">
          {{#FUEL}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/FUEL}}
        </select>
        {{#FUEL_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/FUEL_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="arbeider_for">{{T_registry_vehicle_field_works_for}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="arbeider-hjelp">{{T_registry_vehicle_field_works_for_hint}}</p>
        <input class="ds-input" id="arbeider_for" name="arbeider_for" type="text" inputmode="numeric" maxlength="300" value="{{WORKS_FOR}}" aria-describedby="arbeider-hjelp">
        {{#WORKS_FOR_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/WORKS_FOR_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_registry_vehicle_new_save}}</button></div>
    </form>
  </section>{{/PREVIEW}}
</div>
