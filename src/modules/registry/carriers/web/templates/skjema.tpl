{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    {{#NEW_LEAD}}<p class="ds-paragraph">{{T_registry_carrier_new_lead}}</p>{{/NEW_LEAD}}
    {{#NO_ORGANISATION}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{T_registry_carrier_new_no_organisation}} <a class="ds-link" href="/organisasjoner/ny">{{T_registry_carrier_new_register_organisation}}</a></p></div>{{/NO_ORGANISATION}}
  </div>
  {{#FORM}}
  {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
    <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_carrier_form_error_summary}}</h2>
    <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#felt-{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
  </div>{{/ERRORS}}
  {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
  <form class="mf-stack mf-prose" method="post" action="{{ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    {{#CHOOSE_ORGANISATION}}<div class="ds-field">
      <label class="ds-label" for="felt-organisasjonsnummer">{{T_registry_carrier_form_organisation}}</label>
      <select class="ds-input" id="felt-organisasjonsnummer" name="organisasjonsnummer">
        {{#ORGANISATION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/ORGANISATION}}
      </select>
      {{#ORGANISASJONSNUMMER_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/ORGANISASJONSNUMMER_ERROR}}
    </div>{{/CHOOSE_ORGANISATION}}
    <fieldset class="ds-fieldset" id="felt-tjenester"{{#TJENESTER_ERROR}} aria-describedby="tjenester-feil"{{/TJENESTER_ERROR}}>
      <legend class="ds-label">{{T_registry_carrier_form_services}}</legend>
      {{#SERVICE}}<div class="ds-field"><input class="ds-input" type="checkbox" id="tjeneste-{{VALUE}}" name="tjenester" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="ds-label" for="tjeneste-{{VALUE}}">{{LABEL}}</label></div>
      {{/SERVICE}}
      {{#TJENESTER_ERROR}}<p class="ds-validation-message" data-color="danger" id="tjenester-feil">{{TEXT}}</p>{{/TJENESTER_ERROR}}
    </fieldset>
    <fieldset class="ds-fieldset" id="felt-kommuner"{{#KOMMUNER_ERROR}} aria-describedby="kommuner-feil"{{/KOMMUNER_ERROR}}>
      <legend class="ds-label">{{T_registry_carrier_form_area}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_registry_carrier_form_area_hint}}</p>
      <div class="mf-checkbox-grid">
      {{#MUNICIPALITY}}<div class="ds-field"><input class="ds-input" type="checkbox" id="kommune-{{VALUE}}" name="kommuner" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="ds-label" for="kommune-{{VALUE}}">{{LABEL}}</label></div>
      {{/MUNICIPALITY}}
      </div>
      {{#KOMMUNER_ERROR}}<p class="ds-validation-message" data-color="danger" id="kommuner-feil">{{TEXT}}</p>{{/KOMMUNER_ERROR}}
    </fieldset>
    <div class="ds-field">
      <label class="ds-label" for="felt-antall_kjoretoy">{{T_registry_carrier_form_vehicle_count}}</label>
      <input class="ds-input" id="felt-antall_kjoretoy" name="antall_kjoretoy" type="text" inputmode="numeric" maxlength="10" value="{{VEHICLE_COUNT}}"{{#ANTALL_KJORETOY_ERROR}} aria-invalid="true" aria-describedby="antall-feil"{{/ANTALL_KJORETOY_ERROR}}>
      {{#ANTALL_KJORETOY_ERROR}}<p class="ds-validation-message" data-color="danger" id="antall-feil">{{TEXT}}</p>{{/ANTALL_KJORETOY_ERROR}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="felt-tonn_per_dag">{{T_registry_carrier_form_tonnes_per_day}}</label>
      <input class="ds-input" id="felt-tonn_per_dag" name="tonn_per_dag" type="text" inputmode="numeric" maxlength="12" value="{{TONNES_PER_DAY}}"{{#TONN_PER_DAG_ERROR}} aria-invalid="true" aria-describedby="tonn-feil"{{/TONN_PER_DAG_ERROR}}>
      {{#TONN_PER_DAG_ERROR}}<p class="ds-validation-message" data-color="danger" id="tonn-feil">{{TEXT}}</p>{{/TONN_PER_DAG_ERROR}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="felt-kapasitet_merknad">{{T_registry_carrier_form_capacity_note}}</label>
      <input class="ds-input" id="felt-kapasitet_merknad" name="kapasitet_merknad" type="text" maxlength="500" value="{{CAPACITY_NOTE}}">
      {{#KAPASITET_MERKNAD_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/KAPASITET_MERKNAD_ERROR}}
    </div>
    <fieldset class="ds-fieldset">
      <legend class="ds-label">{{T_registry_carrier_form_contact}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_registry_carrier_form_contact_hint}}</p>
      <div class="ds-field">
        <label class="ds-label" for="felt-kontakt_navn">{{T_registry_carrier_form_contact_name}}</label>
        <input class="ds-input" id="felt-kontakt_navn" name="kontakt_navn" type="text" autocomplete="name" maxlength="200" value="{{CONTACT_NAME}}">
        {{#KONTAKT_NAVN_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/KONTAKT_NAVN_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="felt-kontakt_telefon">{{T_registry_carrier_form_contact_phone}}</label>
        <input class="ds-input" id="felt-kontakt_telefon" name="kontakt_telefon" type="tel" autocomplete="tel" maxlength="30" value="{{CONTACT_PHONE}}"{{#KONTAKT_TELEFON_ERROR}} aria-invalid="true" aria-describedby="telefon-feil"{{/KONTAKT_TELEFON_ERROR}}>
        {{#KONTAKT_TELEFON_ERROR}}<p class="ds-validation-message" data-color="danger" id="telefon-feil">{{TEXT}}</p>{{/KONTAKT_TELEFON_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="felt-kontakt_epost">{{T_registry_carrier_form_contact_email}}</label>
        <input class="ds-input" id="felt-kontakt_epost" name="kontakt_epost" type="email" autocomplete="email" maxlength="254" value="{{CONTACT_EMAIL}}"{{#KONTAKT_EPOST_ERROR}} aria-invalid="true" aria-describedby="epost-feil"{{/KONTAKT_EPOST_ERROR}}>
        {{#KONTAKT_EPOST_ERROR}}<p class="ds-validation-message" data-color="danger" id="epost-feil">{{TEXT}}</p>{{/KONTAKT_EPOST_ERROR}}
      </div>
    </fieldset>
    <div class="ds-field">
      <label class="ds-label" for="felt-beskrivelse">{{T_registry_carrier_form_description}}</label>
      <textarea class="ds-input" id="felt-beskrivelse" name="beskrivelse" rows="4" maxlength="4000">{{DESCRIPTION}}</textarea>
      {{#BESKRIVELSE_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/BESKRIVELSE_ERROR}}
    </div>
    <div class="mf-actions"><button class="ds-button" data-variant="primary" type="submit">{{SUBMIT}}</button></div>
  </form>
  {{/FORM}}
</div>
