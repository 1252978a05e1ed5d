// Starts the self-hosted OpenAPI viewer (swagger-ui, loaded before this file) on the developer
// portal. Configuration comes from data attributes on the container so no inline script is
// needed under the strict CSP.
import './api-viewer.css';

function start() {
  const container = document.getElementById('api-referanse');
  if (!container || typeof window.SwaggerUIBundle !== 'function') return;
  const labels = container.dataset;

  window.SwaggerUIBundle({
    url: labels.spec,
    domNode: container,
    deepLinking: false,
    validatorUrl: null,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    displayRequestDuration: true,
    tryItOutEnabled: false,
    supportedSubmitMethods: ['get'],
    // Off: every bundled highlight theme colours some tokens (numbers in «agate») below the
    // 4.5:1 contrast WCAG 2.1 AA asks for; plain examples are readable for everyone.
    syntaxHighlight: { activated: false },
  });

  // swagger-ui leaves a few form controls without an accessible name; name them from the
  // Norwegian texts the page passes in, whenever the viewer re-renders.
  const nameControls = () => {
    const servers = container.querySelector('select#servers');
    if (servers && !servers.hasAttribute('aria-label')) {
      servers.setAttribute('aria-label', labels.serversLabel);
    }
    for (const select of container.querySelectorAll('select:not([aria-label]):not([id="servers"])')) {
      if (!select.labels || select.labels.length === 0) select.setAttribute('aria-label', labels.selectLabel);
    }
    // Long examples scroll inside their box; keyboard users must be able to reach and scroll it.
    for (const code of container.querySelectorAll('.microlight:not([tabindex])')) {
      code.setAttribute('tabindex', '0');
    }
  };
  new MutationObserver(nameControls).observe(container, { childList: true, subtree: true });
  nameControls();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
