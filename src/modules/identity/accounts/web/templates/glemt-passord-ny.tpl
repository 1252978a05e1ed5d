{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    {{#INVALID}}<h1 class="ds-heading" data-size="lg">{{T_accounts_reset_invalid_title}}</h1>
    <p class="ds-paragraph">{{T_accounts_reset_invalid_text}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/glemt-passord">{{T_accounts_reset_request_new}}</a></p>{{/INVALID}}
    {{#FORM}}<h1 class="ds-heading" data-size="lg">{{T_accounts_reset_new_title}}</h1>
    <p class="ds-paragraph">{{T_accounts_reset_new_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_accounts_form_error_heading}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <form class="mf-stack" method="post" action="/glemt-passord/ny" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="nokkel" value="{{TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="passord">{{T_accounts_reset_new_password}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="passord-hjelp">{{T_accounts_reset_new_password_help}}</p>
        <input class="ds-input" id="passord" name="passord" type="password" autocomplete="new-password" minlength="{{MIN}}" maxlength="1024" aria-describedby="passord-hjelp{{#PASSWORD_ERROR}} passord-feil{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
        {{#PASSWORD_ERROR}}<p class="ds-validation-message" data-color="danger" id="passord-feil">{{TEXT}}</p>{{/PASSWORD_ERROR}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="passord-gjenta">{{T_accounts_reset_repeat_password}}</label>
        <input class="ds-input" id="passord-gjenta" name="passord-gjenta" type="password" autocomplete="new-password" maxlength="1024"{{#REPEAT_ERROR}} aria-invalid="true" aria-describedby="passord-gjenta-feil"{{/REPEAT_ERROR}}>
        {{#REPEAT_ERROR}}<p class="ds-validation-message" data-color="danger" id="passord-gjenta-feil">{{TEXT}}</p>{{/REPEAT_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_accounts_reset_save}}</button></div>
    </form>{{/FORM}}
  </div>
</div>
