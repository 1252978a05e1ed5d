{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_masses_plans_page_breadcrumb}}"><a class="ds-link" href="{{BASE}}">{{T_masses_plans_page_back}}: {{PROJECT_NAME}}</a></nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_masses_plans_lines_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{TITLE}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{ANCHOR}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
  </div>
  <form class="mf-stack" method="post" action="{{BASE}}/linjer" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="antall" value="{{COUNT}}">
    {{#ROW}}<fieldset class="ds-fieldset mf-stack mf-prose">
      <legend class="ds-heading" data-size="xs">{{LEGEND}}</legend>
      <input type="hidden" name="{{P}}id" value="{{ID}}">
      <div class="ds-field">
        <label class="ds-label" for="{{P}}type">{{T_masses_plans_column_type}}</label>
        <select class="ds-input" id="{{P}}type" name="{{P}}type">{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}fraksjon">{{T_masses_plans_column_fraksjon}}</label>
        <select class="ds-input" id="{{P}}fraksjon" name="{{P}}fraksjon"{{#ERR_FRAKSJON}} aria-invalid="true" aria-describedby="{{P}}fraksjon-feil"{{/ERR_FRAKSJON}}>{{#FRACTION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FRACTION_OPTION}}</select>
        {{#ERR_FRAKSJON}}<p class="ds-validation-message" data-color="danger" id="{{P}}fraksjon-feil">{{TEXT}}</p>{{/ERR_FRAKSJON}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}fase">{{T_masses_plans_column_fase}}</label>
        <input class="ds-input" id="{{P}}fase" name="{{P}}fase" type="text" maxlength="100" value="{{FASE}}"{{#ERR_FASE}} aria-invalid="true" aria-describedby="{{P}}fase-feil"{{/ERR_FASE}}>
        {{#ERR_FASE}}<p class="ds-validation-message" data-color="danger" id="{{P}}fase-feil">{{TEXT}}</p>{{/ERR_FASE}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}fra">{{T_masses_plans_column_fra}} ({{T_masses_plans_lines_date_hint}})</label>
        <input class="ds-input" id="{{P}}fra" name="{{P}}fra" type="text" inputmode="numeric" maxlength="10" value="{{FRA}}"{{#ERR_FRA}} aria-invalid="true" aria-describedby="{{P}}fra-feil"{{/ERR_FRA}}>
        {{#ERR_FRA}}<p class="ds-validation-message" data-color="danger" id="{{P}}fra-feil">{{TEXT}}</p>{{/ERR_FRA}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}til">{{T_masses_plans_column_til}} ({{T_masses_plans_lines_date_hint}})</label>
        <input class="ds-input" id="{{P}}til" name="{{P}}til" type="text" inputmode="numeric" maxlength="10" value="{{TIL}}"{{#ERR_TIL}} aria-invalid="true" aria-describedby="{{P}}til-feil"{{/ERR_TIL}}>
        {{#ERR_TIL}}<p class="ds-validation-message" data-color="danger" id="{{P}}til-feil">{{TEXT}}</p>{{/ERR_TIL}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}mengde">{{T_masses_plans_column_mengde}}</label>
        <input class="ds-input" id="{{P}}mengde" name="{{P}}mengde" type="text" inputmode="decimal" maxlength="20" value="{{MENGDE}}"{{#ERR_MENGDE}} aria-invalid="true" aria-describedby="{{P}}mengde-feil"{{/ERR_MENGDE}}>
        {{#ERR_MENGDE}}<p class="ds-validation-message" data-color="danger" id="{{P}}mengde-feil">{{TEXT}}</p>{{/ERR_MENGDE}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}enhet">{{T_masses_plans_column_enhet}}</label>
        <select class="ds-input" id="{{P}}enhet" name="{{P}}enhet">{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPTION}}</select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}volumtilstand">{{T_masses_plans_column_volumtilstand}}</label>
        <select class="ds-input" id="{{P}}volumtilstand" name="{{P}}volumtilstand"{{#ERR_VOLUMTILSTAND}} aria-invalid="true" aria-describedby="{{P}}volumtilstand-feil"{{/ERR_VOLUMTILSTAND}}>{{#STATE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATE_OPTION}}</select>
        {{#ERR_VOLUMTILSTAND}}<p class="ds-validation-message" data-color="danger" id="{{P}}volumtilstand-feil">{{TEXT}}</p>{{/ERR_VOLUMTILSTAND}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}disponering">{{T_masses_plans_column_disponering}}</label>
        <select class="ds-input" id="{{P}}disponering" name="{{P}}disponering">{{#DESTINATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DESTINATION_OPTION}}</select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}mottaker">{{T_masses_plans_column_mottaker}}</label>
        <input class="ds-input" id="{{P}}mottaker" name="{{P}}mottaker" type="text" maxlength="200" value="{{MOTTAKER}}"{{#ERR_MOTTAKER}} aria-invalid="true" aria-describedby="{{P}}mottaker-feil"{{/ERR_MOTTAKER}}>
        {{#ERR_MOTTAKER}}<p class="ds-validation-message" data-color="danger" id="{{P}}mottaker-feil">{{TEXT}}</p>{{/ERR_MOTTAKER}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="{{P}}merknad">{{T_masses_plans_column_merknad}}</label>
        <input class="ds-input" id="{{P}}merknad" name="{{P}}merknad" type="text" maxlength="1000" value="{{MERKNAD}}"{{#ERR_MERKNAD}} aria-invalid="true" aria-describedby="{{P}}merknad-feil"{{/ERR_MERKNAD}}>
        {{#ERR_MERKNAD}}<p class="ds-validation-message" data-color="danger" id="{{P}}merknad-feil">{{TEXT}}</p>{{/ERR_MERKNAD}}
      </div>
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="{{P}}slett" name="{{P}}slett" value="ja">
        <label class="ds-label" for="{{P}}slett">{{T_masses_plans_lines_delete}}</label>
      </div>
    </fieldset>{{/ROW}}
    <div class="mf-actions">
      <button class="ds-button" data-variant="primary" type="submit">{{T_masses_plans_lines_save}}</button>
      <a class="ds-button" data-variant="tertiary" href="{{BASE}}">{{T_masses_plans_lines_cancel}}</a>
    </div>
  </form>
</div>
