{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-prose mf-stack">
  <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
  <p class="ds-paragraph">{{T_organisations_members_revoke_hint}}</p>
  <p class="ds-paragraph" data-size="sm">{{EMAIL}} · {{ROLE}}</p>
  {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
  <form class="mf-stack" method="post" action="/organisasjoner/{{NUMBER}}/medlemmer/{{ID}}/vedtak" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="vedtak" value="tilbakekalt">
    <div class="ds-field">
      <label class="ds-label" for="begrunnelse">{{T_organisations_members_note_label}}</label>
      <textarea class="ds-input" id="begrunnelse" name="begrunnelse" rows="3" maxlength="1000"{{#NOTE_ERROR}} aria-invalid="true" aria-describedby="begrunnelse-feil"{{/NOTE_ERROR}}>{{NOTE}}</textarea>
      {{#NOTE_ERROR}}<p class="ds-validation-message" data-color="danger" id="begrunnelse-feil">{{TEXT}}</p>{{/NOTE_ERROR}}
    </div>
    <div class="mf-actions">
      <button class="ds-button" data-variant="primary" data-color="danger" type="submit">{{T_organisations_members_revoke}}</button>
      <a class="ds-link" href="/organisasjoner/{{NUMBER}}/medlemmer">{{T_organisations_members_back_to_members}}</a>
    </div>
  </form>
</div>
