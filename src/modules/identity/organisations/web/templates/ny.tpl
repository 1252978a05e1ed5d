{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_organisations_new_title}}</h1>
    <p class="ds-paragraph">{{T_organisations_new_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_organisations_new_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#organisasjonsnummer">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
    <form class="mf-stack" method="get" action="/organisasjoner/ny" novalidate>
      <div class="ds-field">
        <label class="ds-label" for="organisasjonsnummer">{{T_organisations_new_number_label}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="organisasjonsnummer-hjelp">{{T_organisations_new_number_hint}}</p>
        <input class="ds-input" id="organisasjonsnummer" name="organisasjonsnummer" type="text" inputmode="numeric" autocomplete="off" maxlength="20" value="{{NUMBER_INPUT}}" aria-describedby="organisasjonsnummer-hjelp{{#NUMBER_ERROR}} organisasjonsnummer-feil{{/NUMBER_ERROR}}"{{#NUMBER_ERROR}} aria-invalid="true"{{/NUMBER_ERROR}}>
        {{#NUMBER_ERROR}}<p class="ds-validation-message" data-color="danger" id="organisasjonsnummer-feil">{{TEXT}}</p>{{/NUMBER_ERROR}}
      </div>
      <div><button class="ds-button" data-variant="{{LOOKUP_VARIANT}}" type="submit">{{T_organisations_new_lookup_button}}</button></div>
    </form>
  </div>

  {{#SEARCH}}<section class="mf-stack" aria-labelledby="treff-tittel">
    <h2 class="ds-heading" data-size="sm" id="treff-tittel">{{T_organisations_search_heading}}</h2>
    {{#NO_HITS}}<p class="ds-paragraph">{{T_organisations_search_none}}</p>{{/NO_HITS}}
    {{#HAS_HITS}}<ul class="mf-hit-list">
      {{#HIT}}<li class="mf-hit">
        <span class="mf-hit__text"><strong>{{NAME}}</strong> <span class="mf-hit__meta">{{NUMBER_DISPLAY}}{{#PLACE}} · {{TEXT}}{{/PLACE}}{{#DELETED}} · {{T_organisations_search_deleted}}{{/DELETED}}</span></span>
        <a class="ds-link" href="/organisasjoner/ny?organisasjonsnummer={{NUMBER}}">{{T_organisations_search_choose}}<span class="ds-sr-only"> {{NAME}}</span></a>
      </li>{{/HIT}}
    </ul>{{/HAS_HITS}}
    <p class="ds-paragraph" data-size="sm">{{T_organisations_new_source}}</p>
  </section>{{/SEARCH}}

  {{#PREVIEW}}<section class="ds-card mf-card mf-stack" data-color="neutral" aria-labelledby="bekreft-tittel">
    <h2 class="ds-heading" data-size="sm" id="bekreft-tittel">{{HEADING}}</h2>
    {{>REGISTER_FACTS}}
    {{#CANNOT_TRADE}}<div class="ds-alert" data-color="danger"><p class="ds-paragraph">{{REASON}}</p></div>{{/CANNOT_TRADE}}
    {{#EXISTS}}<p class="ds-paragraph"><a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{T_organisations_new_exists_link}}</a></p>{{/EXISTS}}
    {{#CONFIRM}}<p class="ds-paragraph">{{T_organisations_new_confirm_lead}}</p>
    <form method="post" action="/organisasjoner/ny">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="organisasjonsnummer" value="{{NUMBER}}">
      <button class="ds-button" data-variant="primary" type="submit">{{T_organisations_new_confirm_button}}</button>
    </form>{{/CONFIRM}}
    <p class="ds-paragraph" data-size="sm">{{T_organisations_new_source}}</p>
  </section>{{/PREVIEW}}
</div>
