{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_enrol_title}}</h1>
    <p class="ds-paragraph">{{T_accounts_enrol_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_accounts_form_error_heading}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#kode">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <ol class="ds-list">
      <li>{{T_accounts_enrol_step1}}</li>
      <li>{{T_accounts_enrol_step2}}</li>
      <li>{{T_accounts_enrol_step3}}</li>
    </ol>
    <div class="mf-qr">{{QR_SVG:none}}</div>
    <p class="ds-paragraph"><span id="hemmelighet-tittel">{{T_accounts_enrol_secret_label}}:</span>
      <code class="mf-secret" id="hemmelighet" aria-labelledby="hemmelighet-tittel">{{SECRET_GROUPED}}</code></p>
    <p class="ds-paragraph" data-size="sm">{{T_accounts_enrol_secret_help}}</p>
    <form class="mf-stack" method="post" action="/konto/totp" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="neste" value="{{NESTE}}">
      <div class="ds-field">
        <label class="ds-label" for="kode">{{T_accounts_form_code_label}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="kode-hjelp">{{T_accounts_form_code_help}}</p>
        <input class="ds-input" id="kode" name="kode" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" spellcheck="false" aria-describedby="kode-hjelp{{#CODE_ERROR}} kode-feil{{/CODE_ERROR}}"{{#CODE_ERROR}} aria-invalid="true"{{/CODE_ERROR}}>
        {{#CODE_ERROR}}<p class="ds-validation-message" data-color="danger" id="kode-feil">{{TEXT}}</p>{{/CODE_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_accounts_enrol_submit}}</button></div>
    </form>
  </div>
</div>
