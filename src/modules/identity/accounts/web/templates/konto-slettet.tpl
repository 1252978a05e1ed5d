{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_accounts_mydata_deleted_title}}</h1>
    <p class="ds-paragraph">{{T_accounts_mydata_deleted_text}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/">{{T_accounts_mydata_deleted_home}}</a></p>
  </div>
</div>
