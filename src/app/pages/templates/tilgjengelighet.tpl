{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-prose">
  <h1 class="ds-heading" data-size="lg">{{T_app_accessibility_title}}</h1>
  <p class="ds-paragraph" data-size="lg">{{T_app_accessibility_lead}}</p>

  <h2 class="ds-heading" data-size="sm">{{T_app_accessibility_how_heading}}</h2>
  <ul class="ds-list">
    <li>{{T_app_accessibility_how1}}</li>
    <li>{{T_app_accessibility_how2}}</li>
    <li>{{T_app_accessibility_how3}}</li>
    <li>{{T_app_accessibility_how4}}</li>
    <li>{{T_app_accessibility_how5}}</li>
    <li>{{T_app_accessibility_how6}}</li>
  </ul>

  <h2 class="ds-heading" data-size="sm">{{T_app_accessibility_known_heading}}</h2>
  <ul class="ds-list">
    <li>{{T_app_accessibility_known1}}</li>
    <li>{{T_app_accessibility_known2}}</li>
  </ul>

  <h2 class="ds-heading" data-size="sm">{{T_app_accessibility_feedback_heading}}</h2>
  <p class="ds-paragraph">{{T_app_accessibility_feedback_text}} <a class="ds-link" href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a>.</p>
  <p class="ds-paragraph">{{T_app_accessibility_feedback_after}}</p>

  <h2 class="ds-heading" data-size="sm">{{T_app_accessibility_authority_heading}}</h2>
  <p class="ds-paragraph">{{T_app_accessibility_authority_text}}</p>
</div>
