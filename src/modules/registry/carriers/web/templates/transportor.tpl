{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_carrier_breadcrumbs}}"><p class="ds-paragraph" data-size="sm"><a class="ds-link" href="/transportorer">{{T_registry_carrier_list_title}}</a> / {{NAME}}</p></nav>
  {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{NAME}}</h1>
    {{#DEMO}}<p class="ds-paragraph"><span class="ds-tag" data-color="warning">{{T_registry_carrier_detail_demo}}</span></p>{{/DEMO}}
    {{#DESCRIPTION}}<p class="ds-paragraph">{{TEXT}}</p>{{/DESCRIPTION}}
    <p class="ds-paragraph">{{#EDIT_LINK}}<a class="ds-link" href="/transportorer/{{NUMBER}}/endre">{{T_registry_carrier_detail_edit}}</a> {{/EDIT_LINK}}{{#ADD_VEHICLE_LINK}}<a class="ds-link" href="/transportorer/{{NUMBER}}/kjoretoy/ny">{{T_registry_carrier_detail_add_vehicle}}</a>{{/ADD_VEHICLE_LINK}}</p>
  </div>

  <section class="ds-card mf-card mf-stack" data-color="neutral" aria-labelledby="registerdata">
    <h2 class="ds-heading" data-size="sm" id="registerdata">{{T_registry_carrier_detail_register}}</h2>
    <dl class="mf-facts">
      <dt>{{T_registry_carrier_detail_number}}</dt><dd><a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{NUMBER_FORMATTED}}</a></dd>
      {{#ADDRESS}}<dt>{{T_registry_carrier_detail_address}}</dt><dd>{{TEXT}}</dd>{{/ADDRESS}}
      {{#NACE_LIST}}<dt>{{T_registry_carrier_detail_nace}}</dt><dd><ul class="ds-list">{{#NACE}}<li>{{CODE}} {{DESCRIPTION}}{{#ROAD_FREIGHT}} <span class="ds-tag" data-color="success">{{T_registry_carrier_detail_road_freight}}</span>{{/ROAD_FREIGHT}}</li>{{/NACE}}</ul></dd>{{/NACE_LIST}}
    </dl>
    {{#NO_ROAD_FREIGHT}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_registry_carrier_detail_no_road_freight}}</p></div>{{/NO_ROAD_FREIGHT}}
    <p class="ds-paragraph" data-size="sm">{{T_registry_carrier_detail_register_source}}{{#FETCHED}} {{T_registry_carrier_detail_fetched}} {{TEXT}}.{{/FETCHED}}</p>
  </section>

  <section class="mf-stack" aria-labelledby="tjenester">
    <h2 class="ds-heading" data-size="sm" id="tjenester">{{T_registry_carrier_detail_services}}</h2>
    <ul class="ds-list">{{#SERVICE}}<li>{{TEXT}}</li>{{/SERVICE}}</ul>
    {{#NO_SERVICES}}<p class="ds-paragraph">{{T_registry_carrier_detail_none}}</p>{{/NO_SERVICES}}
    <h2 class="ds-heading" data-size="sm" id="omrade">{{T_registry_carrier_detail_area}}</h2>
    <ul class="ds-list mf-inline-list">{{#AREA}}<li>{{TEXT}}</li>{{/AREA}}</ul>
    {{#NO_AREA}}<p class="ds-paragraph">{{T_registry_carrier_detail_none}}</p>{{/NO_AREA}}
    <h2 class="ds-heading" data-size="sm" id="kapasitet">{{T_registry_carrier_detail_capacity}}</h2>
    <dl class="mf-facts">
      {{#VEHICLE_COUNT}}<dt>{{T_registry_carrier_form_vehicle_count}}</dt><dd>{{TEXT}}</dd>{{/VEHICLE_COUNT}}
      {{#TONNES_PER_DAY}}<dt>{{T_registry_carrier_form_tonnes_per_day}}</dt><dd>{{TEXT}}</dd>{{/TONNES_PER_DAY}}
      {{#CAPACITY_NOTE}}<dt>{{T_registry_carrier_form_capacity_note}}</dt><dd>{{TEXT}}</dd>{{/CAPACITY_NOTE}}
    </dl>
    <h2 class="ds-heading" data-size="sm" id="kontakt">{{T_registry_carrier_detail_contact}}</h2>
    {{#CONTACT_LOGIN}}<p class="ds-paragraph">{{T_registry_carrier_detail_contact_login}} <a class="ds-link" href="/logg-inn">{{T_registry_carrier_detail_login}}</a></p>{{/CONTACT_LOGIN}}
    {{#CONTACT}}<dl class="mf-facts">
      {{#CONTACT_NAME}}<dt>{{T_registry_carrier_form_contact_name}}</dt><dd>{{TEXT}}</dd>{{/CONTACT_NAME}}
      {{#CONTACT_PHONE}}<dt>{{T_registry_carrier_form_contact_phone}}</dt><dd>{{TEXT}}</dd>{{/CONTACT_PHONE}}
      {{#CONTACT_EMAIL}}<dt>{{T_registry_carrier_form_contact_email}}</dt><dd>{{TEXT}}</dd>{{/CONTACT_EMAIL}}
    </dl>{{#CONTACT_NONE}}<p class="ds-paragraph">{{T_registry_carrier_detail_none}}</p>{{/CONTACT_NONE}}{{/CONTACT}}
  </section>

  <section class="mf-stack" aria-labelledby="kjoretoy">
    <h2 class="ds-heading" data-size="sm" id="kjoretoy">{{T_registry_carrier_detail_vehicles}}</h2>
    {{#HAS_VEHICLES}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="kjoretoy-tittel">
      <table class="ds-table" data-size="sm">
        <caption id="kjoretoy-tittel">{{T_registry_carrier_detail_vehicles_caption}}</caption>
        <thead><tr><th scope="col">{{T_registry_vehicle_col_plate}}</th><th scope="col">{{T_registry_vehicle_col_make}}</th><th scope="col">{{T_registry_vehicle_col_euro}}</th><th scope="col">{{T_registry_vehicle_col_fuel}}</th><th scope="col">{{T_registry_vehicle_col_total_weight}}</th></tr></thead>
        <tbody>
          {{#VEHICLE}}<tr><td><a class="ds-link" href="/transportorer/{{NUMBER}}/kjoretoy/{{ID}}">{{PLATE}}</a></td><td>{{MAKE_MODEL}}</td><td>{{EURO}}</td><td>{{FUEL}}</td><td>{{TOTAL_WEIGHT}}</td></tr>
          {{/VEHICLE}}
        </tbody>
      </table>
    </div>{{/HAS_VEHICLES}}
    {{#NO_VEHICLES}}<p class="ds-paragraph">{{T_registry_carrier_detail_no_vehicles}}</p>{{/NO_VEHICLES}}
    {{#HAS_HIDDEN}}<h3 class="ds-heading" data-size="xs" id="ventende">{{T_registry_carrier_detail_hidden_vehicles}}</h3>
    <p class="ds-paragraph" data-size="sm">{{T_registry_carrier_detail_hidden_hint}}</p>
    <div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="ventende">
      <table class="ds-table" data-size="sm">
        <caption class="ds-sr-only">{{T_registry_carrier_detail_hidden_vehicles}}</caption>
        <thead><tr><th scope="col">{{T_registry_vehicle_col_plate}}</th><th scope="col">{{T_registry_vehicle_col_make}}</th><th scope="col">{{T_registry_vehicle_col_euro}}</th><th scope="col">{{T_registry_vehicle_col_fuel}}</th><th scope="col">{{T_registry_vehicle_col_status}}</th></tr></thead>
        <tbody>
          {{#HIDDEN_VEHICLE}}<tr><td><a class="ds-link" href="/transportorer/{{NUMBER}}/kjoretoy/{{ID}}">{{PLATE}}</a></td><td>{{MAKE_MODEL}}</td><td>{{EURO}}</td><td>{{FUEL}}</td><td><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span></td></tr>
          {{/HIDDEN_VEHICLE}}
        </tbody>
      </table>
    </div>{{/HAS_HIDDEN}}
  </section>

  {{>CHANGE_HISTORY}}
</div>
