{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{NAME}}</h1>
    {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
    {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
    {{#DEMO}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{T_organisations_detail_demo_notice}}</p></div>{{/DEMO}}
    <section class="mf-stack" aria-labelledby="register-tittel">
      <h2 class="ds-heading" data-size="sm" id="register-tittel">{{T_organisations_detail_register_heading}}</h2>
      {{>REGISTER_FACTS}}
      <p class="ds-paragraph" data-size="sm">{{T_organisations_new_source}}</p>
      {{#REFRESH}}<form class="mf-stack" method="post" action="/organisasjoner/{{NUMBER}}/oppdater">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <p class="ds-paragraph" data-size="sm" id="oppdater-hjelp">{{T_organisations_refresh_lead}}</p>
        <div><button class="ds-button" data-variant="secondary" type="submit" aria-describedby="oppdater-hjelp">{{T_organisations_refresh_button}}</button></div>
      </form>{{/REFRESH}}
    </section>
    {{#MEMBERS_LINK}}<p class="ds-paragraph"><a class="ds-link" href="/organisasjoner/{{NUMBER}}/medlemmer">{{T_organisations_detail_members_link}}</a></p>{{/MEMBERS_LINK}}
    {{#API_CLIENTS_LINK}}<p class="ds-paragraph"><a class="ds-link" href="/organisasjoner/{{NUMBER}}/api-klienter">{{T_clients_page_org_link}}</a></p>{{/API_CLIENTS_LINK}}
    {{#MY_ROLES}}<section class="mf-stack" aria-labelledby="mine-roller">
      <h2 class="ds-heading" data-size="sm" id="mine-roller">{{T_organisations_detail_your_roles}}</h2>
      <ul class="ds-list">{{#ROLE}}<li>{{NAME}}: {{STATUS}}</li>{{/ROLE}}</ul>
    </section>{{/MY_ROLES}}
    {{#REQUEST}}<section class="mf-stack" aria-labelledby="be-om-tittel">
      <h2 class="ds-heading" data-size="sm" id="be-om-tittel">{{T_organisations_detail_request_heading}}</h2>
      <p class="ds-paragraph">{{T_organisations_detail_request_lead}}</p>
      <form class="mf-stack" method="post" action="/organisasjoner/{{NUMBER}}/medlemskap" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="ds-field">
          <label class="ds-label" for="rolle">{{T_organisations_detail_role_label}}</label>
          <select class="ds-input" id="rolle" name="rolle"{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="rolle-feil"{{/ROLE_ERROR}}>
            {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
            {{/OPTION}}
          </select>
          {{#ROLE_ERROR}}<p class="ds-validation-message" data-color="danger" id="rolle-feil">{{TEXT}}</p>{{/ROLE_ERROR}}
        </div>
        <div><button class="ds-button" data-variant="primary" type="submit">{{T_organisations_detail_request_button}}</button></div>
      </form>
    </section>{{/REQUEST}}
    {{#LOGIN}}<p class="ds-paragraph">{{T_organisations_detail_login_to_request}} <a class="ds-link" href="/logg-inn?neste=/organisasjoner/{{NUMBER}}">{{T_organisations_detail_login_link}}</a></p>{{/LOGIN}}
  </div>
</div>
