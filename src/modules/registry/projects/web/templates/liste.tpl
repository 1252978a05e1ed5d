{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_registry_project_list_title}}</h1>
    <p class="ds-paragraph">{{T_registry_project_list_lead}}</p>
    {{#CAN_CREATE}}<p class="ds-paragraph"><a class="ds-link" href="/prosjekter/ny">{{T_registry_project_list_new_link}}</a></p>{{/CAN_CREATE}}
  </div>
  <p class="ds-paragraph mf-narrow-only"><a class="ds-link" href="#antall-prosjekter">{{T_web_list_skip_to_results}}</a></p>
  <form class="mf-stack mf-filters" method="get" action="/prosjekter" role="search" aria-label="{{T_registry_project_list_filters}}">
    {{#FILTER_ERRORS}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_registry_project_list_filter_errors}}</p></div>{{/FILTER_ERRORS}}
    <input type="hidden" name="visning" value="{{VIEW}}">
    <div class="ds-field">
      <label class="ds-label" for="q">{{T_registry_project_list_search_label}}</label>
      <input class="ds-input" id="q" name="q" type="search" value="{{SEARCH}}" maxlength="100">
    </div>
    <div class="ds-field">
      <label class="ds-label" for="fase">{{T_registry_project_list_phase_label}}</label>
      <select class="ds-input" id="fase" name="fase"{{#ERR_FASE}} aria-invalid="true" aria-describedby="fase-feil"{{/ERR_FASE}}>
        <option value="">{{T_registry_project_list_any_phase}}</option>
        {{#PHASE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/PHASE}}
      </select>
      {{#ERR_FASE}}<p class="ds-validation-message" data-color="danger" id="fase-feil">{{TEXT}}</p>{{/ERR_FASE}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="kommunenummer">{{T_registry_project_list_municipality_label}}</label>
      <select class="ds-input" id="kommunenummer" name="kommunenummer"{{#ERR_KOMMUNENUMMER}} aria-invalid="true" aria-describedby="kommunenummer-feil"{{/ERR_KOMMUNENUMMER}}>
        <option value="">{{T_registry_project_list_any_municipality}}</option>
        {{#MUNICIPALITY}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/MUNICIPALITY}}
      </select>
      {{#ERR_KOMMUNENUMMER}}<p class="ds-validation-message" data-color="danger" id="kommunenummer-feil">{{TEXT}}</p>{{/ERR_KOMMUNENUMMER}}
    </div>
    <p class="ds-paragraph" data-size="sm" id="periode-hjelp">{{T_registry_project_list_period_hint}}</p>
    <div class="ds-field">
      <label class="ds-label" for="start_fra">{{T_registry_project_list_start_from_label}}</label>
      <input class="ds-input" id="start_fra" name="start_fra" type="text" maxlength="10" value="{{START_FROM}}" aria-describedby="periode-hjelp{{#ERR_START_FRA}} start_fra-feil{{/ERR_START_FRA}}"{{#ERR_START_FRA}} aria-invalid="true"{{/ERR_START_FRA}}>
      {{#ERR_START_FRA}}<p class="ds-validation-message" data-color="danger" id="start_fra-feil">{{TEXT}}</p>{{/ERR_START_FRA}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="start_til">{{T_registry_project_list_start_to_label}}</label>
      <input class="ds-input" id="start_til" name="start_til" type="text" maxlength="10" value="{{START_TO}}" aria-describedby="periode-hjelp{{#ERR_START_TIL}} start_til-feil{{/ERR_START_TIL}}"{{#ERR_START_TIL}} aria-invalid="true"{{/ERR_START_TIL}}>
      {{#ERR_START_TIL}}<p class="ds-validation-message" data-color="danger" id="start_til-feil">{{TEXT}}</p>{{/ERR_START_TIL}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="utbygger">{{T_registry_project_list_developer_label}}</label>
      <select class="ds-input" id="utbygger" name="utbygger">
        <option value="">{{T_registry_project_list_any_developer}}</option>
        <option value="offentlig"{{#PUBLIC_SELECTED}} selected{{/PUBLIC_SELECTED}}>{{T_registry_project_public}}</option>
        <option value="privat"{{#PRIVATE_SELECTED}} selected{{/PRIVATE_SELECTED}}>{{T_registry_project_private}}</option>
      </select>
    </div>
    <div class="ds-field">
      <label class="ds-label" for="sorter">{{T_registry_project_list_sort_label}}</label>
      <select class="ds-input" id="sorter" name="sorter">
        {{#SORT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/SORT}}
      </select>
    </div>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_registry_project_list_filter_button}}</button></div>
  </form>

  <nav class="mf-actions" aria-label="{{T_registry_project_list_view}}">
    <a class="ds-link" href="{{LIST_HREF}}"{{#VIEW_LIST}} aria-current="page"{{/VIEW_LIST}}>{{T_registry_project_list_view_list}}</a>
    <a class="ds-link" href="{{MAP_HREF}}"{{#VIEW_MAP}} aria-current="page"{{/VIEW_MAP}}>{{T_registry_project_list_view_map}}</a>
  </nav>

  <p class="ds-paragraph" role="status" id="antall-prosjekter" tabindex="-1">{{COUNT_TEXT}}</p>
  {{#MAP}}<div class="mf-map" id="prosjektkart" data-geojson-url="{{GEOJSON_URL}}" data-legend="kategori" data-legend-title="{{T_registry_project_map_legend}}" data-label="{{T_registry_project_map_label}}">
    <p class="ds-paragraph mf-map__fallback">{{T_registry_project_map_fallback}}</p>
  </div>{{/MAP}}
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="prosjekter-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="prosjekter-tittel">{{T_registry_project_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_registry_project_list_col_name}}</th>
          <th scope="col">{{T_registry_project_list_col_phase}}</th>
          <th scope="col">{{T_registry_project_list_col_start}}</th>
          <th scope="col">{{T_registry_project_list_col_municipality}}</th>
          <th scope="col">{{T_registry_project_list_col_developer}}</th>
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/prosjekter/{{ID}}">{{NAME}}</a>{{#DEMO}} <span class="ds-tag" data-color="neutral">{{T_registry_project_detail_demo}}</span>{{/DEMO}}</td>
          <td data-label="{{T_registry_project_list_col_phase}}">{{PHASE}}</td>
          <td data-label="{{T_registry_project_list_col_start}}">{{START}}</td>
          <td data-label="{{T_registry_project_list_col_municipality}}">{{MUNICIPALITY}}</td>
          <td data-label="{{T_registry_project_list_col_developer}}"><a class="ds-link" href="/organisasjoner/{{DEVELOPER_NUMBER}}">{{DEVELOPER}}</a></td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<p class="ds-paragraph">{{T_registry_project_list_empty}}</p>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_registry_project_list_pagination}}">
    {{#PREVIOUS}}<a class="ds-link" href="{{HREF}}" rel="prev">{{T_registry_project_list_previous}}</a>{{/PREVIOUS}}
    <span class="ds-paragraph" aria-current="page">{{PAGE_TEXT}}</span>
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_registry_project_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
</div>
