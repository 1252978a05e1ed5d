{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_project_detail_breadcrumb}}"><a class="ds-link" href="/prosjekter">{{T_registry_project_detail_back}}</a></nav>
  {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{NAME}}</h1>
    <p class="ds-paragraph"><span class="ds-tag" data-color="info">{{PHASE}}</span>{{#DEMO}} <span class="ds-tag" data-color="neutral">{{T_registry_project_detail_demo}}</span>{{/DEMO}}</p>
    {{#DEMO}}<p class="ds-paragraph" data-size="sm">{{T_registry_project_detail_demo_note}}</p>{{/DEMO}}
    {{#DESCRIPTION}}<p class="ds-paragraph">{{TEXT}}</p>{{/DESCRIPTION}}
    {{#EDIT}}<p class="ds-paragraph"><a class="ds-link" href="/prosjekter/{{ID}}/endre">{{T_registry_project_detail_edit}}</a></p>{{/EDIT}}
  </div>
  <section class="mf-stack" aria-labelledby="fakta">
    <h2 class="ds-heading" data-size="sm" id="fakta">{{T_registry_project_detail_facts}}</h2>
    <dl class="mf-facts">
      <dt>{{T_registry_project_field_developer}}</dt>
      <dd><a class="ds-link" href="/organisasjoner/{{DEVELOPER_NUMBER}}">{{DEVELOPER}}</a> ({{DEVELOPER_KIND}})</dd>
      <dt>{{T_registry_project_field_contractors}}</dt>
      <dd>{{#CONTRACTOR}}<a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{NAME}}</a>{{#CONTRACTOR_separator}}, {{/CONTRACTOR_separator}}{{/CONTRACTOR}}{{#NO_CONTRACTORS}}{{T_registry_project_detail_not_set}}{{/NO_CONTRACTORS}}</dd>
      <dt>{{T_registry_project_field_start}}</dt>
      <dd>{{START}}</dd>
      <dt>{{T_registry_project_field_end}}</dt>
      <dd>{{END}}</dd>
      <dt>{{T_registry_project_field_municipality}}</dt>
      <dd>{{MUNICIPALITY}}</dd>
      <dt>{{T_registry_project_field_address}}</dt>
      <dd>{{ADDRESS}}</dd>
      <dt>{{T_registry_project_detail_coordinates}}</dt>
      <dd>{{LATLON}}<br>{{T_registry_project_detail_utm}}: {{UTM}}</dd>
      {{#AREA}}<dt>{{T_registry_project_field_area}}</dt><dd>{{T_registry_project_detail_has_area}}</dd>{{/AREA}}
      <dt>{{T_registry_project_field_contact}}</dt>
      <dd>{{#CONTACT}}{{NAME}}{{#EMAIL}} · <a class="ds-link" href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/EMAIL}}{{#PHONE}} · {{PHONE}}{{/PHONE}}{{/CONTACT}}{{#CONTACT_NONE}}{{T_registry_project_detail_not_set}}{{/CONTACT_NONE}}{{#CONTACT_LOGIN}}<a class="ds-link" href="/logg-inn">{{T_registry_project_detail_contact_login}}</a>{{/CONTACT_LOGIN}}</dd>
    </dl>
  </section>
  <section class="mf-stack" aria-labelledby="godkjenninger">
    <h2 class="ds-heading" data-size="sm" id="godkjenninger">{{T_registry_project_approval_heading}}</h2>
    {{#NO_APPROVALS}}<p class="ds-paragraph">{{T_registry_project_approval_none}}</p>{{/NO_APPROVALS}}
    {{#HAS_APPROVALS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="godkjenninger-tabell">
      <table class="ds-table mf-table-stack" data-size="sm">
        <caption id="godkjenninger-tabell">{{T_registry_project_approval_caption}}</caption>
        <thead><tr>
          <th scope="col">{{T_registry_project_approval_col_type}}</th>
          <th scope="col">{{T_registry_project_approval_col_authority}}</th>
          <th scope="col">{{T_registry_project_approval_col_period}}</th>
          <th scope="col">{{T_registry_project_approval_col_status}}</th>
        </tr></thead>
        <tbody>
          {{#APPROVAL}}<tr>
            <td>{{TYPE}}{{#REFERENCE}}<br><span data-size="sm">{{TEXT}}</span>{{/REFERENCE}}{{#DOCUMENT}}<br><a class="ds-link" href="{{URL}}" rel="noopener noreferrer">{{T_registry_project_approval_document}}<span class="ds-sr-only">: {{TYPE}}</span></a>{{/DOCUMENT}}{{#APPROVAL_EDIT}}<br><a class="ds-link" href="/prosjekter/{{PROJECT_ID}}/godkjenninger/{{ID}}/endre">{{T_registry_project_approval_edit}}<span class="ds-sr-only">: {{TYPE}}</span></a>{{/APPROVAL_EDIT}}</td>
            <td data-label="{{T_registry_project_approval_col_authority}}">{{AUTHORITY}}</td>
            <td data-label="{{T_registry_project_approval_col_period}}">{{PERIOD}}</td>
            <td data-label="{{T_registry_project_approval_col_status}}"><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span></td>
          </tr>
          {{/APPROVAL}}
        </tbody>
      </table>
    </div>{{/HAS_APPROVALS}}
    {{#EDIT}}<p class="ds-paragraph"><a class="ds-link" href="/prosjekter/{{ID}}/godkjenninger/ny">{{T_registry_project_approval_add}}</a></p>{{/EDIT}}
  </section>
  <section class="mf-stack" aria-labelledby="masser">
    <h2 class="ds-heading" data-size="sm" id="masser">{{T_registry_project_detail_masses}}</h2>
    <ul class="ds-list">
      <li><a class="ds-link" href="/masser?prosjekt={{ID}}">{{T_registry_project_detail_listings}}</a></li>
      <li><a class="ds-link" href="/prosjekter/{{ID}}/massehandteringsplan">{{T_registry_project_detail_plan}}</a></li>
    </ul>
  </section>
  {{#LINKS}}<section class="mf-stack" aria-labelledby="planer">
    <h2 class="ds-heading" data-size="sm" id="planer">{{T_registry_project_detail_links}}</h2>
    <ul class="ds-list">{{#LINK}}<li><a class="ds-link" href="{{URL}}" rel="noopener">{{TITLE}}</a></li>{{/LINK}}</ul>
  </section>{{/LINKS}}
  {{#SOURCE}}<section class="mf-stack" aria-labelledby="kilde">
    <h2 class="ds-heading" data-size="sm" id="kilde">{{T_registry_project_detail_source}}</h2>
    <p class="ds-paragraph">{{TEXT}}</p>
  </section>{{/SOURCE}}
  {{>CHANGE_HISTORY}}
</div>
