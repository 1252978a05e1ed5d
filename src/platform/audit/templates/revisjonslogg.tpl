{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <h1 class="ds-heading" data-size="lg">{{T_audit_page_title}}</h1>
  <p class="ds-paragraph mf-lead">{{T_audit_page_lead}}</p>

  {{#ERRORS}}
  <div class="ds-error-summary" tabindex="-1" aria-labelledby="filterfeil-tittel">
    <h2 id="filterfeil-tittel" class="ds-heading" data-size="xs">{{T_audit_page_error_summary}}</h2>
    <ul class="ds-list">
      {{#ERROR}}<li><a class="ds-link" href="#filter-{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}
    </ul>
  </div>
  {{/ERRORS}}

  <section class="mf-section mf-stack" aria-labelledby="kjede-tittel">
    <h2 id="kjede-tittel" class="ds-heading" data-size="sm">{{T_audit_page_chain_heading}}</h2>
    {{#CHAIN_OK}}<div class="ds-alert" data-color="success" id="kjedestatus"><p class="ds-paragraph">{{TEXT}}</p></div>{{/CHAIN_OK}}
    {{#CHAIN_BROKEN}}<div class="ds-alert" data-color="danger" id="kjedestatus"><p class="ds-paragraph">{{TEXT}}</p></div>{{/CHAIN_BROKEN}}
    {{#CHAIN_UNCHECKED}}
    <p class="ds-paragraph" id="kjedestatus">{{T_audit_page_chain_unchecked}}</p>
    <form method="get" action="{{PAGE_PATH}}">
      {{#CHECK_HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/CHECK_HIDDEN}}
      <input type="hidden" name="kontroller" value="1">
      <button class="ds-button" data-variant="secondary" type="submit">{{T_audit_page_chain_check}}</button>
    </form>
    {{/CHAIN_UNCHECKED}}
  </section>

  <section class="mf-section mf-stack" aria-labelledby="filter-tittel">
    <h2 id="filter-tittel" class="ds-heading" data-size="sm">{{T_audit_page_filter_heading}}</h2>
    <form method="get" action="{{PAGE_PATH}}" class="mf-stack">
      <div class="mf-grid">
        <div class="ds-field">
          <label class="ds-label" for="filter-handling">{{T_audit_page_filter_action}}</label>
          <select class="ds-input" id="filter-handling" name="handling">
            <option value="">{{T_audit_group_all}}</option>
            <optgroup label="{{T_audit_group_label}}">
              {{#GROUP_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GROUP_OPTION}}
            </optgroup>
            <optgroup label="{{T_audit_group_actions}}">
              {{#ACTION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACTION_OPTION}}
            </optgroup>
          </select>
        </div>
        <div class="ds-field">
          <label class="ds-label" for="filter-organisasjon">{{T_audit_page_filter_organisation}}</label>
          {{#ORGANISASJON_ERROR_MESSAGE}}<div class="ds-validation-message" data-color="danger" id="filter-organisasjon-feil">{{ORGANISASJON_ERROR_TEXT}}</div>{{/ORGANISASJON_ERROR_MESSAGE}}
          <input class="ds-input" type="text" id="filter-organisasjon" name="organisasjon" value="{{F_ORGANISASJON}}" autocomplete="off"{{#ORGANISASJON_ERROR}} aria-invalid="true" aria-describedby="filter-organisasjon-feil"{{/ORGANISASJON_ERROR}}>
        </div>
        <div class="ds-field">
          <label class="ds-label" for="filter-aktor">{{T_audit_page_filter_actor}}</label>
          {{#AKTOR_ERROR_MESSAGE}}<div class="ds-validation-message" data-color="danger" id="filter-aktor-feil">{{AKTOR_ERROR_TEXT}}</div>{{/AKTOR_ERROR_MESSAGE}}
          <input class="ds-input" type="text" id="filter-aktor" name="aktor" value="{{F_AKTOR}}" autocomplete="off"{{#AKTOR_ERROR}} aria-invalid="true" aria-describedby="filter-aktor-feil"{{/AKTOR_ERROR}}>
        </div>
        <div class="ds-field">
          <label class="ds-label" for="filter-fra">{{T_audit_page_filter_from}}</label>
          {{#FRA_ERROR_MESSAGE}}<div class="ds-validation-message" data-color="danger" id="filter-fra-feil">{{FRA_ERROR_TEXT}}</div>{{/FRA_ERROR_MESSAGE}}
          <input class="ds-input" type="date" id="filter-fra" name="fra" value="{{F_FRA}}"{{#FRA_ERROR}} aria-invalid="true" aria-describedby="filter-fra-feil"{{/FRA_ERROR}}>
        </div>
        <div class="ds-field">
          <label class="ds-label" for="filter-til">{{T_audit_page_filter_to}}</label>
          {{#TIL_ERROR_MESSAGE}}<div class="ds-validation-message" data-color="danger" id="filter-til-feil">{{TIL_ERROR_TEXT}}</div>{{/TIL_ERROR_MESSAGE}}
          <input class="ds-input" type="date" id="filter-til" name="til" value="{{F_TIL}}"{{#TIL_ERROR}} aria-invalid="true" aria-describedby="filter-til-feil"{{/TIL_ERROR}}>
        </div>
      </div>
      {{#HAS_OBJEKT}}<input type="hidden" name="objekt" value="{{F_OBJEKT}}">{{/HAS_OBJEKT}}
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{T_audit_page_filter_submit}}</button>
        <a class="ds-button" data-variant="tertiary" href="{{PAGE_PATH}}">{{T_audit_page_filter_reset}}</a>
      </div>
    </form>
  </section>

  <section class="mf-section mf-stack" aria-labelledby="oppforinger-tittel">
    <h2 id="oppforinger-tittel" class="ds-heading" data-size="sm">{{T_audit_page_table_caption}}</h2>
    {{#EMPTY}}<p class="ds-paragraph">{{T_audit_page_empty}}</p>{{/EMPTY}}
    {{#TABLE}}
    <div class="mf-table-wrap" role="region" aria-labelledby="oppforinger-tittel" tabindex="0">
      <table class="ds-table" data-border>
        <thead>
          <tr>
            <th scope="col">{{T_audit_page_col_sequence}}</th>
            <th scope="col">{{T_audit_page_col_time}}</th>
            <th scope="col">{{T_audit_page_col_action}}</th>
            <th scope="col">{{T_audit_page_col_actor}}</th>
            <th scope="col">{{T_audit_page_col_subject}}</th>
            <th scope="col">{{T_audit_page_col_organisation}}</th>
          </tr>
        </thead>
        <tbody>
          {{#ENTRY}}
          <tr>
            <td>{{SEQUENCE}}</td>
            <td><time datetime="{{TIME_ISO}}">{{TIME}}</time></td>
            <td data-action="{{ACTION_KEY}}">{{ACTION}}</td>
            <td>{{#ACTOR}}<a class="ds-link" href="{{HREF}}" title="{{LABEL}}">{{#NAMED}}{{NAME}}{{/NAMED}}{{#UNNAMED}}<code>{{ID}}</code>{{/UNNAMED}}</a>{{/ACTOR}}{{#NO_ACTOR}}{{TEXT}}{{/NO_ACTOR}}</td>
            <td>{{#SUBJECT}}{{TYPE}} <code>{{ID}}</code>{{/SUBJECT}}{{#NO_SUBJECT}}{{TEXT}}{{/NO_SUBJECT}}</td>
            <td>{{#ORGANISATION}}<a class="ds-link" href="{{HREF}}" title="{{LABEL}}">{{#NAMED}}{{NAME}}{{/NAMED}}{{#UNNAMED}}<code>{{ID}}</code>{{/UNNAMED}}</a>{{/ORGANISATION}}{{#NO_ORGANISATION}}{{TEXT}}{{/NO_ORGANISATION}}</td>
          </tr>
          {{/ENTRY}}
        </tbody>
      </table>
    </div>
    {{/TABLE}}
    <div class="mf-actions">
      {{#NEWEST}}<a class="ds-link" href="{{HREF}}">{{T_audit_page_newest}}</a>{{/NEWEST}}
      {{#OLDER}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_audit_page_older}}</a>{{/OLDER}}
    </div>
  </section>
</div>
