{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_registry_provider_list_title}}</h1>
    <p class="ds-paragraph">{{T_registry_provider_list_lead}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/kontrolltjenester/ny">{{T_registry_provider_list_register_link}}</a></p>
  </div>
  <form class="mf-stack mf-filters" method="get" action="/kontrolltjenester" role="search">
    <div class="ds-field">
      <label class="ds-label" for="q">{{T_registry_provider_list_search_label}}</label>
      <input class="ds-input" id="q" name="q" type="search" value="{{SEARCH}}" maxlength="100">
    </div>
    <div class="ds-field">
      <label class="ds-label" for="tjeneste">{{T_registry_provider_list_service_label}}</label>
      <select class="ds-input" id="tjeneste" name="tjeneste">
        <option value="">{{T_registry_provider_list_any}}</option>
        {{#SERVICE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/SERVICE_OPTION}}
      </select>
    </div>
    <div class="ds-field">
      <label class="ds-label" for="kommune">{{T_registry_provider_list_municipality_label}}</label>
      <select class="ds-input" id="kommune" name="kommune">
        <option value="">{{T_registry_provider_list_any}}</option>
        {{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/MUNICIPALITY_OPTION}}
      </select>
    </div>
    <div class="ds-field">
      <input class="ds-input" type="checkbox" id="akkreditert" name="akkreditert" value="1"{{#ACCREDITED_CHECKED}} checked{{/ACCREDITED_CHECKED}}>
      <label class="ds-label" for="akkreditert">{{T_registry_provider_list_accredited_label}}</label>
    </div>
    <div class="ds-field">
      <label class="ds-label" for="sorter">{{T_registry_provider_list_sort_label}}</label>
      <select class="ds-input" id="sorter" name="sorter">
        {{#SORT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/SORT}}
      </select>
    </div>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_registry_provider_list_search_button}}</button></div>
  </form>

  <p class="ds-paragraph" role="status">{{COUNT_TEXT}}</p>
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="kontrolltjenester-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="kontrolltjenester-tittel">{{T_registry_provider_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_registry_provider_list_col_name}}</th>
          <th scope="col">{{T_registry_provider_list_col_accreditation}}</th>
          <th scope="col">{{T_registry_provider_list_col_services}}</th>
          <th scope="col">{{T_registry_provider_list_col_area}}</th>
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/kontrolltjenester/{{NUMBER}}">{{NAME}}</a></td>
          <td data-label="{{T_registry_provider_list_col_accreditation}}">{{#ACCREDITED}}<span class="ds-tag" data-color="success">{{TEXT}}</span>{{/ACCREDITED}}{{#NOT_ACCREDITED}}{{T_registry_provider_list_not_accredited}}{{/NOT_ACCREDITED}}</td>
          <td data-label="{{T_registry_provider_list_col_services}}">{{SERVICES}}</td>
          <td data-label="{{T_registry_provider_list_col_area}}">{{AREA}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<p class="ds-paragraph">{{T_registry_provider_list_empty}}</p>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_registry_provider_list_pagination}}">
    {{#PREVIOUS}}<a class="ds-link" href="{{HREF}}" rel="prev">{{T_registry_provider_list_previous}}</a>{{/PREVIOUS}}
    <span class="ds-paragraph" aria-current="page">{{PAGE_TEXT}}</span>
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_registry_provider_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
</div>
