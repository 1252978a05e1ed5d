{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_project_detail_breadcrumb}}"><a class="ds-link" href="/prosjekter/{{PROJECT_ID}}">{{PROJECT_NAME}}</a></nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{LEAD}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_project_approval_form_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <form class="mf-stack" method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="type">{{T_registry_project_approval_field_type}}</label>
        <select class="ds-input" id="type" name="type"{{#TYPE_ERROR}} aria-invalid="true" aria-describedby="type-feil"{{/TYPE_ERROR}}>
          <option value="">{{T_registry_project_approval_form_choose_type}}</option>
          {{#TYPE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/TYPE_OPTION}}
        </select>
        {{#TYPE_ERROR}}<p class="ds-validation-message" data-color="danger" id="type-feil">{{TEXT}}</p>{{/TYPE_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="myndighet">{{T_registry_project_approval_field_authority}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="myndighet-hjelp">{{T_registry_project_approval_form_authority_hint}}</p>
        <input class="ds-input" id="myndighet" name="myndighet" type="text" maxlength="200" value="{{MYNDIGHET}}" aria-describedby="myndighet-hjelp{{#MYNDIGHET_ERROR}} myndighet-feil{{/MYNDIGHET_ERROR}}"{{#MYNDIGHET_ERROR}} aria-invalid="true"{{/MYNDIGHET_ERROR}}>
        {{#MYNDIGHET_ERROR}}<p class="ds-validation-message" data-color="danger" id="myndighet-feil">{{TEXT}}</p>{{/MYNDIGHET_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="referanse">{{T_registry_project_approval_field_reference}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="referanse-hjelp">{{T_registry_project_approval_form_reference_hint}}</p>
        <input class="ds-input" id="referanse" name="referanse" type="text" maxlength="100" value="{{REFERANSE}}" aria-describedby="referanse-hjelp{{#REFERANSE_ERROR}} referanse-feil{{/REFERANSE_ERROR}}"{{#REFERANSE_ERROR}} aria-invalid="true"{{/REFERANSE_ERROR}}>
        {{#REFERANSE_ERROR}}<p class="ds-validation-message" data-color="danger" id="referanse-feil">{{TEXT}}</p>{{/REFERANSE_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="gyldig_fra">{{T_registry_project_approval_field_valid_from}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="gyldig_fra-hjelp">{{T_registry_project_approval_form_date_hint}}</p>
        <input class="ds-input" id="gyldig_fra" name="gyldig_fra" type="date" value="{{GYLDIG_FRA}}" aria-describedby="gyldig_fra-hjelp{{#GYLDIG_FRA_ERROR}} gyldig_fra-feil{{/GYLDIG_FRA_ERROR}}"{{#GYLDIG_FRA_ERROR}} aria-invalid="true"{{/GYLDIG_FRA_ERROR}}>
        {{#GYLDIG_FRA_ERROR}}<p class="ds-validation-message" data-color="danger" id="gyldig_fra-feil">{{TEXT}}</p>{{/GYLDIG_FRA_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="gyldig_til">{{T_registry_project_approval_field_valid_to}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="gyldig_til-hjelp">{{T_registry_project_approval_form_valid_to_hint}}</p>
        <input class="ds-input" id="gyldig_til" name="gyldig_til" type="date" value="{{GYLDIG_TIL}}" aria-describedby="gyldig_til-hjelp{{#GYLDIG_TIL_ERROR}} gyldig_til-feil{{/GYLDIG_TIL_ERROR}}"{{#GYLDIG_TIL_ERROR}} aria-invalid="true"{{/GYLDIG_TIL_ERROR}}>
        {{#GYLDIG_TIL_ERROR}}<p class="ds-validation-message" data-color="danger" id="gyldig_til-feil">{{TEXT}}</p>{{/GYLDIG_TIL_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="dokument_url">{{T_registry_project_approval_field_document_url}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="dokument_url-hjelp">{{T_registry_project_approval_form_url_hint}}</p>
        <input class="ds-input" id="dokument_url" name="dokument_url" type="url" inputmode="url" value="{{DOKUMENT_URL}}" aria-describedby="dokument_url-hjelp{{#DOKUMENT_URL_ERROR}} dokument_url-feil{{/DOKUMENT_URL_ERROR}}"{{#DOKUMENT_URL_ERROR}} aria-invalid="true"{{/DOKUMENT_URL_ERROR}}>
        {{#DOKUMENT_URL_ERROR}}<p class="ds-validation-message" data-color="danger" id="dokument_url-feil">{{TEXT}}</p>{{/DOKUMENT_URL_ERROR}}
      </div>
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{T_registry_project_approval_form_save}}</button>
        <a class="ds-link" href="/prosjekter/{{PROJECT_ID}}#godkjenninger">{{T_registry_project_approval_form_cancel}}</a>
      </div>
    </form>
  </div>
</div>
