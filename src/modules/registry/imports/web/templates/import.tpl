{{%AUTOESCAPE context="HTML"}}
<div class="mf-container mf-page mf-stack">
  <nav aria-label="{{T_registry_import_breadcrumbs}}">
    <ol class="mf-actions ds-list" role="list">
      <li><a class="ds-link" href="/anlegg">{{T_registry_site_list_title}}</a></li>
      <li><span aria-current="page">{{T_registry_import_title}}</span></li>
    </ol>
  </nav>
  <div class="mf-prose mf-stack">
    <h1 class="ds-heading" data-size="lg">{{T_registry_import_title}}</h1>
    <p class="ds-paragraph">{{T_registry_import_lead}}</p>
    {{#FLASH}}<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">{{TEXT}}</p></div>{{/FLASH}}
  </div>
  {{#SOURCE}}<section class="mf-stack" aria-labelledby="kilde-{{KEY}}">
    <h2 class="ds-heading" data-size="sm" id="kilde-{{KEY}}">{{NAME}}</h2>
    <p class="ds-paragraph">{{T_registry_import_licence}}: {{LICENCE}}</p>
    {{#NEVER}}<p class="ds-paragraph">{{T_registry_import_never}}</p>{{/NEVER}}
    {{#LAST}}<p class="ds-paragraph">{{T_registry_import_last_run}}: {{AT}} ({{BY}}) <span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span></p>
    {{#ERROR}}<div class="ds-alert" data-color="danger"><p class="ds-paragraph">{{TEXT}}</p></div>{{/ERROR}}
    <dl class="mf-facts ds-paragraph">
      <dt>{{T_registry_import_fig_fetched}}</dt><dd>{{FETCHED}}</dd>
      <dt>{{T_registry_import_fig_created}}</dt><dd>{{CREATED}}</dd>
      <dt>{{T_registry_import_fig_updated}}</dt><dd>{{UPDATED}}</dd>
      <dt>{{T_registry_import_fig_unchanged}}</dt><dd>{{UNCHANGED}}</dd>
      <dt>{{T_registry_import_fig_vanished}}</dt><dd>{{VANISHED}}</dd>
      <dt>{{T_registry_import_fig_kept}}</dt><dd>{{KEPT}}</dd>
      <dt>{{T_registry_import_fig_skipped}}</dt><dd>{{SKIPPED}}</dd>
    </dl>{{/LAST}}
    <form method="post" action="/anlegg/import/{{KEY}}">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button class="ds-button" data-variant="primary" type="submit">{{T_registry_import_run_button}}<span class="ds-sr-only">: {{NAME}}</span></button>
    </form>
  </section>{{/SOURCE}}
</div>
