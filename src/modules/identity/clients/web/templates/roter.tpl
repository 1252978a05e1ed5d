{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_clients_rotate_lead}}</p>
    <form class="mf-stack" method="post" action="/organisasjoner/{{NUMBER}}/api-klienter/{{ID}}/ny-hemmelighet">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{T_clients_rotate_submit}}</button>
        <a class="ds-link" href="/organisasjoner/{{NUMBER}}/api-klienter">{{T_clients_new_cancel}}</a>
      </div>
    </form>
  </div>
</div>
