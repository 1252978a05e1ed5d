{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{HEADING}}</h1>
    <p class="ds-paragraph">{{T_masses_listing_list_lead}}</p>
    <ul class="mf-actions ds-list" role="list"><li><a class="ds-link" href="/massebalanse">{{T_masses_balance_link}}</a></li><li><a class="ds-link" href="/massehandteringsplaner">{{T_masses_plans_list_link}}</a></li><li><a class="ds-link" href="/fraksjoner">{{T_masses_fractions_list_title}}</a></li>{{#LOGGED_IN}}<li><a class="ds-link" href="/masser/lagrede-sok">{{T_masses_search_title}}</a></li>{{/LOGGED_IN}}</ul>
    {{#MAY_CREATE}}<ul class="mf-actions ds-list" role="list"><li><a class="ds-link" href="/masser/ny">{{T_masses_listing_list_new_link}}</a></li><li><a class="ds-link" href="/masser/mine">{{T_masses_listing_mine_title}}</a></li></ul>{{/MAY_CREATE}}
  </div>
  {{#SEARCH}}<p class="ds-paragraph mf-narrow-only"><a class="ds-link" href="#antall-masser">{{T_web_list_skip_to_results}}</a></p>
  <form class="mf-stack mf-filters" method="get" action="/masser" role="search" aria-label="{{T_masses_listing_list_filters}}">
    <input type="hidden" name="visning" value="{{VIEW}}">
    {{>FILTER_FIELD}}
    <fieldset class="ds-fieldset mf-stack mf-filters__wide" data-adressesok>
      <legend class="ds-label">{{T_masses_listing_filter_origin}}</legend>
      <p class="ds-paragraph" data-size="sm">{{T_masses_listing_filter_origin_hint}}</p>
      {{>ORIGIN_FIELD}}
    </fieldset>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_listing_list_search_button}}</button></div>
  </form>
  <nav aria-label="{{T_masses_listing_list_view_label}}">
    <ul class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="{{LIST_HREF}}"{{#LIST_CURRENT}} aria-current="page"{{/LIST_CURRENT}}>{{T_masses_listing_list_view_list}}</a></li>
      <li><a class="ds-link" href="{{MAP_HREF}}"{{#MAP_CURRENT}} aria-current="page"{{/MAP_CURRENT}}>{{T_masses_listing_list_view_map}}</a></li>
      <li><a class="ds-link" href="{{CSV_HREF}}">{{T_masses_listing_list_csv}}</a></li>
      <li><a class="ds-link" href="{{GEOJSON_HREF}}">{{T_masses_listing_list_geojson}}</a></li>
      {{#SAVE_SEARCH}}<li><a class="ds-link" href="{{SAVE_HREF}}">{{T_masses_search_save_link}}</a></li>{{/SAVE_SEARCH}}
    </ul>
  </nav>{{/SEARCH}}
  <p class="ds-paragraph" role="status" id="antall-masser" tabindex="-1">{{COUNT_TEXT}}</p>
  {{#MAP}}<div class="mf-map" data-geojson-url="{{GEOJSON_URL}}" data-legend="kategori" role="region" aria-label="{{T_masses_listing_list_map_label}}"><p class="mf-map__fallback ds-paragraph">{{T_masses_listing_list_map_fallback}}</p></div>{{/MAP}}
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="masser-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="masser-tittel">{{T_masses_listing_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_masses_listing_list_col_title}}</th>
          <th scope="col">{{T_masses_listing_field_kind}}</th>
          <th scope="col">{{T_masses_listing_field_fraction}}</th>
          <th scope="col">{{T_masses_listing_field_remaining}}</th>
          <th scope="col">{{T_masses_listing_field_period}}</th>
          <th scope="col">{{T_masses_listing_field_place}}</th>
          {{#HAS_DISTANCE}}<th scope="col">{{T_masses_listing_list_col_distance}}</th>{{/HAS_DISTANCE}}
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/masser/{{ID}}">{{TITLE}}</a>{{#DEMO}} <span class="ds-tag" data-color="neutral">{{T_masses_listing_demo}}</span>{{/DEMO}}<br><span class="ds-paragraph" data-size="sm">{{OWNER}}</span>{{#STATUS}}<br><span class="ds-tag" data-color="info">{{TEXT}}</span>{{/STATUS}}</td>
          <td data-label="{{T_masses_listing_field_kind}}">{{KIND}}</td>
          <td data-label="{{T_masses_listing_field_fraction}}">{{FRACTION}}</td>
          <td data-label="{{T_masses_listing_field_remaining}}">{{REMAINING}}</td>
          <td data-label="{{T_masses_listing_field_period}}">{{PERIOD}}</td>
          <td data-label="{{T_masses_listing_field_place}}">{{PLACE}}{{#PERMIT_STATUS}}<br><span class="ds-tag" data-color="{{COLOR}}">{{TEXT}}</span>{{/PERMIT_STATUS}}</td>
          {{#HAS_DISTANCE}}<td data-label="{{T_masses_listing_list_col_distance}}">{{DISTANCE}}</td>{{/HAS_DISTANCE}}
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{TEXT}}</p>{{#FILTERED}}<p class="ds-paragraph"><a class="ds-link" href="/masser">{{T_masses_listing_list_clear}}</a></p>{{/FILTERED}}</div>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_masses_listing_list_pagination}}">
    {{#PREVIOUS}}<a class="ds-link" href="{{HREF}}" rel="prev">{{T_masses_listing_list_previous}}</a>{{/PREVIOUS}}
    <span class="ds-paragraph" aria-current="page">{{PAGE_TEXT}}</span>
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_masses_listing_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
</div>
