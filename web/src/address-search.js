// Address search for forms: enhances every <fieldset data-adressesok> that has an input named
// "adresse" into an ARIA 1.2 combobox (list autocomplete, aria-activedescendant). Suggestions come
// from OUR API (/api/v1/adresser, which asks Kartverket's address register); choosing one fills
// the fieldset's inputs adresse, lat, lon and kommunenummer. Without JavaScript the user types
// them; with it, typing still works: nothing is required from the list.
import './address-search.css';

const MIN_CHARS = 3;
const DEBOUNCE_MS = 300;
let counter = 0;

function field(fieldset, name) {
  return fieldset.querySelector(`[name="${name}"]`);
}

function label(address) {
  const place = [address.postnummer, address.poststed].filter(Boolean).join(' ');
  const parts = [address.adressetekst, place].filter(Boolean).join(', ');
  return address.kommunenavn ? `${parts} (${address.kommunenavn})` : parts;
}

function enhance(fieldset) {
  const input = field(fieldset, 'adresse');
  if (!input || input.getAttribute('role') === 'combobox') return;
  counter += 1;
  const id = `adressesok-${counter}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'mf-address';
  input.parentNode.insertBefore(wrapper, input);
  wrapper.append(input);

  const list = document.createElement('ul');
  list.id = `${id}-liste`;
  list.className = 'mf-address__list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Adresseforslag');
  list.hidden = true;
  wrapper.append(list);

  const hint = document.createElement('p');
  hint.id = `${id}-hjelp`;
  hint.className = 'ds-paragraph mf-address__hint';
  hint.dataset.size = 'sm';
  hint.textContent = 'Skriv minst tre tegn, og velg en adresse med piltastene og Enter.';
  const status = document.createElement('p');
  status.id = `${id}-status`;
  status.className = 'ds-paragraph mf-address__status';
  status.dataset.size = 'sm';
  status.setAttribute('role', 'status');
  wrapper.after(hint, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');
  const described = input.getAttribute('aria-describedby');
  input.setAttribute('aria-describedby', [described, hint.id].filter(Boolean).join(' '));

  let results = [];
  let active = -1;
  let timer = null;
  let request = 0;

  function setActive(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function open() {
    if (results.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function choose(index) {
    const address = results[index];
    if (!address) return;
    input.value = [address.adressetekst, [address.postnummer, address.poststed].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    const lat = field(fieldset, 'lat');
    const lon = field(fieldset, 'lon');
    const municipality = field(fieldset, 'kommunenummer');
    if (lat) lat.value = Number(address.lat).toFixed(6);
    if (lon) lon.value = Number(address.lon).toFixed(6);
    if (municipality) municipality.value = address.kommunenummer ?? '';
    close();
    status.textContent = `Valgt: ${label(address)}. Posisjon og kommunenummer er fylt ut.`;
  }

  function render() {
    list.replaceChildren();
    results.forEach((address, index) => {
      const option = document.createElement('li');
      option.id = `${id}-valg-${index}`;
      option.className = 'mf-address__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = label(address);
      // mousedown, not click: the input must not lose focus (and close the list) first.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(index);
      });
      list.append(option);
    });
    setActive(-1);
  }

  async function search(text) {
    const mine = ++request;
    try {
      const response = await fetch(`/api/v1/adresser?sok=${encodeURIComponent(text)}`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (mine !== request) return;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.json();
      if (mine !== request) return;
      results = Array.isArray(body.data) ? body.data : [];
      render();
      if (results.length === 0) {
        close();
        status.textContent = 'Ingen adresser funnet. Du kan skrive inn feltene selv.';
      } else {
        open();
        status.textContent =
          results.length === 1 ? '1 adresse funnet.' : `${results.length} adresser funnet.`;
      }
    } catch {
      if (mine !== request) return;
      results = [];
      render();
      close();
      status.textContent = 'Adressesøket er ikke tilgjengelig nå. Skriv inn feltene selv.';
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < MIN_CHARS) {
      request += 1;
      results = [];
      render();
      close();
      status.textContent = '';
      return;
    }
    timer = setTimeout(() => search(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (list.hidden) open();
        setActive(event.altKey ? active : (active + 1) % count);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (list.hidden) open();
        setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        // Only while choosing from the list; otherwise Enter submits the form as usual.
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', () => close());
}

function start() {
  for (const fieldset of document.querySelectorAll('fieldset[data-adressesok]')) {
    try {
      enhance(fieldset);
    } catch {
      // The fields keep working as plain inputs.
    }
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
