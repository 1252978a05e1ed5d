{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_login_title}}</h1>
    <p class="ds-paragraph">{{T_accounts_login_lead}}</p>
    {{#PASSWORD_CHANGED}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{T_accounts_reset_done}}</p></div>{{/PASSWORD_CHANGED}}
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_accounts_form_error_heading}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    {{#OIDC}}<p class="ds-paragraph"><a class="ds-button" data-variant="primary" href="{{HREF}}">{{LABEL}}</a></p>
    <h2 class="ds-heading" data-size="xs">{{T_accounts_oidc_or}}</h2>{{/OIDC}}
    <form class="mf-stack" method="post" action="/logg-inn" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="neste" value="{{NESTE}}">
      <div class="ds-field">
        <label class="ds-label" for="epost">{{T_accounts_login_email}}</label>
        <input class="ds-input" id="epost" name="epost" type="email" autocomplete="username" spellcheck="false" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="epost-feil"{{/EMAIL_ERROR}}>
        {{#EMAIL_ERROR}}<p class="ds-validation-message" data-color="danger" id="epost-feil">{{TEXT}}</p>{{/EMAIL_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="passord">{{T_accounts_login_password}}</label>
        <input class="ds-input" id="passord" name="passord" type="password" autocomplete="current-password"{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="passord-feil"{{/PASSWORD_ERROR}}>
        {{#PASSWORD_ERROR}}<p class="ds-validation-message" data-color="danger" id="passord-feil">{{TEXT}}</p>{{/PASSWORD_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_accounts_login_submit}}</button></div>
    </form>
    <p class="ds-paragraph"><a class="ds-link" href="/glemt-passord">{{T_accounts_reset_forgot_link}}</a></p>
    <p class="ds-paragraph" data-size="sm">{{T_accounts_login_demo_hint}}</p>
  </div>
</div>
