{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_site_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/anlegg">{{T_registry_site_list_title}}</a></li>
      {{#PARENT}}<li><a class="ds-link" href="{{HREF}}">{{NAME}}</a></li>{{/PARENT}}
      <li><span aria-current="page">{{TITLE}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    {{#LEAD}}<p class="ds-paragraph">{{TEXT}}</p>{{/LEAD}}
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_site_form_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{ID}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <form class="mf-stack" method="post" action="{{ACTION}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      {{>TOP_FIELD}}
      {{#ADDRESS_GROUP}}<fieldset class="ds-fieldset mf-stack" data-adressesok>
        <legend class="ds-label">{{T_registry_site_form_location}}</legend>
        <p class="ds-paragraph" data-size="sm">{{T_registry_site_form_location_hint}}</p>
        {{>ADDRESS_FIELD}}
      </fieldset>{{/ADDRESS_GROUP}}
      {{>BOTTOM_FIELD}}
      {{#NOTE}}<p class="ds-paragraph" data-size="sm">{{TEXT}}</p>{{/NOTE}}
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{SUBMIT}}</button>
        <a class="ds-link" href="{{CANCEL_HREF}}">{{T_registry_site_form_cancel}}</a>
      </div>
    </form>
  </div>
</div>
