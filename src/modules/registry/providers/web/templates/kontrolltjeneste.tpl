{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_provider_breadcrumbs}}"><p class="ds-paragraph" data-size="sm"><a class="ds-link" href="/kontrolltjenester">{{T_registry_provider_list_title}}</a> / {{NAME}}</p></nav>
  {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{NAME}}</h1>
    {{#DEMO}}<p class="ds-paragraph"><span class="ds-tag" data-color="warning">{{T_registry_provider_detail_demo}}</span></p>{{/DEMO}}
    {{#ACCREDITED}}<div class="ds-alert" data-color="success" id="akkreditering"><p class="ds-paragraph"><strong>{{T_registry_provider_detail_accredited}}</strong> {{SCHEME}} <strong>{{NUMBER}}</strong></p></div>{{/ACCREDITED}}
    {{#NOT_ACCREDITED}}<p class="ds-paragraph" id="akkreditering">{{T_registry_provider_detail_not_accredited}}</p>{{/NOT_ACCREDITED}}
    {{#DESCRIPTION}}<p class="ds-paragraph">{{TEXT}}</p>{{/DESCRIPTION}}
    {{#EDIT_LINK}}<p class="ds-paragraph"><a class="ds-link" href="/kontrolltjenester/{{NUMBER}}/endre">{{T_registry_provider_detail_edit}}</a></p>{{/EDIT_LINK}}
  </div>

  <section class="mf-stack" aria-labelledby="tjenester">
    <h2 class="ds-heading" data-size="sm" id="tjenester">{{T_registry_provider_detail_services}}</h2>
    <ul class="ds-list">{{#SERVICE}}<li>{{TEXT}}</li>{{/SERVICE}}</ul>
    <h2 class="ds-heading" data-size="sm" id="omrade">{{T_registry_provider_detail_area}}</h2>
    <ul class="ds-list mf-inline-list">{{#AREA}}<li>{{TEXT}}</li>{{/AREA}}</ul>
    {{#NO_AREA}}<p class="ds-paragraph">{{T_registry_provider_detail_none}}</p>{{/NO_AREA}}
    <h2 class="ds-heading" data-size="sm" id="kontakt">{{T_registry_provider_detail_contact}}</h2>
    {{#CONTACT_LOGIN}}<p class="ds-paragraph">{{T_registry_provider_detail_contact_login}} <a class="ds-link" href="/logg-inn">{{T_registry_provider_detail_login}}</a></p>{{/CONTACT_LOGIN}}
    {{#CONTACT}}<dl class="mf-facts">
      {{#CONTACT_NAME}}<dt>{{T_registry_provider_form_contact_name}}</dt><dd>{{TEXT}}</dd>{{/CONTACT_NAME}}
      {{#CONTACT_PHONE}}<dt>{{T_registry_provider_form_contact_phone}}</dt><dd>{{TEXT}}</dd>{{/CONTACT_PHONE}}
      {{#CONTACT_EMAIL}}<dt>{{T_registry_provider_form_contact_email}}</dt><dd>{{TEXT}}</dd>{{/CONTACT_EMAIL}}
    </dl>{{#CONTACT_NONE}}<p class="ds-paragraph">{{T_registry_provider_detail_none}}</p>{{/CONTACT_NONE}}{{/CONTACT}}
  </section>

  <section class="ds-card mf-card mf-stack" data-color="neutral" aria-labelledby="registerdata">
    <h2 class="ds-heading" data-size="sm" id="registerdata">{{T_registry_provider_detail_register}}</h2>
    <dl class="mf-facts">
      <dt>{{T_registry_provider_detail_number}}</dt><dd><a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{NUMBER_FORMATTED}}</a></dd>
      {{#ADDRESS}}<dt>{{T_registry_provider_detail_address}}</dt><dd>{{TEXT}}</dd>{{/ADDRESS}}
      {{#NACE_LIST}}<dt>{{T_registry_provider_detail_nace}}</dt><dd><ul class="ds-list">{{#NACE}}<li>{{CODE}} {{DESCRIPTION}}{{#FITS}} <span class="ds-tag" data-color="success">{{T_registry_provider_detail_nace_fits}}</span>{{/FITS}}</li>{{/NACE}}</ul></dd>{{/NACE_LIST}}
    </dl>
    <p class="ds-paragraph" data-size="sm">{{T_registry_provider_detail_register_source}}{{#FETCHED}} {{T_registry_provider_detail_fetched}} {{TEXT}}.{{/FETCHED}}</p>
  </section>

  {{>CHANGE_HISTORY}}
</div>
