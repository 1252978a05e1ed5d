{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_masses_listing_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/masser">{{T_masses_listing_list_title}}</a></li>
      {{#PARENT}}<li><a class="ds-link" href="{{HREF}}">{{NAME}}</a></li>{{/PARENT}}
      <li><span aria-current="page">{{TITLE}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_masses_listing_form_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_masses_listing_form_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{ID}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    {{#ALERT}}<div class="ds-alert" data-color="danger"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
    <form class="mf-stack" method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      {{>TOP_FIELD}}
      <fieldset class="ds-fieldset mf-stack">
        <legend class="ds-label">{{T_masses_listing_form_place}}</legend>
        <p class="ds-paragraph" data-size="sm">{{T_masses_listing_form_place_hint}}</p>
        {{>PLACE_FIELD}}
        <fieldset class="ds-fieldset mf-stack" data-adressesok>
          <legend class="ds-label">{{T_masses_listing_form_point}}</legend>
          {{>ADDRESS_FIELD}}
        </fieldset>
      </fieldset>
      {{>QUANTITY_FIELD}}
      <fieldset class="ds-fieldset mf-stack">
        <legend class="ds-label">{{T_masses_listing_form_factors}}</legend>
        <p class="ds-paragraph" data-size="sm">{{T_masses_listing_form_factors_hint}}</p>
        {{>FACTOR_FIELD}}
      </fieldset>
      {{>BOTTOM_FIELD}}
      <fieldset class="ds-fieldset mf-stack" id="faser">
        <legend class="ds-label">{{T_masses_listing_field_phases}}</legend>
        <p class="ds-paragraph" data-size="sm">{{T_masses_listing_form_phases_hint}}</p>
        {{#PHASE_ERROR}}<p class="ds-validation-message" data-color="danger" id="faser-feil">{{TEXT}}</p>{{/PHASE_ERROR}}
        {{>PHASE_FIELD}}
      </fieldset>
      <div class="mf-actions">
        {{#DRAFT_BUTTON}}<button class="ds-button" data-variant="secondary" type="submit" name="lagre" value="utkast">{{T_masses_listing_form_save_draft}}</button>{{/DRAFT_BUTTON}}
        <button class="ds-button" data-variant="primary" type="submit" name="lagre" value="{{SUBMIT_VALUE}}">{{SUBMIT}}</button>
        <a class="ds-link" href="{{CANCEL_HREF}}">{{T_masses_listing_form_cancel}}</a>
      </div>
    </form>
  </div>
</div>
