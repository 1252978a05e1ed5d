{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_masses_listing_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/masser">{{T_masses_listing_list_title}}</a></li>
      <li><span aria-current="page">{{TITLE}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph"><span class="ds-tag" data-color="info">{{KIND}}</span> <span class="ds-tag" data-color="neutral">{{STATUS}}</span>{{#DEMO}} <span class="ds-tag" data-color="warning">{{T_masses_listing_demo}}</span>{{/DEMO}}</p>
    {{#SAVED}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{T_masses_listing_saved}}</p></div>{{/SAVED}}
    {{#DESCRIPTION}}<p class="ds-paragraph">{{TEXT}}</p>{{/DESCRIPTION}}
    <dl class="mf-facts">
      <dt>{{T_masses_listing_field_fraction}}</dt><dd>{{FRACTION}}</dd>
      <dt>{{T_masses_listing_field_quantity}}</dt><dd>{{ENTERED}} <span class="ds-paragraph" data-size="sm">({{T_masses_listing_detail_entered}})</span></dd>
      {{#ESTIMATE}}<dt>{{LABEL}}</dt><dd>{{VALUE}} <span class="ds-paragraph" data-size="sm">({{T_masses_listing_detail_estimate}})</span></dd>{{/ESTIMATE}}
      <dt>{{T_masses_listing_field_factors}}</dt><dd>{{FACTORS}}</dd>
      <dt>{{T_masses_listing_field_reserved}}</dt><dd>{{RESERVED}}</dd>
      <dt>{{T_masses_listing_field_remaining}}</dt><dd><strong>{{REMAINING}}</strong></dd>
      <dt>{{T_masses_listing_field_period}}</dt><dd>{{PERIOD}}</dd>
      <dt>{{T_masses_listing_field_price}}</dt><dd>{{PRICE}}</dd>
      <dt>{{T_masses_listing_field_transport}}</dt><dd>{{TRANSPORT}}</dd>
      <dt>{{T_masses_listing_field_owner}}</dt><dd><a class="ds-link" href="/organisasjoner/{{OWNER_NUMBER}}">{{OWNER}}</a></dd>
      <dt>{{T_masses_listing_field_place}}</dt><dd>{{PLACE}}{{#PROJECT}}<br><a class="ds-link" href="/prosjekter/{{ID}}">{{T_masses_listing_field_project}}: {{NAME}}</a>{{/PROJECT}}{{#SITE}}<br><a class="ds-link" href="/anlegg/{{ID}}">{{T_masses_listing_field_site}}: {{NAME}}</a>{{#PERMIT_STATUS}} <span class="ds-tag" data-color="{{COLOR}}">{{TEXT}}</span>{{/PERMIT_STATUS}}{{/SITE}}</dd>
      <dt>{{T_masses_listing_field_position}}</dt><dd>{{POSITION}}</dd>
    </dl>
    {{#PHASES}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="faser-tittel">
      <table class="ds-table" data-size="sm">
        <caption id="faser-tittel">{{T_masses_listing_field_phases}}</caption>
        <thead><tr><th scope="col">{{T_masses_listing_detail_phase_start}}</th><th scope="col">{{T_masses_listing_field_quantity_kg}}</th></tr></thead>
        <tbody>{{#PHASE}}<tr><td>{{START}}</td><td>{{QUANTITY}}</td></tr>{{/PHASE}}</tbody>
      </table>
    </div>{{/PHASES}}
    {{#MAY_EDIT}}<section class="mf-stack" aria-labelledby="handlinger">
      <h2 class="ds-heading" data-size="sm" id="handlinger">{{T_masses_listing_detail_actions}}</h2>
      {{#EDIT}}<p class="ds-paragraph"><a class="ds-link" href="/masser/{{ID}}/endre">{{T_masses_listing_detail_edit}}</a></p>{{/EDIT}}
      <div class="mf-actions">
      {{#STEP}}<form method="post" action="/masser/{{ID}}/status">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="handling" value="{{ACTION}}">
        <button class="ds-button" data-variant="{{VARIANT}}" type="submit">{{LABEL}}</button>
      </form>{{/STEP}}
      </div>
      {{#RESERVE}}<form class="mf-stack" method="post" action="/masser/{{ID}}/status" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="handling" value="reserver">
        <div class="ds-field">
          <label class="ds-label" for="reservert">{{T_masses_listing_detail_reserved_label}}</label>
          <input class="ds-input" id="reservert" name="reservert" type="text" inputmode="decimal" value="{{VALUE}}"{{#INVALID}} aria-invalid="true" aria-describedby="reservert-feil"{{/INVALID}}>
          {{#ERROR}}<p class="ds-validation-message" data-color="danger" id="reservert-feil">{{TEXT}}</p>{{/ERROR}}
        </div>
        <div><button class="ds-button" data-variant="secondary" type="submit">{{T_masses_listing_detail_reserve}}</button></div>
      </form>{{/RESERVE}}
    </section>{{/MAY_EDIT}}
    {{>CHANGE_HISTORY}}
  </div>
</div>
