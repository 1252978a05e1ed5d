{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_masses_search_breadcrumbs}}"><p class="ds-paragraph" data-size="sm"><a class="ds-link" href="/masser">{{T_masses_search_back}}</a></p></nav>
  {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_masses_search_title}}</h1>
    <p class="ds-paragraph">{{T_masses_search_lead}}</p>
    {{#NO_MAIL}}<p class="ds-paragraph" data-size="sm">{{T_masses_search_no_mail}}</p>{{/NO_MAIL}}
  </div>
  <section class="mf-stack" aria-labelledby="varsler-tittel">
    <h2 class="ds-heading" data-size="md" id="varsler-tittel">{{T_masses_search_alerts_title}}</h2>
    {{#ALERTS_NONE}}<p class="ds-paragraph">{{T_masses_search_alerts_none}}</p>{{/ALERTS_NONE}}
    {{#ALERT_LIST}}<ul class="ds-list mf-stack">
      {{#ITEM}}<li>{{#NEW}}<span class="ds-tag" data-color="info">{{T_masses_search_alerts_new}}</span> {{/NEW}}{{#AVAILABLE}}<a class="ds-link" href="/masser/{{LISTING_ID}}">{{TITLE}}</a>{{/AVAILABLE}}{{#GONE}}{{T_masses_search_alerts_gone}}{{/GONE}} <span class="ds-paragraph" data-size="sm">({{KIND}} · {{T_masses_search_alerts_matched}} «{{SEARCH_NAME}}» · {{WHEN}})</span></li>{{/ITEM}}
    </ul>{{/ALERT_LIST}}
  </section>
  <section class="mf-stack" aria-labelledby="sok-tittel">
    <h2 class="ds-heading" data-size="md" id="sok-tittel">{{T_masses_search_list_title}}</h2>
    {{#SEARCHES_NONE}}<p class="ds-paragraph">{{T_masses_search_list_none}}</p>{{/SEARCHES_NONE}}
    {{#SEARCH_LIST}}<ul class="ds-list mf-stack">
      {{#SEARCH}}<li><a class="ds-link" href="/masser{{QUERY_SUFFIX}}">{{NAME}}</a> <span class="ds-paragraph" data-size="sm">({{MAIL_TEXT}})</span>
        <form class="mf-inline-form" method="post" action="/masser/lagrede-sok/{{ID}}/slett">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" aria-label="{{T_masses_search_delete_label}} {{NAME}}">{{T_masses_search_delete}}</button>
        </form></li>{{/SEARCH}}
    </ul>{{/SEARCH_LIST}}
  </section>
  {{#FORM}}<section class="mf-stack" aria-labelledby="lagre-tittel">
    <h2 class="ds-heading" data-size="md" id="lagre-tittel">{{T_masses_search_save_title}}</h2>
    <form class="mf-stack" method="post" action="/masser/lagrede-sok">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="sok" value="{{QUERY}}">
      <p class="ds-paragraph" data-size="sm">{{T_masses_search_save_query}} <a class="ds-link" href="/masser{{QUERY_SUFFIX}}">{{QUERY_TEXT}}</a></p>
      {{#QUERY_ERROR}}<p class="ds-validation-message" data-color="danger" id="sok-feil">{{TEXT}}</p>{{/QUERY_ERROR}}
      <div class="ds-field">
        <label class="ds-label" for="navn">{{T_masses_search_field_name}}</label>
        <input class="ds-input" id="navn" name="navn" type="text" maxlength="100" value="{{NAME}}" autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="navn-feil"{{/NAME_ERROR}}>
        {{#NAME_ERROR}}<p class="ds-validation-message" data-color="danger" id="navn-feil">{{TEXT}}</p>{{/NAME_ERROR}}
      </div>
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="epost" name="epost" value="ja"{{#MAIL_CHECKED}} checked{{/MAIL_CHECKED}}>
        <label class="ds-label" for="epost">{{T_masses_search_field_mail}}</label>
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">{{T_masses_search_save_button}}</button></div>
    </form>
  </section>{{/FORM}}
</div>
