{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_clients_page_lead}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{T_clients_page_back}}</a></p>
    {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
    {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
    <div class="mf-actions">
      <a class="ds-button" data-variant="primary" href="/organisasjoner/{{NUMBER}}/api-klienter/ny">{{T_clients_page_new_link}}</a>
    </div>
  </div>
  <section class="mf-stack" aria-labelledby="klienter">
    <h2 class="ds-heading" data-size="md" id="klienter">{{T_clients_page_list_heading}}</h2>
    {{#EMPTY}}<p class="ds-paragraph">{{T_clients_page_empty}}</p>{{/EMPTY}}
    {{#HAS_ROWS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="klienter">
      <table class="ds-table" data-size="sm">
        <thead>
          <tr>
            <th scope="col">{{T_clients_page_col_name}}</th>
            <th scope="col">{{T_clients_page_col_client_id}}</th>
            <th scope="col">{{T_clients_page_col_scopes}}</th>
            <th scope="col">{{T_clients_page_col_created}}</th>
            <th scope="col">{{T_clients_page_col_last_used}}</th>
            <th scope="col">{{T_clients_page_col_status}}</th>
            <th scope="col">{{T_clients_page_col_actions}}</th>
          </tr>
        </thead>
        <tbody>
          {{#ROW}}<tr>
            <td>{{NAME}}</td>
            <td><code>{{ID}}</code></td>
            <td><ul class="ds-list">{{#SCOPE}}<li><code>{{KEY}}</code></li>{{/SCOPE}}</ul></td>
            <td>{{CREATED}}</td>
            <td>{{LAST_USED}}</td>
            <td><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span></td>
            <td>{{#ACTIONS}}<div class="mf-actions">
              <a class="ds-link" href="/organisasjoner/{{NUMBER}}/api-klienter/{{ID}}/ny-hemmelighet" aria-label="{{ROTATE_LABEL}}">{{T_clients_page_rotate}}</a>
              <form method="post" action="/organisasjoner/{{NUMBER}}/api-klienter/{{ID}}/tilbakekall">
                <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
                <button class="ds-button" data-variant="secondary" data-color="danger" data-size="sm" type="submit" aria-label="{{REVOKE_LABEL}}">{{T_clients_page_revoke}}</button>
              </form>
            </div>{{/ACTIONS}}</td>
          </tr>
          {{/ROW}}
        </tbody>
      </table>
    </div>{{/HAS_ROWS}}
    <p class="ds-paragraph"><a class="ds-link" href="/utviklere">{{T_clients_page_docs}}</a></p>
  </section>
</div>
