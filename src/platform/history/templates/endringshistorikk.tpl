{{%AUTOESCAPE context="HTML"}}
<section class="mf-history mf-stack" aria-labelledby="endringshistorikk">
  <h2 id="endringshistorikk" class="ds-heading" data-size="sm">{{T_history_title}}</h2>
  {{#NO_ENTRIES}}<p class="ds-paragraph">{{T_history_no_entries}}</p>{{/NO_ENTRIES}}
  {{#HAS_ENTRIES}}
  <ol class="mf-history__list">
    {{#ENTRY}}
    <li class="mf-history__entry">
      <p class="ds-paragraph" data-size="sm"><time datetime="{{AT_ISO}}">{{AT}}</time> · {{ACTION}} · {{ACTOR}}</p>
      {{#HAS_CHANGES}}
      <div class="mf-table-wrap" role="region" aria-label="{{T_history_changes_caption}}" tabindex="0">
        <table class="ds-table" data-size="sm">
          <caption class="ds-sr-only">{{T_history_changes_caption}}</caption>
          <thead><tr><th scope="col">{{T_history_field}}</th><th scope="col">{{T_history_before}}</th><th scope="col">{{T_history_after}}</th></tr></thead>
          <tbody>
            {{#CHANGE}}<tr><td>{{FIELD}}</td><td>{{OLD}}</td><td>{{NEW}}</td></tr>{{/CHANGE}}
          </tbody>
        </table>
      </div>
      {{/HAS_CHANGES}}
    </li>
    {{/ENTRY}}
  </ol>
  {{/HAS_ENTRIES}}
</section>
