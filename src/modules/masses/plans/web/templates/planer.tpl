{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_masses_plans_list_title}}</h1>
    <p class="ds-paragraph">{{T_masses_plans_list_lead}}</p>
  </div>
  <form class="mf-stack mf-filters" method="get" action="/massehandteringsplaner" role="search" aria-label="{{T_masses_plans_list_filters}}">
    <div class="ds-field">
      <label class="ds-label" for="status">{{T_masses_plans_page_status}}</label>
      <select class="ds-input" id="status" name="status">
        {{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/STATUS_OPTION}}
      </select>
    </div>
    <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_plans_list_filter_button}}</button></div>
  </form>
  {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="planer-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="planer-tittel">{{T_masses_plans_list_caption}}</caption>
      <thead>
        <tr>
          <th scope="col">{{T_masses_plans_list_col_project}}</th>
          <th scope="col">{{T_masses_plans_page_status}}</th>
          <th scope="col" class="mf-quantity">{{T_masses_plans_page_lines}}</th>
          <th scope="col" class="mf-quantity">{{T_masses_plans_page_surplus}}</th>
          <th scope="col" class="mf-quantity">{{T_masses_plans_page_need}}</th>
          <th scope="col" class="mf-quantity">{{T_masses_plans_page_planned_reuse}}</th>
          <th scope="col" class="mf-quantity">{{T_masses_plans_page_reuse_target}}</th>
          <th scope="col">{{T_masses_plans_page_documentation_status}}</th>
        </tr>
      </thead>
      <tbody>
        {{#ROW}}<tr>
          <td><a class="ds-link" href="/prosjekter/{{PROJECT_ID}}/massehandteringsplan">{{PROJECT}}</a>{{#DEMO}} <span class="ds-tag" data-color="neutral">{{T_masses_plans_list_demo}}</span>{{/DEMO}}</td>
          <td data-label="{{T_masses_plans_page_status}}">{{STATUS}}</td>
          <td class="mf-quantity" data-label="{{T_masses_plans_page_lines}}">{{LINES}}</td>
          <td class="mf-quantity" data-label="{{T_masses_plans_page_surplus}}">{{SURPLUS}}</td>
          <td class="mf-quantity" data-label="{{T_masses_plans_page_need}}">{{NEED}}</td>
          <td class="mf-quantity" data-label="{{T_masses_plans_page_planned_reuse}}">{{PLANNED_REUSE}}</td>
          <td class="mf-quantity" data-label="{{T_masses_plans_page_reuse_target}}">{{REUSE_TARGET}}</td>
          <td data-label="{{T_masses_plans_page_documentation_status}}">{{DOCUMENTATION_STATUS}}</td>
        </tr>
        {{/ROW}}
      </tbody>
    </table>
  </div>{{/HAS_ROWS}}
  {{#EMPTY}}<div class="ds-alert" data-color="info"><p class="ds-paragraph">{{TEXT}}</p></div>{{/EMPTY}}
  {{#PAGINATION}}<nav class="mf-actions" aria-label="{{T_masses_plans_list_pagination}}">
    {{#FIRST}}<a class="ds-link" href="{{HREF}}">{{T_masses_plans_list_first}}</a>{{/FIRST}}
    {{#NEXT}}<a class="ds-link" href="{{HREF}}" rel="next">{{T_masses_plans_list_next}}</a>{{/NEXT}}
  </nav>{{/PAGINATION}}
  <p class="ds-paragraph"><a class="ds-link" href="/api/v1/massehandteringsplaner">{{T_masses_plans_list_api}}</a></p>
</div>
