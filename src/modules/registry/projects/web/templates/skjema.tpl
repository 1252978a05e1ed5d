{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_registry_project_form_lead}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_project_form_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
  </div>
  <form class="mf-stack mf-prose" method="post" action="{{ACTION}}" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <fieldset class="ds-fieldset mf-stack">
      <legend class="ds-heading" data-size="xs">{{T_registry_project_form_basics}}</legend>
      <div class="ds-field">
        <label class="ds-label" for="navn">{{T_registry_project_form_name_label}} {{T_registry_project_form_required}}</label>
        <input class="ds-input" id="navn" name="navn" type="text" maxlength="200" value="{{NAVN}}"{{#ERR_NAVN}} aria-invalid="true" aria-describedby="navn-feil"{{/ERR_NAVN}}>
        {{#ERR_NAVN}}<p class="ds-validation-message" data-color="danger" id="navn-feil">{{TEXT}}</p>{{/ERR_NAVN}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="beskrivelse">{{T_registry_project_form_description_label}}</label>
        <p class="ds-paragraph" data-size="sm" id="beskrivelse-hjelp">{{T_registry_project_form_description_hint}}</p>
        <textarea class="ds-input" id="beskrivelse" name="beskrivelse" rows="5" aria-describedby="beskrivelse-hjelp{{#ERR_BESKRIVELSE}} beskrivelse-feil{{/ERR_BESKRIVELSE}}"{{#ERR_BESKRIVELSE}} aria-invalid="true"{{/ERR_BESKRIVELSE}}>{{BESKRIVELSE}}</textarea>
        {{#ERR_BESKRIVELSE}}<p class="ds-validation-message" data-color="danger" id="beskrivelse-feil">{{TEXT}}</p>{{/ERR_BESKRIVELSE}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="byggherre">{{T_registry_project_form_developer_label}} {{T_registry_project_form_required}}</label>
        {{#DEVELOPER_SELECT}}<p class="ds-paragraph" data-size="sm" id="byggherre-hjelp">{{T_registry_project_form_developer_hint}}</p>
        <select class="ds-input" id="byggherre" name="byggherre" aria-describedby="byggherre-hjelp{{#ERR_BYGGHERRE}} byggherre-feil{{/ERR_BYGGHERRE}}"{{#ERR_BYGGHERRE}} aria-invalid="true"{{/ERR_BYGGHERRE}}>
          {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/OPTION}}
        </select>{{/DEVELOPER_SELECT}}
        {{#DEVELOPER_INPUT}}<p class="ds-paragraph" data-size="sm" id="byggherre-hjelp">{{T_registry_project_form_developer_number_hint}}</p>
        <input class="ds-input" id="byggherre" name="byggherre" type="text" inputmode="numeric" maxlength="20" value="{{VALUE}}" aria-describedby="byggherre-hjelp{{#ERR_BYGGHERRE}} byggherre-feil{{/ERR_BYGGHERRE}}"{{#ERR_BYGGHERRE}} aria-invalid="true"{{/ERR_BYGGHERRE}}>{{/DEVELOPER_INPUT}}
        {{#ERR_BYGGHERRE}}<p class="ds-validation-message" data-color="danger" id="byggherre-feil">{{TEXT}}</p>{{/ERR_BYGGHERRE}}
      </div>
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="offentlig" name="offentlig" value="ja"{{#OFFENTLIG}} checked{{/OFFENTLIG}}>
        <label class="ds-label" for="offentlig">{{T_registry_project_form_public_label}}</label>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="entreprenorer">{{T_registry_project_form_contractors_label}}</label>
        <p class="ds-paragraph" data-size="sm" id="entreprenorer-hjelp">{{T_registry_project_form_contractors_hint}}</p>
        <textarea class="ds-input" id="entreprenorer" name="entreprenorer" rows="3" aria-describedby="entreprenorer-hjelp{{#ERR_ENTREPRENORER}} entreprenorer-feil{{/ERR_ENTREPRENORER}}"{{#ERR_ENTREPRENORER}} aria-invalid="true"{{/ERR_ENTREPRENORER}}>{{ENTREPRENORER}}</textarea>
        {{#ERR_ENTREPRENORER}}<p class="ds-validation-message" data-color="danger" id="entreprenorer-feil">{{TEXT}}</p>{{/ERR_ENTREPRENORER}}
      </div>
    </fieldset>

    <fieldset class="ds-fieldset mf-stack">
      <legend class="ds-heading" data-size="xs">{{T_registry_project_form_plan}}</legend>
      <div class="ds-field">
        <label class="ds-label" for="fase">{{T_registry_project_form_phase_label}} {{T_registry_project_form_required}}</label>
        <select class="ds-input" id="fase" name="fase"{{#ERR_FASE}} aria-invalid="true" aria-describedby="fase-feil"{{/ERR_FASE}}>
          {{#PHASE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
          {{/PHASE}}
        </select>
        {{#ERR_FASE}}<p class="ds-validation-message" data-color="danger" id="fase-feil">{{TEXT}}</p>{{/ERR_FASE}}
      </div>
      <p class="ds-paragraph" data-size="sm" id="dato-hjelp">{{T_registry_project_form_date_hint}}</p>
      <div class="ds-field">
        <label class="ds-label" for="oppstart">{{T_registry_project_form_start_label}}</label>
        <input class="ds-input" id="oppstart" name="oppstart" type="text" maxlength="10" value="{{OPPSTART}}" aria-describedby="dato-hjelp{{#ERR_OPPSTART}} oppstart-feil{{/ERR_OPPSTART}}"{{#ERR_OPPSTART}} aria-invalid="true"{{/ERR_OPPSTART}}>
        {{#ERR_OPPSTART}}<p class="ds-validation-message" data-color="danger" id="oppstart-feil">{{TEXT}}</p>{{/ERR_OPPSTART}}
      </div>
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="oppstart_usikker" name="oppstart_usikker" value="ja"{{#OPPSTART_USIKKER}} checked{{/OPPSTART_USIKKER}}>
        <label class="ds-label" for="oppstart_usikker">{{T_registry_project_form_uncertain_label}}</label>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="slutt">{{T_registry_project_form_end_label}}</label>
        <input class="ds-input" id="slutt" name="slutt" type="text" maxlength="10" value="{{SLUTT}}" aria-describedby="dato-hjelp{{#ERR_SLUTT}} slutt-feil{{/ERR_SLUTT}}"{{#ERR_SLUTT}} aria-invalid="true"{{/ERR_SLUTT}}>
        {{#ERR_SLUTT}}<p class="ds-validation-message" data-color="danger" id="slutt-feil">{{TEXT}}</p>{{/ERR_SLUTT}}
      </div>
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="slutt_usikker" name="slutt_usikker" value="ja"{{#SLUTT_USIKKER}} checked{{/SLUTT_USIKKER}}>
        <label class="ds-label" for="slutt_usikker">{{T_registry_project_form_uncertain_label}}</label>
      </div>
    </fieldset>

    <fieldset class="ds-fieldset mf-stack" data-adressesok>
      <legend class="ds-heading" data-size="xs">{{T_registry_project_form_location}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_registry_project_form_location_hint}}</p>
      <div class="ds-field">
        <label class="ds-label" for="adresse">{{T_registry_project_form_address_label}}</label>
        <input class="ds-input" id="adresse" name="adresse" type="text" maxlength="200" autocomplete="off" value="{{ADRESSE}}"{{#ERR_ADRESSE}} aria-invalid="true" aria-describedby="adresse-feil"{{/ERR_ADRESSE}}>
        {{#ERR_ADRESSE}}<p class="ds-validation-message" data-color="danger" id="adresse-feil">{{TEXT}}</p>{{/ERR_ADRESSE}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="lat">{{T_registry_project_form_lat_label}} {{T_registry_project_form_required}}</label>
        <input class="ds-input" id="lat" name="lat" type="text" inputmode="decimal" maxlength="20" value="{{LAT}}"{{#ERR_LAT}} aria-invalid="true" aria-describedby="lat-feil"{{/ERR_LAT}}>
        {{#ERR_LAT}}<p class="ds-validation-message" data-color="danger" id="lat-feil">{{TEXT}}</p>{{/ERR_LAT}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="lon">{{T_registry_project_form_lon_label}} {{T_registry_project_form_required}}</label>
        <input class="ds-input" id="lon" name="lon" type="text" inputmode="decimal" maxlength="20" value="{{LON}}"{{#ERR_LAT}} aria-invalid="true" aria-describedby="lat-feil"{{/ERR_LAT}}>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="kommunenummer">{{T_registry_project_form_municipality_label}} {{T_registry_project_form_required}}</label>
        <input class="ds-input" id="kommunenummer" name="kommunenummer" type="text" inputmode="numeric" maxlength="4" value="{{KOMMUNENUMMER}}"{{#ERR_KOMMUNENUMMER}} aria-invalid="true" aria-describedby="kommunenummer-feil"{{/ERR_KOMMUNENUMMER}}>
        {{#ERR_KOMMUNENUMMER}}<p class="ds-validation-message" data-color="danger" id="kommunenummer-feil">{{TEXT}}</p>{{/ERR_KOMMUNENUMMER}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="omrade">{{T_registry_project_form_area_label}}</label>
        <textarea class="ds-input" id="omrade" name="omrade" rows="3"{{#ERR_OMRADE}} aria-invalid="true" aria-describedby="omrade-feil"{{/ERR_OMRADE}}>{{OMRADE}}</textarea>
        {{#ERR_OMRADE}}<p class="ds-validation-message" data-color="danger" id="omrade-feil">{{TEXT}}</p>{{/ERR_OMRADE}}
      </div>
    </fieldset>

    <fieldset class="ds-fieldset mf-stack">
      <legend class="ds-heading" data-size="xs">{{T_registry_project_form_contact}}</legend>
      <div class="ds-field">
        <label class="ds-label" for="kontakt_navn">{{T_registry_project_form_contact_name_label}}</label>
        <input class="ds-input" id="kontakt_navn" name="kontakt_navn" type="text" maxlength="200" autocomplete="off" value="{{KONTAKT_NAVN}}"{{#ERR_KONTAKT_NAVN}} aria-invalid="true" aria-describedby="kontakt_navn-feil"{{/ERR_KONTAKT_NAVN}}>
        {{#ERR_KONTAKT_NAVN}}<p class="ds-validation-message" data-color="danger" id="kontakt_navn-feil">{{TEXT}}</p>{{/ERR_KONTAKT_NAVN}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="kontakt_epost">{{T_registry_project_form_contact_email_label}}</label>
        <input class="ds-input" id="kontakt_epost" name="kontakt_epost" type="email" maxlength="200" autocomplete="off" value="{{KONTAKT_EPOST}}"{{#ERR_KONTAKT_EPOST}} aria-invalid="true" aria-describedby="kontakt_epost-feil"{{/ERR_KONTAKT_EPOST}}>
        {{#ERR_KONTAKT_EPOST}}<p class="ds-validation-message" data-color="danger" id="kontakt_epost-feil">{{TEXT}}</p>{{/ERR_KONTAKT_EPOST}}
      </div>
      <div class="ds-field">
        <label class="ds-label" for="kontakt_telefon">{{T_registry_project_form_contact_phone_label}}</label>
        <input class="ds-input" id="kontakt_telefon" name="kontakt_telefon" type="tel" maxlength="200" autocomplete="off" value="{{KONTAKT_TELEFON}}"{{#ERR_KONTAKT_TELEFON}} aria-invalid="true" aria-describedby="kontakt_telefon-feil"{{/ERR_KONTAKT_TELEFON}}>
        {{#ERR_KONTAKT_TELEFON}}<p class="ds-validation-message" data-color="danger" id="kontakt_telefon-feil">{{TEXT}}</p>{{/ERR_KONTAKT_TELEFON}}
      </div>
    </fieldset>

    <div class="ds-field">
      <label class="ds-label" for="lenker">{{T_registry_project_form_links_label}}</label>
      <p class="ds-paragraph" data-size="sm" id="lenker-hjelp">{{T_registry_project_form_links_hint}}</p>
      <textarea class="ds-input" id="lenker" name="lenker" rows="3" aria-describedby="lenker-hjelp{{#ERR_LENKER}} lenker-feil{{/ERR_LENKER}}"{{#ERR_LENKER}} aria-invalid="true"{{/ERR_LENKER}}>{{LENKER}}</textarea>
      {{#ERR_LENKER}}<p class="ds-validation-message" data-color="danger" id="lenker-feil">{{TEXT}}</p>{{/ERR_LENKER}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="kilde">{{T_registry_project_form_source_label}}</label>
      <p class="ds-paragraph" data-size="sm" id="kilde-hjelp">{{T_registry_project_form_source_hint}}</p>
      <textarea class="ds-input" id="kilde" name="kilde" rows="2" aria-describedby="kilde-hjelp{{#ERR_KILDE}} kilde-feil{{/ERR_KILDE}}"{{#ERR_KILDE}} aria-invalid="true"{{/ERR_KILDE}}>{{KILDE}}</textarea>
      {{#ERR_KILDE}}<p class="ds-validation-message" data-color="danger" id="kilde-feil">{{TEXT}}</p>{{/ERR_KILDE}}
    </div>
    <div class="mf-actions">
      <button class="ds-button" data-variant="primary" type="submit">{{T_registry_project_form_save}}</button>
      <a class="ds-link" href="{{CANCEL_HREF}}">{{T_registry_project_form_cancel}}</a>
    </div>
  </form>
</div>
