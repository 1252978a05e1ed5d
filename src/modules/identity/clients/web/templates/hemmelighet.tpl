{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <div class="ds-alert" data-color="warning" role="status"><p class="ds-paragraph">{{T_clients_secret_warning}}</p></div>
    <dl class="mf-stack">
      <dt class="ds-label">{{T_clients_secret_client_id}}</dt>
      <dd><code id="klient-id">{{CLIENT_ID}}</code></dd>
      <dt class="ds-label">{{T_clients_secret_secret}}</dt>
      <dd><code id="hemmelighet">{{SECRET}}</code></dd>
    </dl>
    <p class="ds-paragraph">{{T_clients_secret_example}}</p>
    <pre class="mf-code" tabindex="0"><code>curl -u '{{CLIENT_ID}}:&lt;hemmelighet&gt;' -d grant_type=client_credentials {{TOKEN_URL}}</code></pre>
    <p class="ds-paragraph"><a class="ds-button" data-variant="primary" href="/organisasjoner/{{NUMBER}}/api-klienter">{{T_clients_secret_done}}</a></p>
  </div>
</div>
