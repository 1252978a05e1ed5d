{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-prose">
  <h1 class="ds-heading" data-size="lg">{{T_app_privacy_title}}</h1>
  <p class="ds-paragraph" data-size="lg">{{T_app_privacy_lead}}</p>

  <div class="ds-card mf-card" data-color="neutral" data-variant="tinted">
    <h2 class="ds-heading" data-size="xs">{{T_app_privacy_now_heading}}</h2>
    <ul class="ds-list">
      <li>{{T_app_privacy_now1}}</li>
      <li>{{T_app_privacy_now2}}</li>
      <li>{{T_app_privacy_now3}}</li>
      <li>{{T_app_privacy_now4}}</li>
    </ul>
  </div>

  <h2 class="ds-heading" data-size="sm">{{T_app_privacy_controller_heading}}</h2>
  <p class="ds-paragraph">{{T_app_privacy_controller_text}} <a class="ds-link" href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a>.</p>

  <h2 class="ds-heading" data-size="sm">{{T_app_privacy_data_heading}}</h2>
  <p class="ds-paragraph">{{T_app_privacy_data_intro}}</p>
  <ul class="ds-list">
    <li>{{T_app_privacy_data1}}</li>
    <li>{{T_app_privacy_data2}}</li>
    <li>{{T_app_privacy_data3}}</li>
    <li>{{T_app_privacy_data4}}</li>
  </ul>

  <h2 class="ds-heading" data-size="sm">{{T_app_privacy_purpose_heading}}</h2>
  <p class="ds-paragraph">{{T_app_privacy_purpose_text}}</p>

  <h2 class="ds-heading" data-size="sm">{{T_app_privacy_tracking_heading}}</h2>
  <p class="ds-paragraph">{{T_app_privacy_tracking_text}}</p>
  <p class="ds-paragraph">{{T_app_privacy_tracking_map}}</p>

  <h2 class="ds-heading" data-size="sm">{{T_app_privacy_storage_heading}}</h2>
  <p class="ds-paragraph">{{T_app_privacy_storage_text}}</p>

  <h2 class="ds-heading" data-size="sm">{{T_app_privacy_rights_heading}}</h2>
  <p class="ds-paragraph">{{T_app_privacy_rights_text}}</p>
</div>
