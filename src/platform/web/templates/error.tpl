{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-prose">
  <p class="mf-error-code ds-paragraph" data-size="sm">{{STATUS_TEXT}}</p>
  <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
  {{#DETAIL}}<p class="ds-paragraph">{{TEXT}}</p>{{/DETAIL}}
  <p class="ds-paragraph">{{T_web_error_help}}</p>
  <ul class="ds-list">
    <li><a class="ds-link" href="/">{{T_web_error_home}}</a></li>
    <li>{{T_web_error_contact}} <a class="ds-link" href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a></li>
  </ul>
  {{#REQUEST_ID}}<p class="ds-paragraph mf-error-code" data-size="sm">{{T_web_error_reference}} <code>{{ID}}</code></p>{{/REQUEST_ID}}
</div>
