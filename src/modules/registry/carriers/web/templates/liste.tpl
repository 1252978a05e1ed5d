{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_registry_carrier_list_title}}</h1>
    <p class="ds-paragraph">{{T_registry_carrier_list_lead}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/transportorer/ny">{{T_registry_carrier_list_register_link}}</a></p>
  </div>
  <form class="mf-stack mf-filters" method="get" action="/transportorer" role="search">
    <div class="ds-field">
      <label class="ds-label" for="q">{{T_registry_carrier_list_search_label}}</label>
      <input class="ds-input" id="q" name="q" type="search" value="{{SEARCH}}" maxlength="100">
    </div>
    <div class="ds-field">
      <label class="ds-label" for="tjeneste">{{T_registry_carrier_list_service_label}}</label>
      <select class="ds-input" id="tjeneste" name="tjeneste">
        <option value="">{{T_registry_carrier_list_any}}</option>
        {{#SERVICE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/SERVICE_OPTION}}
      </select>
    </div>
    <div class="ds-field">
      <label class="ds-label" for="kommune">{{T_registry_carrier_list_municipality_label}}</label>
      <select class="ds-input" id="kommune" name="kommune">
        <option value="">{{T_registry_carrier_list_any}}</option>
        {{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/MUNICIPALITY_OPTION}}
      </select>
    </div>
    <div class="ds-field">
      <label class="ds-label" for="drivstoff">{{T_registry_carrier_list_fuel_label}}</label>
      <select class="ds-input" id="drivstoff" name="drivstoff">
        <option value="">{{T_registry_carrier_list_any}}</option>
        {{#FUEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/FUEL_OPTION}}
      </select>
    </div>
    <div class="ds-field">
      <label class="ds-label" for="sorter">{{T_registry_carrier_list_sort_label}}</label>
      <select class="ds-input" id="sorter" name="sorter">
        {{#SORT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/SORT}}
      </select>
    </div>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_registry_carrier_list_search_button}}</button></div>
  </form>

  <p class="ds-paragraph" role="status">{{COUNT_TEXT}}</p>
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="transportorer-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="transportorer-tittel">{{T_registry_carrier_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_registry_carrier_list_col_name}}</th>
          <th scope="col">{{T_registry_carrier_list_col_services}}</th>
          <th scope="col">{{T_registry_carrier_list_col_area}}</th>
          <th scope="col">{{T_registry_carrier_list_col_vehicles}}</th>
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/transportorer/{{NUMBER}}">{{NAME}}</a></td>
          <td data-label="{{T_registry_carrier_list_col_services}}">{{SERVICES}}</td>
          <td data-label="{{T_registry_carrier_list_col_area}}">{{AREA}}</td>
          <td data-label="{{T_registry_carrier_list_col_vehicles}}">{{VEHICLES}}{{#ELECTRIC}} <span class="ds-tag" data-color="success">{{T_registry_carrier_list_tag_electric}}</span>{{/ELECTRIC}}{{#HVO}} <span class="ds-tag" data-color="info">{{T_registry_carrier_list_tag_hvo}}</span>{{/HVO}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<p class="ds-paragraph">{{T_registry_carrier_list_empty}}</p>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_registry_carrier_list_pagination}}">
    {{#PREVIOUS}}<a class="ds-link" href="{{HREF}}" rel="prev">{{T_registry_carrier_list_previous}}</a>{{/PREVIOUS}}
    <span class="ds-paragraph" aria-current="page">{{PAGE_TEXT}}</span>
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_registry_carrier_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
</div>
