{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_registry_site_list_title}}</h1>
    <p class="ds-paragraph">{{T_registry_site_list_lead}}</p>
    {{#MAY_CREATE}}<p class="ds-paragraph"><a class="ds-link" href="/anlegg/ny">{{T_registry_site_list_new_link}}</a></p>{{/MAY_CREATE}}
    {{#MAY_IMPORT}}<p class="ds-paragraph"><a class="ds-link" href="/anlegg/import">{{T_registry_site_list_import_link}}</a></p>{{/MAY_IMPORT}}
  </div>
  <p class="ds-paragraph mf-narrow-only"><a class="ds-link" href="#antall-anlegg">{{T_web_list_skip_to_results}}</a></p>
  <form class="mf-stack mf-filters" method="get" action="/anlegg" role="search" aria-label="{{T_registry_site_list_filters}}">
    <input type="hidden" name="visning" value="{{VIEW}}">
    {{>FILTER_FIELD}}
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_registry_site_list_search_button}}</button></div>
  </form>

  <nav aria-label="{{T_registry_site_list_view_label}}">
    <ul class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="{{LIST_HREF}}"{{#LIST_CURRENT}} aria-current="page"{{/LIST_CURRENT}}>{{T_registry_site_list_view_list}}</a></li>
      <li><a class="ds-link" href="{{MAP_HREF}}"{{#MAP_CURRENT}} aria-current="page"{{/MAP_CURRENT}}>{{T_registry_site_list_view_map}}</a></li>
    </ul>
  </nav>

  <p class="ds-paragraph" role="status" id="antall-anlegg" tabindex="-1">{{COUNT_TEXT}}</p>
  {{#MAP}}<div class="mf-map" data-geojson-url="{{GEOJSON_URL}}" data-legend="kategori" role="region" aria-label="{{T_registry_site_list_map_label}}"><p class="mf-map__fallback ds-paragraph">{{T_registry_site_list_map_fallback}}</p></div>{{/MAP}}
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="anlegg-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="anlegg-tittel">{{T_registry_site_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_registry_site_list_col_name}}</th>
          <th scope="col">{{T_registry_site_list_col_kind}}</th>
          <th scope="col">{{T_registry_site_list_col_municipality}}</th>
          <th scope="col">{{T_registry_site_list_col_remaining}}</th>
          <th scope="col">{{T_registry_site_list_col_permit}}</th>
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/anlegg/{{ID}}">{{NAME}}</a>{{#DEMO}} <span class="ds-tag" data-color="neutral">{{T_registry_site_demo}}</span>{{/DEMO}}<br><span class="ds-paragraph" data-size="sm">{{OWNER}}</span></td>
          <td data-label="{{T_registry_site_list_col_kind}}">{{KIND}}</td>
          <td data-label="{{T_registry_site_list_col_municipality}}">{{MUNICIPALITY}}</td>
          <td data-label="{{T_registry_site_list_col_remaining}}">{{REMAINING}}</td>
          <td data-label="{{T_registry_site_list_col_permit}}"><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span>{{#STATUS_REASON}}<br><span class="ds-paragraph" data-size="sm">{{TEXT}}</span>{{/STATUS_REASON}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{T_registry_site_list_empty}}</p>{{#FILTERED}}<p class="ds-paragraph"><a class="ds-link" href="/anlegg">{{T_registry_site_list_clear}}</a></p>{{/FILTERED}}</div>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_registry_site_list_pagination}}">
    {{#PREVIOUS}}<a class="ds-link" href="{{HREF}}" rel="prev">{{T_registry_site_list_previous}}</a>{{/PREVIOUS}}
    <span class="ds-paragraph" aria-current="page">{{PAGE_TEXT}}</span>
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_registry_site_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
</div>
