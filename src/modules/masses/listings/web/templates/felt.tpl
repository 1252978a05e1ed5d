{{%AUTOESCAPE context="HTML"}}
{{#INPUT}}<div class="ds-field">
  <label class="ds-label" for="{{ID}}">{{LABEL}}</label>
  {{#HINT}}<p class="ds-paragraph" data-size="sm" data-field="description" id="{{ID}}-hjelp">{{TEXT}}</p>{{/HINT}}
  <input class="ds-input" id="{{ID}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}"{{#INPUTMODE}} inputmode="{{MODE}}"{{/INPUTMODE}}{{#AUTOCOMPLETE}} autocomplete="{{VALUE}}"{{/AUTOCOMPLETE}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>
  {{#ERROR}}<p class="ds-validation-message" data-color="danger" id="{{ID}}-feil">{{TEXT}}</p>{{/ERROR}}
</div>{{/INPUT}}
{{#TEXTAREA}}<div class="ds-field">
  <label class="ds-label" for="{{ID}}">{{LABEL}}</label>
  {{#HINT}}<p class="ds-paragraph" data-size="sm" data-field="description" id="{{ID}}-hjelp">{{TEXT}}</p>{{/HINT}}
  <textarea class="ds-input" id="{{ID}}" name="{{NAME}}" rows="{{ROWS}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE}}</textarea>
  {{#ERROR}}<p class="ds-validation-message" data-color="danger" id="{{ID}}-feil">{{TEXT}}</p>{{/ERROR}}
</div>{{/TEXTAREA}}
{{#SELECT}}<div class="ds-field">
  <label class="ds-label" for="{{ID}}">{{LABEL}}</label>
  {{#HINT}}<p class="ds-paragraph" data-size="sm" data-field="description" id="{{ID}}-hjelp">{{TEXT}}</p>{{/HINT}}
  <select class="ds-input" id="{{ID}}" name="{{NAME}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>
    {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
    {{/OPTION}}
  </select>
  {{#ERROR}}<p class="ds-validation-message" data-color="danger" id="{{ID}}-feil">{{TEXT}}</p>{{/ERROR}}
</div>{{/SELECT}}
{{#CHECKBOXES}}<fieldset class="ds-fieldset mf-stack" id="{{ID}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}>
  <legend class="ds-label">{{LABEL}}</legend>
  {{#HINT}}<p class="ds-paragraph" data-size="sm" data-field="description" id="{{ID}}-hjelp">{{TEXT}}</p>{{/HINT}}
  {{#BOX}}<div class="ds-field">
    <input class="ds-input" type="checkbox" id="{{BOX_ID}}" name="{{NAME}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label class="ds-label" for="{{BOX_ID}}">{{LABEL}}</label>
  </div>
  {{/BOX}}
  {{#ERROR}}<p class="ds-validation-message" data-color="danger" id="{{ID}}-feil">{{TEXT}}</p>{{/ERROR}}
</fieldset>{{/CHECKBOXES}}
