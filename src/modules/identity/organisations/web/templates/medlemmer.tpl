{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{TITLE}}</h1>
    <p class="ds-paragraph">{{T_organisations_members_lead}}</p>
    <p class="ds-paragraph"><a class="ds-link" href="/organisasjoner/{{NUMBER}}">{{T_organisations_members_back}}</a></p>
    {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
    {{#ALERT}}<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ALERT}}
  </div>

  <section class="mf-stack" aria-labelledby="ventende">
    <h2 class="ds-heading" data-size="md" id="ventende">{{T_organisations_members_pending_heading}}</h2>
    {{#NO_PENDING}}<p class="ds-paragraph">{{T_organisations_members_pending_empty}}</p>{{/NO_PENDING}}
    {{#PENDING}}<article class="ds-card mf-card mf-stack" data-color="neutral" aria-labelledby="foresporsel-{{ID}}">
      <h3 class="ds-heading" data-size="xs" id="foresporsel-{{ID}}">{{HEADING}}</h3>
      <p class="ds-paragraph" data-size="sm">{{EMAIL}} · {{T_organisations_members_col_requested}}: {{REQUESTED}}</p>
      {{#EVIDENCE}}<h4 class="ds-heading" data-size="2xs">{{T_organisations_members_evidence_heading}}</h4>
      <p class="ds-paragraph" data-size="sm">{{T_organisations_members_evidence_lead}}</p>
      {{>REGISTER_FACTS}}
      <h4 class="ds-heading" data-size="2xs">{{T_organisations_roles_heading}}</h4>
      {{#ROLES}}<p class="ds-paragraph" data-size="sm">{{T_organisations_roles_lead}}</p>
      <ul class="ds-list">{{#ROLE}}<li>{{ROLE_NAME}}: {{HOLDER}}</li>{{/ROLE}}</ul>{{/ROLES}}
      {{#NO_ROLES}}<p class="ds-paragraph" data-size="sm">{{T_organisations_roles_none}}</p>{{/NO_ROLES}}
      {{#ROLES_UNAVAILABLE}}<p class="ds-paragraph" data-size="sm">{{T_organisations_roles_unavailable}}</p>{{/ROLES_UNAVAILABLE}}{{/EVIDENCE}}
      {{#FIRST_ADMIN}}<div class="ds-alert" data-color="warning"><p class="ds-paragraph">{{T_organisations_members_first_admin_notice}}</p></div>{{/FIRST_ADMIN}}
      {{#DECIDE}}<form class="mf-stack" method="post" action="/organisasjoner/{{NUMBER}}/medlemmer/{{ID}}/vedtak" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <div class="ds-field">
          <label class="ds-label" for="begrunnelse-{{ID}}">{{T_organisations_members_note_label}}</label>
          <p class="ds-paragraph" data-size="sm" data-field="description" id="begrunnelse-hjelp-{{ID}}">{{T_organisations_members_note_hint}}</p>
          <textarea class="ds-input" id="begrunnelse-{{ID}}" name="begrunnelse" rows="2" maxlength="1000" aria-describedby="begrunnelse-hjelp-{{ID}}{{#NOTE_ERROR}} begrunnelse-feil-{{ID}}{{/NOTE_ERROR}}"{{#NOTE_ERROR}} aria-invalid="true"{{/NOTE_ERROR}}>{{NOTE}}</textarea>
          {{#NOTE_ERROR}}<p class="ds-validation-message" data-color="danger" id="begrunnelse-feil-{{ID}}">{{TEXT}}</p>{{/NOTE_ERROR}}
        </div>
        <div class="mf-actions">
          <button class="ds-button" data-variant="primary" type="submit" name="vedtak" value="godkjent">{{T_organisations_members_approve}}</button>
          <button class="ds-button" data-variant="secondary" type="submit" name="vedtak" value="avvist">{{T_organisations_members_reject}}</button>
        </div>
      </form>{{/DECIDE}}
      {{#NOT_ALLOWED}}<p class="ds-paragraph" data-size="sm">{{T_organisations_members_not_allowed}}</p>{{/NOT_ALLOWED}}
    </article>{{/PENDING}}
  </section>

  <section class="mf-stack" aria-labelledby="medlemmer">
    <h2 class="ds-heading" data-size="md" id="medlemmer">{{T_organisations_members_members_heading}}</h2>
    {{#NO_MEMBERS}}<p class="ds-paragraph">{{T_organisations_members_members_empty}}</p>{{/NO_MEMBERS}}
    {{#HAS_MEMBERS}}<div class="mf-table-wrap" tabindex="0" role="region" aria-labelledby="medlemmer">
      <table class="ds-table" data-size="sm">
        <thead>
          <tr>
            <th scope="col">{{T_organisations_members_col_person}}</th>
            <th scope="col">{{T_organisations_members_col_role}}</th>
            <th scope="col">{{T_organisations_members_col_status}}</th>
            <th scope="col">{{T_organisations_members_col_decided}}</th>
            {{#ACTIONS}}<th scope="col">{{T_organisations_members_col_action}}</th>{{/ACTIONS}}
          </tr>
        </thead>
        <tbody>
          {{#MEMBER}}<tr>
            <td>{{NAME}}</td>
            <td>{{ROLE}}</td>
            <td>{{STATUS}}</td>
            <td>{{DECIDED}}</td>
            {{#ACTION_CELL}}<td>{{#REVOKE}}<a class="ds-link" href="/organisasjoner/{{NUMBER}}/medlemmer/{{ID}}/tilbakekall">{{T_organisations_members_revoke}}<span class="ds-sr-only"> – {{NAME}}</span></a>{{/REVOKE}}</td>{{/ACTION_CELL}}
          </tr>
          {{/MEMBER}}
        </tbody>
      </table>
    </div>{{/HAS_MEMBERS}}
  </section>
</div>
