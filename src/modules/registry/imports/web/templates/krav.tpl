{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_import_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/anlegg">{{T_registry_site_list_title}}</a></li>
      <li><a class="ds-link" href="/anlegg/{{ID}}">{{NAME}}</a></li>
      <li><span aria-current="page">{{T_registry_import_claim_title}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_registry_import_claim_title}}: {{NAME}}</h1>
    <p class="ds-paragraph">{{SOURCE}}</p>
    <p class="ds-paragraph">{{T_registry_import_claim_lead}}</p>
    {{#NOT_CLAIMABLE}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{TEXT}}</p></div>{{/NOT_CLAIMABLE}}
    {{#NAMED_OPERATOR}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{TEXT}}</p></div>{{/NAMED_OPERATOR}}
    {{#NO_CHOICES}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_registry_import_claim_no_choices}}</p></div>{{/NO_CHOICES}}
    {{#FORM}}<form class="mf-stack" method="post" action="/anlegg/{{ID}}/krav" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="organisasjonsnummer">{{T_registry_import_claim_organisation}}</label>
        {{#ERROR}}<p class="ds-validation-message" id="organisasjonsnummer-feil" data-color="danger">{{TEXT}}</p>{{/ERROR}}
        <select class="ds-input" id="organisasjonsnummer" name="organisasjonsnummer"{{#ERROR}} aria-invalid="true" aria-describedby="organisasjonsnummer-feil"{{/ERROR}}>
          {{#CHOICE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHOICE}}
        </select>
      </div>
      <p class="ds-paragraph">{{T_registry_import_claim_confirm_text}}</p>
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{T_registry_import_claim_button}}</button>
        <a class="ds-link" href="/anlegg/{{ID}}">{{T_registry_import_claim_cancel}}</a>
      </div>
    </form>{{/FORM}}
  </div>
</div>
