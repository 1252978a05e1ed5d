{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_organisations_list_title}}</h1>
    <p class="ds-paragraph">{{T_organisations_list_lead}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/organisasjoner/ny">{{T_organisations_list_register_link}}</a></p>
  </div>
  <form class="mf-stack mf-filters" method="get" action="/organisasjoner" role="search">
    <div class="ds-field">
      <label class="ds-label" for="sok">{{T_organisations_list_search_label}}</label>
      <input class="ds-input" id="sok" name="sok" type="search" value="{{SEARCH}}" maxlength="100">
    </div>
    <div class="ds-field">
      <label class="ds-label" for="kommunenummer">{{T_organisations_list_municipality_label}}</label>
      <p class="ds-paragraph" data-size="sm" data-field="description" id="kommunenummer-hjelp">{{T_organisations_list_municipality_hint}}</p>
      <input class="ds-input" id="kommunenummer" name="kommunenummer" type="text" inputmode="numeric" maxlength="4" value="{{MUNICIPALITY}}" aria-describedby="kommunenummer-hjelp{{#MUNICIPALITY_ERROR}} kommunenummer-feil{{/MUNICIPALITY_ERROR}}"{{#MUNICIPALITY_ERROR}} aria-invalid="true"{{/MUNICIPALITY_ERROR}}>
      {{#MUNICIPALITY_ERROR}}<p class="ds-validation-message" data-color="danger" id="kommunenummer-feil">{{T_organisations_list_municipality_invalid}}</p>{{/MUNICIPALITY_ERROR}}
    </div>
    <div class="ds-field">
      <label class="ds-label" for="sorter">{{T_organisations_list_sort_label}}</label>
      <select class="ds-input" id="sorter" name="sorter">
        {{#SORT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/SORT}}
      </select>
    </div>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_organisations_list_search_button}}</button></div>
  </form>

  <p class="ds-paragraph" role="status">{{COUNT_TEXT}}</p>
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="organisasjoner-tittel">
    <table class="ds-table" data-size="sm">
      <caption id="organisasjoner-tittel">{{T_organisations_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_organisations_list_col_name}}</th>
          <th scope="col">{{T_organisations_list_col_number}}</th>
          <th scope="col">{{T_organisations_list_col_municipality}}</th>
          <th scope="col">{{T_organisations_list_col_status}}</th>
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{NAME}}</a></td>
          <td>{{NUMBER_FORMATTED}}</td>
          <td>{{MUNICIPALITY}}</td>
          <td><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span></td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<p class="ds-paragraph">{{T_organisations_list_empty}}</p>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_organisations_list_pagination}}">
    {{#PREVIOUS}}<a class="ds-link" href="{{HREF}}" rel="prev">{{T_organisations_list_previous}}</a>{{/PREVIOUS}}
    <span class="ds-paragraph" aria-current="page">{{PAGE_TEXT}}</span>
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_organisations_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
</div>
