{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="nb" data-color-scheme="light" data-size="md">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
{{#DESCRIPTION}}<meta name="description" content="{{TEXT}}">
{{/DESCRIPTION}}<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'>
<link rel="icon" href="{{FAVICON_URL}}" type="image/svg+xml">
{{#STYLE}}<link rel="stylesheet" href="{{URL}}">
{{/STYLE}}{{#SCRIPT}}<script src="{{URL}}" defer></script>
{{/SCRIPT}}</head>
<body>
<a class="ds-skip-link" href="#innhold">{{T_web_layout_skip}}</a>
<header class="mf-header">
  <div class="mf-container mf-header__inner">
    <a class="mf-brand" href="/">
      <svg class="mf-brand__mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
        <rect width="40" height="40" rx="8" fill="currentColor"/>
        <path d="M6 29 L15 15 L21 23 L25 18 L34 29 Z" fill="#fff"/>
        <circle cx="28" cy="11" r="3" fill="#fff"/>
      </svg>
      <span class="mf-brand__text">
        <span class="mf-brand__name">{{T_web_layout_service_name}}</span>
        <span class="mf-brand__tagline">{{T_web_layout_tagline}}</span>
      </span>
    </a>
    <button class="ds-button mf-nav-toggle" data-variant="secondary" data-size="sm" type="button" aria-expanded="false" aria-controls="hovedmeny" hidden>{{T_web_nav_menu}}</button>
    <nav class="mf-nav" id="hovedmeny" aria-label="{{T_web_nav_label}}">
      <ul class="mf-nav__list">
        {{#NAV_ITEM}}<li><a class="mf-nav__link" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
        {{/NAV_ITEM}}{{#SIGNED_IN}}<li class="mf-nav__person"><span class="ds-sr-only">{{T_web_account_signed_in_as}} </span>{{PERSON_NAME}}</li>
        <li><a class="mf-nav__link" href="/konto"{{#ACCOUNT_CURRENT}} aria-current="page"{{/ACCOUNT_CURRENT}}>{{T_web_account_link}}</a></li>
        <li><form class="mf-nav__form" method="post" action="/logg-ut"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button class="ds-button" data-variant="secondary" data-size="sm" type="submit">{{T_web_account_logout}}</button></form></li>
        {{/SIGNED_IN}}{{#SIGNED_OUT}}<li><a class="mf-nav__link" href="/logg-inn">{{T_web_account_login}}</a></li>
        {{/SIGNED_OUT}}
      </ul>
    </nav>
  </div>
</header>
<main id="innhold" class="mf-main" tabindex="-1">
{{CONTENT:none}}
</main>
<footer class="mf-footer">
  <div class="mf-container mf-footer__inner">
    <section aria-labelledby="bunn-om">
      <h2 id="bunn-om" class="ds-heading" data-size="2xs">{{T_web_footer_about_heading}}</h2>
      <p class="ds-paragraph" data-size="sm">{{T_web_footer_about}}</p>
    </section>
    <section aria-labelledby="bunn-kontakt">
      <h2 id="bunn-kontakt" class="ds-heading" data-size="2xs">{{T_web_footer_contact_heading}}</h2>
      <p class="ds-paragraph" data-size="sm">{{T_web_footer_contact_text}}</p>
      <p class="ds-paragraph" data-size="sm"><a class="ds-link" href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a></p>
    </section>
    <nav aria-labelledby="bunn-lenker">
      <h2 id="bunn-lenker" class="ds-heading" data-size="2xs">{{T_web_footer_links_heading}}</h2>
      <ul class="mf-footer__list ds-paragraph" data-size="sm">
        <li><a class="ds-link" href="/personvern">{{T_web_footer_privacy}}</a></li>
        <li><a class="ds-link" href="/tilgjengelighet">{{T_web_footer_accessibility}}</a></li>
        <li><a class="ds-link" href="/utviklere">{{T_web_footer_developers}}</a></li>
      </ul>
    </nav>
  </div>
</footer>
</body>
</html>
