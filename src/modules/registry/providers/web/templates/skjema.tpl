{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  {{#BACK}}<nav aria-label="{{T_registry_provider_breadcrumbs}}"><p class="ds-paragraph" data-size="sm"><a class="ds-link" href="/kontrolltjenester">{{T_registry_provider_list_title}}</a> / <a class="ds-link" href="{{HREF}}">{{NAME}}</a></p></nav>{{/BACK}}
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    {{#NEW_LEAD}}<p class="ds-paragraph">{{T_registry_provider_new_lead}}</p>{{/NEW_LEAD}}
    {{#NO_ORGANISATION}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{T_registry_provider_new_no_organisation}} <a class="ds-link" href="/organisasjoner/ny">{{T_registry_provider_new_register_organisation}}</a></p></div>{{/NO_ORGANISATION}}
  </div>
  {{#FORM}}
  {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
    <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_provider_form_error_summary}}</h2>
    <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#felt-{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
  </div>{{/ERRORS}}
  {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
  <form class="mf-stack mf-prose" method="post" action="{{ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    {{#CHOOSE_ORGANISATION}}<div class="ds-field">
      <label class="ds-label" for="felt-organisasjonsnummer">{{T_registry_provider_form_organisation}}</label>
      <select class="ds-input" id="felt-organisasjonsnummer" name="organisasjonsnummer">
        {{#ORGANISATION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/ORGANISATION}}
      </select>
      {{#ORGANISASJONSNUMMER_ERROR}}<p class="ds-validation-message" data-color="danger">{{TEXT}}</p>{{/ORGANISASJONSNUMMER_ERROR}}
    </div>{{/CHOOSE_ORGANISATION}}
    <fieldset class="ds-fieldset" id="felt-tjenester"{{#TJENESTER_ERROR}} aria-describedby="tjenester-feil"{{/TJENESTER_ERROR}}>
      <legend class="ds-label">{{T_registry_provider_form_services}}</legend>
      {{#SERVICE}}<div class="ds-field"><input class="ds-input" type="checkbox" id="tjeneste-{{VALUE}}" name="tjenester" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="ds-label" for="tjeneste-{{VALUE}}">{{LABEL}}</label></div>
      {{/SERVICE}}
      {{#TJENESTER_ERROR}}<p class="ds-validation-message" data-color="danger" id="tjenester-feil">{{TEXT}}</p>{{/TJENESTER_ERROR}}
    </fieldset>
    <fieldset class="ds-fieldset">
      <legend class="ds-label">{{T_registry_provider_form_accreditation}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_registry_provider_form_accreditation_hint}}</p>
      <div class="ds-field">
        <label class="ds-label" for="felt-akkreditering_ordning">{{T_registry_provider_form_accreditation_scheme}}</label>
        <input class="ds-input" id="felt-akkreditering_ordning" name="akkreditering_ordning" type="text" maxlength="100" value="{{ACCREDITATION_SCHEME}}"{{#AKKREDITERING_ORDNING_ERROR}} aria-invalid="true" aria-describedby="ordning-feil"{{/AKKREDITERING_ORDNING_ERROR}}>
        {{#AKKREDITERING_ORDNING_ERROR}}<p class="ds-validation-message" data-color="danger" id="ordning-feil">{{TEXT}}</p>{{/AKKREDITERING_ORDNING_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="felt-akkreditering_nummer">{{T_registry_provider_form_accreditation_number}}</label>
        <input class="ds-input" id="felt-akkreditering_nummer" name="akkreditering_nummer" type="text" maxlength="40" value="{{ACCREDITATION_NUMBER}}"{{#AKKREDITERING_NUMMER_ERROR}} aria-invalid="true" aria-describedby="nummer-feil"{{/AKKREDITERING_NUMMER_ERROR}}>
        {{#AKKREDITERING_NUMMER_ERROR}}<p class="ds-validation-message" data-color="danger" id="nummer-feil">{{TEXT}}</p>{{/AKKREDITERING_NUMMER_ERROR}}
      </div>
    </fieldset>
    <fieldset class="ds-fieldset" id="felt-kommuner"{{#KOMMUNER_ERROR}} aria-describedby="kommuner-feil"{{/KOMMUNER_ERROR}}>
      <legend class="ds-label">{{T_registry_provider_form_area}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_registry_provider_form_area_hint}}</p>
      <div class="mf-checkbox-grid">
      {{#MUNICIPALITY}}<div class="ds-field"><input class="ds-input" type="checkbox" id="kommune-{{VALUE}}" name="kommuner" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="ds-label" for="kommune-{{VALUE}}">{{LABEL}}</label></div>
      {{/MUNICIPALITY}}
      </div>
      {{#KOMMUNER_ERROR}}<p class="ds-validation-message" data-color="danger" id="kommuner-feil">{{TEXT}}</p>{{/KOMMUNER_ERROR}}
    </fieldset>
    <fieldset class="ds-fieldset">
      <legend class="ds-label">{{T_registry_provider_form_contact}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_registry_provider_form_contact_hint}}</p>
      <div class="ds-field">
        <label class="ds-label" for="felt-kontakt_navn">{{T_registry_provider_form_contact_name}}</label>
        <input class="ds-input" id="felt-kontakt_navn" name="kontakt_navn" type="text" autocomplete="name" maxlength="200" value="{{CONTACT_NAME}}"{{#KONTAKT_NAVN_ERROR}} aria-invalid="true" aria-describedby="navn-feil"{{/KONTAKT_NAVN_ERROR}}>
        {{#KONTAKT_NAVN_ERROR}}<p class="ds-validation-message" data-color="danger" id="navn-feil">{{TEXT}}</p>{{/KONTAKT_NAVN_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="felt-kontakt_telefon">{{T_registry_provider_form_contact_phone}}</label>
        <input class="ds-input" id="felt-kontakt_telefon" name="kontakt_telefon" type="tel" autocomplete="tel" maxlength="30" value="{{CONTACT_PHONE}}"{{#KONTAKT_TELEFON_ERROR}} aria-invalid="true" aria-describedby="telefon-feil"{{/KONTAKT_TELEFON_ERROR}}>
        {{#KONTAKT_TELEFON_ERROR}}<p class="ds-validation-message" data-color="danger" id="telefon-feil">{{TEXT}}</p>{{/KONTAKT_TELEFON_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="felt-kontakt_epost">{{T_registry_provider_form_contact_email}}</label>
        <input class="ds-input" id="felt-kontakt_epost" name="kontakt_epost" type="email" autocomplete="email" maxlength="254" value="{{CONTACT_EMAIL}}"{{#KONTAKT_EPOST_ERROR}} aria-invalid="true" aria-describedby="epost-feil"{{/KONTAKT_EPOST_ERROR}}>
        {{#KONTAKT_EPOST_ERROR}}<p class="ds-validation-message" data-color="danger" id="epost-feil">{{TEXT}}</p>{{/KONTAKT_EPOST_ERROR}}
      </div>
    </fieldset>
    <div class="ds-field">
      <label class="ds-label" for="felt-beskrivelse">{{T_registry_provider_form_description}}</label>
      <textarea class="ds-input" id="felt-beskrivelse" name="beskrivelse" rows="4" maxlength="4000"{{#BESKRIVELSE_ERROR}} aria-invalid="true" aria-describedby="beskrivelse-feil"{{/BESKRIVELSE_ERROR}}>{{DESCRIPTION}}</textarea>
      {{#BESKRIVELSE_ERROR}}<p class="ds-validation-message" data-color="danger" id="beskrivelse-feil">{{TEXT}}</p>{{/BESKRIVELSE_ERROR}}
    </div>
    <div class="mf-actions"><button class="ds-button" data-variant="primary" type="submit">{{SUBMIT}}</button></div>
  </form>
  {{/FORM}}
</div>
