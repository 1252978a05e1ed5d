// The registry's map: enhances every
//   <div class="mf-map" data-geojson-url="/api/v1/…?format=geojson" data-legend="kategori">
//     <p class="mf-map__fallback">Kart ikke tilgjengelig</p>
//   </div>
// with a Leaflet map over Kartverket's greyscale topographic tiles, clustered markers from OUR
// API (same origin; the browser talks to no third party except the tile cache), popups linking
// each record, and a legend of the categories present (shape, colour and text).
//
// Strict CSP (style-src 'self'): Leaflet positions elements through the CSSOM, which CSP allows,
// but any HTML string carrying a style="" attribute would be blocked. So every icon and popup is
// built from class names only, and all looks live in map.css.
//
// Degrades: the fallback text is in the HTML and stays visible until the map works; when the
// GeoJSON cannot be fetched or no tile ever loads, it is shown again. Nothing here blocks the
// rest of the page: every failure is caught.
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './map.css';

const TILE_URL =
  'https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png';
// CC BY 4.0: attribution is a licence condition (integrations.md §3).
const ATTRIBUTION = '© <a href="https://www.kartverket.no/">Kartverket</a>';
// Sandvika, when there is nothing to show.
const DEFAULT_CENTRE = [59.8909, 10.5278];
// Distinct shapes and colours; a category keeps its slot by its position among the sorted keys.
const SLOTS = 8;

function text(element, fallback) {
  return element?.textContent?.trim() || fallback;
}

function showFallback(container) {
  container.classList.remove('mf-map--ready');
  container.classList.add('mf-map--failed');
}

function sameOrigin(url) {
  try {
    return new URL(url, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

function popupContent(properties, legendKey) {
  const root = document.createElement('div');
  root.className = 'mf-map__popup';
  const title = document.createElement('p');
  title.className = 'mf-map__popup-title';
  const name = String(properties.navn ?? '');
  if (properties.url && sameOrigin(properties.url)) {
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = properties.url;
    link.textContent = name;
    title.append(link);
  } else {
    title.textContent = name;
  }
  root.append(title);
  const extra = [properties[`${legendKey}_navn`] ?? properties.kategori_navn, properties.status_navn];
  for (const value of extra) {
    if (value === undefined || value === null || value === '') continue;
    const line = document.createElement('p');
    line.className = 'mf-map__popup-line';
    line.textContent = String(value);
    root.append(line);
  }
  return root;
}

function categoriesOf(features, legendKey) {
  const labels = new Map();
  for (const feature of features) {
    const key = feature?.properties?.[legendKey];
    if (key === undefined || key === null || key === '') continue;
    const label = feature.properties[`${legendKey}_navn`] ?? String(key);
    if (!labels.has(String(key))) labels.set(String(key), String(label));
  }
  const keys = [...labels.keys()].sort((a, b) => a.localeCompare(b, 'nb'));
  const slots = new Map(keys.map((key, index) => [key, index % SLOTS]));
  return { labels, keys, slots };
}

function buildLegend(container, categories) {
  if (categories.keys.length === 0) return;
  const legend = document.createElement('div');
  legend.className = 'mf-map__legend';
  const heading = document.createElement('p');
  heading.className = 'mf-map__legend-title';
  heading.id = `${container.id || 'kart'}-tegnforklaring`;
  heading.textContent = container.dataset.legendTitle || 'Tegnforklaring';
  const list = document.createElement('ul');
  list.className = 'mf-map__legend-list';
  list.setAttribute('aria-labelledby', heading.id);
  for (const key of categories.keys) {
    const item = document.createElement('li');
    item.className = 'mf-map__legend-item';
    const swatch = document.createElement('span');
    swatch.className = `mf-map__symbol mf-map__symbol--${categories.slots.get(key)}`;
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, document.createTextNode(categories.labels.get(key)));
    list.append(item);
  }
  legend.append(heading, list);
  container.append(legend);
}

function markerFor(feature, categories, legendKey) {
  const coordinates = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
  if (!Array.isArray(coordinates) || coordinates.length < 2) return null;
  const [lon, lat] = coordinates;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const properties = feature.properties ?? {};
  const key = String(properties[legendKey] ?? '');
  const slot = categories.slots.has(key) ? categories.slots.get(key) : 'ukjent';
  const label = categories.labels.get(key);
  const icon = L.divIcon({
    className: `mf-map__marker mf-map__symbol mf-map__symbol--${slot}`,
    html: '',
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    popupAnchor: [0, -11],
  });
  const title = label ? `${properties.navn ?? ''} (${label})` : String(properties.navn ?? '');
  const marker = L.marker([lat, lon], { icon, title, keyboard: true, riseOnHover: true });
  marker.bindPopup(() => popupContent(properties, legendKey));
  return marker;
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  const element = document.createElement('span');
  element.className = 'mf-map__cluster-count';
  element.textContent = String(count);
  return L.divIcon({
    className: `mf-map__cluster mf-map__cluster--${size}`,
    html: element,
    iconSize: [40, 40],
  });
}

// Leaflet's own control texts are English; these are the Norwegian ones.
function localise(container) {
  for (const button of container.querySelectorAll('.leaflet-popup-close-button')) {
    button.setAttribute('aria-label', 'Lukk');
    button.title = 'Lukk';
  }
}

async function enhance(container) {
  const url = container.dataset.geojsonUrl;
  if (!url || !sameOrigin(url)) {
    showFallback(container);
    return;
  }
  const legendKey = container.dataset.legend || 'kategori';
  const canvas = document.createElement('div');
  canvas.className = 'mf-map__canvas';
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', container.dataset.label || 'Kart');
  container.append(canvas);

  const map = L.map(canvas, { zoomControl: false, scrollWheelZoom: false, keyboard: true });
  L.control.zoom({ zoomInTitle: 'Zoom inn', zoomOutTitle: 'Zoom ut' }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.setView(DEFAULT_CENTRE, 10);

  // "Tiles fail to load entirely": no tile loaded while some failed, once the first batch is done.
  let loaded = 0;
  let failed = 0;
  const tiles = L.tileLayer(TILE_URL, { maxZoom: 18, attribution: ATTRIBUTION, crossOrigin: false });
  tiles.on('tileload', () => {
    loaded += 1;
    container.classList.remove('mf-map--tiles-failed');
  });
  tiles.on('tileerror', () => {
    failed += 1;
  });
  tiles.on('load', () => {
    if (loaded === 0 && failed > 0) container.classList.add('mf-map--tiles-failed');
  });
  tiles.addTo(map);
  map.on('popupopen', () => localise(container));

  let collection;
  try {
    const response = await fetch(url, {
      headers: { Accept: 'application/geo+json' },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    collection = await response.json();
  } catch (error) {
    map.remove();
    canvas.remove();
    showFallback(container);
    return;
  }
  const features = Array.isArray(collection?.features) ? collection.features : [];
  const categories = categoriesOf(features, legendKey);
  const group = L.markerClusterGroup({
    iconCreateFunction: clusterIcon,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
  });
  for (const feature of features) {
    const marker = markerFor(feature, categories, legendKey);
    if (marker) group.addLayer(marker);
  }
  group.addTo(map);
  const bounds = group.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  buildLegend(container, categories);
  container.dataset.markers = String(group.getLayers().length);
  container.classList.add('mf-map--ready');
}

function start() {
  for (const container of document.querySelectorAll('.mf-map[data-geojson-url]')) {
    enhance(container).catch(() => showFallback(container));
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
