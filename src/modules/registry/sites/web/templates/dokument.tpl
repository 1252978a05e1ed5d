{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_site_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/anlegg">{{T_registry_site_list_title}}</a></li>
      <li><a class="ds-link" href="/anlegg/{{SITE_ID}}">{{SITE_NAME}}</a></li>
      <li><span aria-current="page">{{T_registry_permit_document_title}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_registry_permit_document_title}}</h1>
    <p class="ds-paragraph">{{LEAD}}</p>
    {{#ERRORS}}<div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{{T_registry_site_form_error_summary}}</h2>
      <ul class="ds-list">{{#ERROR}}<li><a class="ds-link" href="#{{FIELD}}">{{TEXT}}</a></li>{{/ERROR}}</ul>
    </div>{{/ERRORS}}
    <section class="mf-stack" aria-labelledby="navaerende">
      <h2 class="ds-heading" data-size="xs" id="navaerende">{{T_registry_permit_document_current}}</h2>
      {{#NO_DOCUMENT}}<p class="ds-paragraph">{{T_registry_permit_document_none_yet}}</p>{{/NO_DOCUMENT}}
      {{#CURRENT}}<p class="ds-paragraph">{{TEXT}} <a class="ds-link" href="{{HREF}}">{{DOWNLOAD}}</a></p>{{/CURRENT}}
    </section>
    <form class="mf-stack" method="post" action="/anlegg/{{SITE_ID}}/tillatelser/{{PERMIT_ID}}/dokument" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="ds-field">
        <label class="ds-label" for="dokument">{{T_registry_permit_document_file_label}}</label>
        <p class="ds-paragraph" data-size="sm" data-field="description" id="dokument-hjelp">{{T_registry_permit_document_file_hint}}</p>
        <input class="ds-input" id="dokument" name="dokument" type="file" accept="application/pdf,.pdf" aria-describedby="dokument-hjelp{{#DOKUMENT_ERROR}} dokument-feil{{/DOKUMENT_ERROR}}"{{#DOKUMENT_ERROR}} aria-invalid="true"{{/DOKUMENT_ERROR}}>
        {{#DOKUMENT_ERROR}}<p class="ds-validation-message" data-color="danger" id="dokument-feil">{{TEXT}}</p>{{/DOKUMENT_ERROR}}
      </div>
      <div class="mf-actions">
        <button class="ds-button" data-variant="primary" type="submit">{{T_registry_permit_document_upload}}</button>
        <a class="ds-link" href="/anlegg/{{SITE_ID}}#tillatelser">{{T_registry_permit_document_back}}</a>
      </div>
    </form>
    {{#REMOVE}}<form class="mf-stack" method="post" action="/anlegg/{{SITE_ID}}/tillatelser/{{PERMIT_ID}}/dokument/fjern">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <p class="ds-paragraph" data-size="sm">{{T_registry_permit_document_remove_hint}}</p>
      <div class="mf-actions"><button class="ds-button" data-variant="secondary" type="submit">{{T_registry_permit_document_remove}}</button></div>
    </form>{{/REMOVE}}
  </div>
</div>
