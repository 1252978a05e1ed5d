{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_oidc_error_title}}</h1>
    <div class="ds-alert" data-color="danger" role="alert">
      <p class="ds-paragraph" id="oidc-feilmelding">{{MESSAGE}}</p>
    </div>
    <p class="ds-paragraph"><a class="ds-link" href="/logg-inn">{{T_accounts_oidc_error_back}}</a></p>
  </div>
</div>
