{{%AUTOESCAPE context="HTML"}}
<dl class="mf-facts ds-paragraph">
  <dt>{{T_organisations_detail_number}}</dt><dd>{{NUMBER_FORMATTED}}</dd>
  {{#FORM}}<dt>{{T_organisations_detail_form}}</dt><dd>{{TEXT}}</dd>{{/FORM}}
  {{#ADDRESS}}<dt>{{T_organisations_detail_address}}</dt><dd>{{TEXT}}</dd>{{/ADDRESS}}
  {{#MUNICIPALITY}}<dt>{{T_organisations_detail_municipality}}</dt><dd>{{TEXT}}</dd>{{/MUNICIPALITY}}
  {{#NACE_LIST}}<dt>{{T_organisations_detail_nace}}</dt><dd><ul class="ds-list">{{#NACE}}<li>{{CODE}} {{DESCRIPTION}}</li>{{/NACE}}</ul></dd>{{/NACE_LIST}}
  {{#PARENT}}<dt>{{T_organisations_detail_parent}}</dt><dd>{{TEXT}}</dd>{{/PARENT}}
  <dt>{{T_organisations_detail_status}}</dt><dd><span class="ds-tag" data-color="{{STATUS_COLOR}}">{{STATUS}}</span> {{STATUS_REASON}}</dd>
  {{#FETCHED}}<dt>{{T_organisations_detail_fetched}}</dt><dd>{{TEXT}}</dd>{{/FETCHED}}
</dl>
