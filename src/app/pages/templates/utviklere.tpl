{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose">
    <h1 class="ds-heading" data-size="lg">{{T_app_developers_title}}</h1>
    <p class="ds-paragraph" data-size="lg">{{T_app_developers_lead}}</p>

    <h2 class="ds-heading" data-size="sm">{{T_app_developers_start_heading}}</h2>
    <p class="ds-paragraph">{{T_app_developers_start_text}}</p>
    <pre class="mf-code" tabindex="0"><code>{{T_app_developers_start_example:pre_escape}}</code></pre>

    <h2 class="ds-heading" data-size="sm">{{T_app_developers_auth_heading}}</h2>
    <p class="ds-paragraph">{{T_app_developers_auth_text}}</p>
    <pre class="mf-code" tabindex="0"><code>{{T_app_developers_auth_example:pre_escape}}</code></pre>
    <p class="ds-paragraph">{{T_app_developers_auth_scopes}}</p>
  </div>
  <div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="tilganger-tittel">
    <table class="ds-table mf-table-stack" data-size="sm">
      <caption id="tilganger-tittel">{{T_app_developers_scopes_caption}}</caption>
      <thead><tr><th scope="col">{{T_app_developers_scopes_col_scope}}</th><th scope="col">{{T_app_developers_scopes_col_gives}}</th></tr></thead>
      <tbody>
        {{#SCOPE}}<tr><td><code>{{KEY}}</code></td><td data-label="{{T_app_developers_scopes_col_gives}}">{{TEXT}}</td></tr>
        {{/SCOPE}}
      </tbody>
    </table>
  </div>
  <div class="mf-prose">
    <h2 class="ds-heading" data-size="sm">{{T_app_developers_format_heading}}</h2>
    <ul class="ds-list">
      <li>{{T_app_developers_format1}}</li>
      <li>{{T_app_developers_format2}}</li>
      <li>{{T_app_developers_format3}}</li>
    </ul>

    <h2 class="ds-heading" data-size="sm">{{T_app_developers_errors_heading}}</h2>
    <p class="ds-paragraph">{{T_app_developers_errors_text}}</p>
    <pre class="mf-code" tabindex="0"><code>{{T_app_developers_errors_example:pre_escape}}</code></pre>

    <h2 class="ds-heading" data-size="sm">{{T_app_developers_paging_heading}}</h2>
    <p class="ds-paragraph">{{T_app_developers_paging_text}}</p>
    <pre class="mf-code" tabindex="0"><code>{{T_app_developers_paging_example:pre_escape}}</code></pre>

    <h2 class="ds-heading" data-size="sm">{{T_app_developers_filter_heading}}</h2>
    <p class="ds-paragraph">{{T_app_developers_filter_text}}</p>

    <h2 class="ds-heading" data-size="sm">{{T_app_developers_openapi_heading}}</h2>
    <p class="ds-paragraph">{{T_app_developers_openapi_text}} <a class="ds-link" href="{{OPENAPI_URL}}">{{T_app_developers_openapi_link}}</a></p>
  </div>

  <section class="mf-section" aria-labelledby="api-referanse-tittel">
    <h2 id="api-referanse-tittel" class="ds-heading" data-size="md">{{T_app_developers_reference_heading}}</h2>
    <p class="ds-paragraph mf-prose">{{T_app_developers_reference_text}}</p>
    <div id="api-referanse" data-spec="{{OPENAPI_URL}}" data-servers-label="{{T_app_developers_reference_servers}}" data-select-label="{{T_app_developers_reference_select}}"></div>
  </section>
</div>
