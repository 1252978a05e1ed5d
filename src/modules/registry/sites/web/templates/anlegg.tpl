{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_site_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/anlegg">{{T_registry_site_list_title}}</a></li>
      <li><span aria-current="page">{{NAME}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{NAME}}</h1>
    <p class="ds-paragraph"><span class="ds-tag" data-color="neutral">{{KIND}}</span>{{#DEMO}} <span class="ds-tag" data-color="info">{{T_registry_site_demo}}</span>{{/DEMO}} <span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span>{{#STATUS_REASON}} {{TEXT}}{{/STATUS_REASON}}</p>
    {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
    {{#NO_VALID_PERMIT}}<div class="ds-alert" data-color="danger"><h2 class="ds-heading" data-size="xs">{{T_registry_site_status_mangler}}</h2><p class="ds-paragraph">{{TEXT}}</p></div>{{/NO_VALID_PERMIT}}
    {{#EXPIRING}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{TEXT}}</p></div>{{/EXPIRING}}
    {{#IMPORTED}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{TEXT}}{{#FACT_SHEET}} <a class="ds-link" href="{{URL}}" rel="noopener noreferrer">{{T_registry_site_import_fact_sheet}}</a>{{/FACT_SHEET}}</p></div>{{/IMPORTED}}
    {{#VANISHED}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{TEXT}}</p></div>{{/VANISHED}}
    {{#CLAIM}}<p class="ds-paragraph"><a class="ds-link" href="/anlegg/{{ID}}/krav">{{T_registry_site_claim_link}}</a></p>{{/CLAIM}}
    {{#UNDO_CLAIM}}<form method="post" action="/anlegg/{{ID}}/krav/angre">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <p class="ds-paragraph" data-size="sm">{{T_registry_site_claim_undo_hint}}</p>
      <button class="ds-button" data-variant="secondary" type="submit">{{T_registry_site_claim_undo}}</button>
    </form>{{/UNDO_CLAIM}}
    {{#DESCRIPTION}}<p class="ds-paragraph">{{TEXT}}</p>{{/DESCRIPTION}}
    {{#EDIT}}<p class="ds-paragraph"><a class="ds-link" href="/anlegg/{{ID}}/endre">{{T_registry_site_detail_edit}}</a> · <a class="ds-link" href="/anlegg/{{ID}}/tillatelser/ny">{{T_registry_permit_new_link}}</a></p>{{/EDIT}}
  </div>

  <section class="mf-stack" aria-labelledby="fakta">
    <h2 class="ds-heading" data-size="sm" id="fakta">{{T_registry_site_detail_facts}}</h2>
    <dl class="mf-facts ds-paragraph">
      {{#OWNER_ROW}}<dt>{{T_registry_site_field_owner}}</dt><dd><a class="ds-link" href="/organisasjoner/{{OWNER_NUMBER}}">{{OWNER}}</a></dd>{{/OWNER_ROW}}
      {{#UNCLAIMED_OWNER}}<dt>{{T_registry_site_field_owner}}</dt><dd>{{T_registry_site_claim_unclaimed}}</dd>{{/UNCLAIMED_OWNER}}
      {{#ADDRESS}}<dt>{{T_registry_site_field_address}}</dt><dd>{{TEXT}}</dd>{{/ADDRESS}}
      <dt>{{T_registry_site_field_municipality}}</dt><dd>{{MUNICIPALITY}}</dd>
      <dt>{{T_registry_site_field_position}}</dt><dd>{{LATLON}}</dd>
      <dt>{{T_registry_site_field_utm33}}</dt><dd>{{UTM33}}</dd>
      {{#AREA}}<dt>{{T_registry_site_field_area}}</dt><dd>{{T_registry_site_area_present}}</dd>{{/AREA}}
      {{#OPENING}}<dt>{{T_registry_site_field_opening_hours}}</dt><dd>{{TEXT}}</dd>{{/OPENING}}
      <dt>{{T_registry_site_field_fractions}}</dt><dd>{{#NO_FRACTIONS}}{{T_registry_site_none}}{{/NO_FRACTIONS}}{{#FRACTIONS}}<ul class="ds-list">{{#FRACTION}}<li>{{LABEL}}{{#EAL}} (EAL {{CODE}}){{/EAL}}</li>{{/FRACTION}}</ul>{{/FRACTIONS}}</dd>
      <dt>{{T_registry_site_field_capacity}}</dt><dd>{{CAPACITY}}</dd>
      <dt>{{T_registry_site_field_remaining}}</dt><dd>{{REMAINING}}</dd>
      {{#FEE}}<dt>{{T_registry_site_field_fee}}</dt><dd>{{TEXT}}{{#UNPUBLISHED}} ({{T_registry_site_fee_unpublished}}){{/UNPUBLISHED}}</dd>{{/FEE}}
      {{#CONTACT}}<dt>{{T_registry_site_field_contact}}</dt><dd>{{NAME}}{{#PHONE}}<br>{{TEXT}}{{/PHONE}}{{#EMAIL}}<br><a class="ds-link" href="mailto:{{TEXT}}">{{TEXT}}</a>{{/EMAIL}}</dd>{{/CONTACT}}
      {{#CONTACT_LOGIN}}<dt>{{T_registry_site_field_contact}}</dt><dd><a class="ds-link" href="/logg-inn">{{T_registry_site_contact_login}}</a></dd>{{/CONTACT_LOGIN}}
      <dt>{{T_registry_site_field_source}}</dt><dd>{{SOURCE}}</dd>
    </dl>
  </section>

  <section class="mf-stack" aria-labelledby="tillatelser">
    <h2 class="ds-heading" data-size="sm" id="tillatelser">{{T_registry_permit_heading}}</h2>
    {{#NO_PERMITS}}<p class="ds-paragraph">{{T_registry_permit_none}}</p>{{/NO_PERMITS}}
    {{#HAS_PERMITS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="tillatelser-tabell">
      <table class="ds-table mf-table-stack" data-size="sm">
        <caption id="tillatelser-tabell">{{T_registry_permit_caption}}</caption>
        <thead><tr>
          <th scope="col">{{T_registry_permit_field_type}}</th>
          <th scope="col">{{T_registry_permit_field_authority}}</th>
          <th scope="col">{{T_registry_permit_col_period}}</th>
          <th scope="col">{{T_registry_permit_field_fractions}}</th>
          <th scope="col">{{T_registry_permit_col_limits}}</th>
          <th scope="col">{{T_registry_permit_col_status}}</th>
        </tr></thead>
        <tbody>
          {{#PERMIT}}<tr>
            <td>{{TYPE}}{{#REFERENCE}}<br><span data-size="sm">{{TEXT}}</span>{{/REFERENCE}}{{#PDF}}<br><a class="ds-link" href="{{HREF}}">{{TEXT}}<span class="ds-sr-only">: {{TYPE}}</span></a>{{/PDF}}{{#PDF_LOGIN}}<br><a class="ds-link" href="{{HREF}}">{{T_registry_permit_document_login}}</a>{{/PDF_LOGIN}}{{#DOCUMENT}}<br><a class="ds-link" href="{{URL}}" rel="noopener noreferrer">{{T_registry_permit_document_link}}</a>{{/DOCUMENT}}{{#EDIT}}<br><a class="ds-link" href="/anlegg/{{SITE_ID}}/tillatelser/{{ID}}/endre">{{T_registry_permit_edit_link}}<span class="ds-sr-only">: {{TYPE}}</span></a><br><a class="ds-link" href="/anlegg/{{SITE_ID}}/tillatelser/{{ID}}/dokument/endre">{{UPLOAD_TEXT}}<span class="ds-sr-only">: {{TYPE}}</span></a>{{/EDIT}}</td>
            <td data-label="{{T_registry_permit_field_authority}}">{{AUTHORITY}}</td>
            <td data-label="{{T_registry_permit_col_period}}">{{PERIOD}}</td>
            <td data-label="{{T_registry_permit_field_fractions}}">{{FRACTIONS}}</td>
            <td data-label="{{T_registry_permit_col_limits}}">{{LIMITS}}</td>
            <td data-label="{{T_registry_permit_col_status}}"><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span></td>
          </tr>
          {{/PERMIT}}
        </tbody>
      </table>
    </div>{{/HAS_PERMITS}}
  </section>

  <section class="mf-stack" aria-labelledby="i-naerheten">
    <h2 class="ds-heading" data-size="sm" id="i-naerheten">{{T_registry_site_nearby_heading}}</h2>
    {{#NO_NEARBY}}<p class="ds-paragraph">{{T_registry_site_nearby_none}}</p>{{/NO_NEARBY}}
    {{#HAS_NEARBY}}<ul class="ds-list">{{#NEARBY}}<li><a class="ds-link" href="/anlegg/{{ID}}">{{NAME}}</a> – {{KIND}}, {{DISTANCE}} <span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span>{{#STATUS_REASON}} ({{TEXT}}){{/STATUS_REASON}}</li>{{/NEARBY}}</ul>{{/HAS_NEARBY}}
  </section>

  {{>CHANGE_HISTORY}}
</div>
