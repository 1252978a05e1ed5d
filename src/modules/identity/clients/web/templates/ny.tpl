{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_clients_new_title}}</h1>
    <p class="ds-paragraph">{{ORGANISATION}}</p>
    <p class="ds-paragraph">{{T_clients_new_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_clients_form_error_heading}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{TARGET}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    {{#NO_SCOPES}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_clients_new_no_scopes}}</p></div>{{/NO_SCOPES}}
    <form class="mf-stack" method="post" action="/organisasjoner/{{NUMBER}}/api-klienter/ny" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="navn">{{T_clients_new_name_label}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="navn-hjelp">{{T_clients_new_name_hint}}</p>
        <input class="ds-input" id="navn" name="navn" type="text" maxlength="200" autocomplete="off" value="{{NAME}}" aria-describedby="navn-hjelp{{#NAME_ERROR}} navn-feil{{/NAME_ERROR}}"{{#NAME_ERROR}} aria-invalid="true"{{/NAME_ERROR}}>
        {{#NAME_ERROR}}<p class="ds-validation-message" data-color="danger" id="navn-feil">{{TEXT}}</p>{{/NAME_ERROR}}
      </div>
      <fieldset class="ds-fieldset mf-stack" aria-describedby="scopes-hjelp{{#SCOPES_ERROR}} scopes-feil{{/SCOPES_ERROR}}">
        <legend class="ds-label">{{T_clients_new_scopes_legend}}</legend>
        <p class="ds-paragraph" data-size="sm" id="scopes-hjelp">{{T_clients_new_scopes_hint}}</p>
        {{#SCOPE}}<div class="ds-field">
          <input class="ds-input" type="checkbox" id="scope-{{INDEX}}" name="scope" value="{{KEY}}"{{#CHECKED}} checked{{/CHECKED}}{{#SCOPES_INVALID}} aria-invalid="true"{{/SCOPES_INVALID}}>
          <label class="ds-label" for="scope-{{INDEX}}">{{DESCRIPTION}} (<code>{{KEY}}</code>)</label>
        </div>
        {{/SCOPE}}
        {{#SCOPES_ERROR}}<p class="ds-validation-message" data-color="danger" id="scopes-feil">{{TEXT}}</p>{{/SCOPES_ERROR}}
      </fieldset>
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{T_clients_new_submit}}</button>
        <a class="ds-link" href="/organisasjoner/{{NUMBER}}/api-klienter">{{T_clients_new_cancel}}</a>
      </div>
    </form>
  </div>
</div>
