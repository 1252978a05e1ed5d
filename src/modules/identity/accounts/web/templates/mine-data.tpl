{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_mydata_title}}</h1>
    <p class="ds-paragraph">{{T_accounts_mydata_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_accounts_form_error_heading}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <section aria-labelledby="lagret">
      <h2 class="ds-heading" data-size="sm" id="lagret">{{T_accounts_mydata_stored_heading}}</h2>
      <ul class="ds-list">
        <li>{{T_accounts_mydata_stored_name}}</li>
        <li>{{T_accounts_mydata_stored_email}}</li>
        <li>{{T_accounts_mydata_stored_phone}}</li>
        <li>{{T_accounts_mydata_stored_oidc}}</li>
        <li>{{T_accounts_mydata_stored_secrets}}</li>
        <li>{{T_accounts_mydata_stored_roles}}</li>
        <li>{{T_accounts_mydata_stored_sessions}}</li>
        <li>{{T_accounts_mydata_stored_audit}}</li>
        {{#OTHER_PART}}<li>{{TEXT}}</li>{{/OTHER_PART}}
      </ul>
      <p class="ds-paragraph"><strong>{{T_accounts_mydata_no_national_id}}</strong></p>
      <dl class="mf-facts">
        <dt>{{T_accounts_account_name}}</dt><dd>{{NAME}}</dd>
        <dt>{{T_accounts_account_email}}</dt><dd>{{EMAIL}}</dd>
      </dl>
    </section>
    <section aria-labelledby="last-ned">
      <h2 class="ds-heading" data-size="sm" id="last-ned">{{T_accounts_mydata_download_heading}}</h2>
      <p class="ds-paragraph">{{T_accounts_mydata_download_text}}</p>
      <p class="ds-paragraph"><a class="ds-button" data-variant="secondary" href="/konto/mine-data.json" download>{{T_accounts_mydata_download}}</a></p>
    </section>
    <section aria-labelledby="slett">
      <h2 class="ds-heading" data-size="sm" id="slett">{{T_accounts_mydata_delete_heading}}</h2>
      <p class="ds-paragraph">{{T_accounts_mydata_delete_text}}</p>
      <p class="ds-paragraph">{{T_accounts_mydata_delete_kept}}</p>
      <p class="ds-paragraph">{{T_accounts_mydata_delete_stepup}}</p>
      <form class="mf-stack" method="post" action="/konto/mine-data/slett" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="ds-field">
          <input class="ds-input" type="checkbox" id="bekreft-sletting" name="bekreft" value="ja"{{#CONFIRM_ERROR}} aria-invalid="true" aria-describedby="bekreft-sletting-feil"{{/CONFIRM_ERROR}}>
          <label class="ds-label" for="bekreft-sletting">{{T_accounts_mydata_delete_confirm}}</label>
          {{#CONFIRM_ERROR}}<p class="ds-validation-message" data-color="danger" id="bekreft-sletting-feil">{{TEXT}}</p>{{/CONFIRM_ERROR}}
        </div>
        <div><button class="ds-button" data-variant="primary" data-color="danger" type="submit">{{T_accounts_mydata_delete_submit}}</button></div>
      </form>
    </section>
  </div>
</div>
