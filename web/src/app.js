// Entry point of the shared front-end bundle. Pages work without JavaScript; this bundle only
// adds progressive enhancements. htmx is loaded as its own file (see the base layout).
import './app.css';

// Following the skip link normally moves focus to <main tabindex="-1">, but a page script that
// handles hash changes itself (the OpenAPI viewer does) can keep focus on the link. Focus the
// target explicitly; the browser's own jump to the fragment is left as it is.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.ds-skip-link') : null;
  const id = link?.getAttribute('href')?.slice(1);
  const target = id ? document.getElementById(id) : null;
  if (target) target.focus();
});
