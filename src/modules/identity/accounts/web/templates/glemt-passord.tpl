{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_reset_title}}</h1>
    {{#MAIL_DISABLED}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_accounts_reset_mail_disabled}}</p></div>{{/MAIL_DISABLED}}
    {{#SENT}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{T_accounts_reset_sent}}</p></div>
    <p class="ds-paragraph">{{T_accounts_reset_sent_hint}}</p>{{/SENT}}
    {{#FORM}}<p class="ds-paragraph">{{T_accounts_reset_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_accounts_form_error_heading}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <form class="mf-stack" method="post" action="/glemt-passord" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="epost">{{T_accounts_login_email}}</label>
        <input class="ds-input" id="epost" name="epost" type="email" autocomplete="username" spellcheck="false" value="{{EMAIL}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="epost-feil"{{/EMAIL_ERROR}}>
        {{#EMAIL_ERROR}}<p class="ds-validation-message" data-color="danger" id="epost-feil">{{TEXT}}</p>{{/EMAIL_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_accounts_reset_submit}}</button></div>
    </form>{{/FORM}}
    <p class="ds-paragraph"><a class="ds-link" href="/logg-inn">{{T_accounts_reset_back_to_login}}</a></p>
  </div>
</div>
