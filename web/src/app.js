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

// On narrow screens the main menu folds behind a «Meny» button. Without JavaScript the button
// stays hidden and the menu is simply shown in full, so nothing depends on this script.
const menuButton = document.querySelector('.mf-nav-toggle');
const menu = document.getElementById('hovedmeny');
if (menuButton && menu) {
  document.documentElement.classList.add('mf-js');
  menuButton.hidden = false;
  const setOpen = (open) => {
    menuButton.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('mf-nav--open', open);
  };
  menuButton.addEventListener('click', () => {
    setOpen(menuButton.getAttribute('aria-expanded') !== 'true');
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menuButton.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      menuButton.focus();
    }
  });
}
