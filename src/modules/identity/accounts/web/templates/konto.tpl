{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_account_title}}</h1>
    <section aria-labelledby="om-deg">
      <h2 class="ds-heading" data-size="sm" id="om-deg">{{T_accounts_account_details_heading}}</h2>
      <dl class="mf-facts">
        <dt>{{T_accounts_account_name}}</dt><dd>{{NAME}}</dd>
        <dt>{{T_accounts_account_email}}</dt><dd>{{EMAIL}}</dd>
      </dl>
    </section>
    <section aria-labelledby="roller">
      <h2 class="ds-heading" data-size="sm" id="roller">{{T_accounts_account_roles_heading}}</h2>
      {{#PLATFORM_ROLE}}<p class="ds-paragraph">{{T_accounts_account_platform_role}}: <strong>{{NAME}}</strong></p>{{/PLATFORM_ROLE}}
      {{#MEMBERSHIPS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="roller">
        <table class="ds-table" data-size="sm">
          <thead><tr><th scope="col">{{T_accounts_account_membership_org}}</th><th scope="col">{{T_accounts_account_membership_orgnr}}</th><th scope="col">{{T_accounts_account_membership_role}}</th><th scope="col">{{T_accounts_account_membership_status}}</th></tr></thead>
          <tbody>{{#MEMBERSHIP}}<tr><td>{{ORG}}</td><td>{{ORGNR}}</td><td>{{ROLE}}</td><td>{{STATUS}}</td></tr>{{/MEMBERSHIP}}</tbody>
        </table>
      </div>{{/MEMBERSHIPS}}
      {{#NO_ROLES}}<p class="ds-paragraph">{{T_accounts_account_no_roles}}</p>{{/NO_ROLES}}
    </section>
    <section aria-labelledby="sikkerhet">
      <h2 class="ds-heading" data-size="sm" id="sikkerhet">{{T_accounts_account_security_heading}}</h2>
      <p class="ds-paragraph">{{TOTP_STATUS}}</p>
      <p class="ds-paragraph"><a class="ds-link" href="/konto/totp">{{T_accounts_account_change_totp}}</a></p>
    </section>
    <section aria-labelledby="innlogginger">
      <h2 class="ds-heading" data-size="sm" id="innlogginger">{{T_accounts_account_sessions_heading}}</h2>
      <p class="ds-paragraph">{{T_accounts_account_sessions_text}}</p>
      <form method="post" action="/konto/logg-ut-overalt">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button class="ds-button" data-variant="secondary" type="submit">{{T_accounts_account_logout_everywhere}}</button>
      </form>
    </section>
    <section aria-labelledby="mine-data">
      <h2 class="ds-heading" data-size="sm" id="mine-data">{{T_accounts_mydata_title}}</h2>
      <p class="ds-paragraph"><a class="ds-link" href="/konto/mine-data">{{T_accounts_mydata_link}}</a></p>
    </section>
  </div>
</div>
