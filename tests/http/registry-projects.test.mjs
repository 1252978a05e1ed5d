// Issue 4 item 3 (projects) from outside: the open list with filters in the URL, GeoJSON for the
// map (RFC 7946), public fields only for anonymous callers, registration by a verified
// representative of the developer, refusal for a pending member, and Norwegian field errors with
// nothing stored.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client, DEMO, useSeededServer } from '../support/accounts.mjs';

const CONTRACTOR = '315500222'; // Sandvika Grunnarbeid AS (demo): representant is a verified representative
const QUARRY = '315500443'; // Lommedalen Pukkverk AS (demo): representant's org_admin request is pending

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture' } });
// One login per account for the whole file: each TOTP step is accepted once per account.
let rep;
let tilsyn;

async function api(client, method, urlPath, body, headers = {}) {
  const all = { accept: 'application/json', ...headers };
  if (body !== undefined) all['content-type'] = 'application/json';
  if (client?.csrf) all['x-csrf-token'] = client.csrf;
  const init = { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) };
  return client ? client.request(urlPath, init) : fetch(`${live.server.baseUrl}${urlPath}`, init);
}

async function allProjects(query = '') {
  const response = await api(null, 'GET', `/api/v1/prosjekter?limit=200${query}`);
  assert.equal(response.status, 200);
  return (await response.json()).data;
}

function newProject(overrides = {}) {
  return {
    navn: 'Sandvika nord, kvartal 9 (test)',
    beskrivelse: 'Boliger med parkeringskjeller.',
    byggherre: CONTRACTOR,
    entreprenorer: ['315700086'],
    fase: 'regulering',
    oppstart: '2030-05',
    oppstart_usikker: true,
    slutt: '2032',
    lat: 59.8935,
    lon: 10.5245,
    adresse: 'Sandviksveien 1',
    kommunenummer: '3201',
    offentlig_byggherre: false,
    kontakt: { navn: 'Rune Representant', epost: 'rune@example.no', telefon: '+47 400 00 000' },
    lenker: [{ url: 'https://www.baerum.kommune.no/plan', tittel: 'Reguleringsplan' }],
    omrade: {
      type: 'Polygon',
      coordinates: [[[10.52, 59.89], [10.53, 59.89], [10.53, 59.9], [10.52, 59.89]]],
    },
    ...overrides,
  };
}

function assertValidFeatureCollection(collection) {
  assert.equal(collection.type, 'FeatureCollection');
  assert.ok(Array.isArray(collection.features));
  for (const feature of collection.features) {
    assert.equal(feature.type, 'Feature');
    assert.ok(['string', 'number'].includes(typeof feature.id));
    assert.equal(feature.geometry.type, 'Point');
    const [lon, lat, ...rest] = feature.geometry.coordinates;
    assert.equal(rest.length, 0);
    // RFC 7946 §3.1.1: longitude first; every demo project lies in south-eastern Norway.
    assert.ok(lon > 4 && lon < 31.5 && lat > 57.5 && lat < 71.5, JSON.stringify(feature.geometry));
    assert.equal(typeof feature.properties.navn, 'string');
    assert.match(feature.properties.url, /^\/prosjekter\/[0-9a-f-]+$/);
    assert.ok(['ide', 'planlegging', 'regulering', 'prosjektering', 'bygging', 'ferdig'].includes(feature.properties.kategori));
    assert.equal(typeof feature.properties.kategori_navn, 'string');
    assert.ok(!('kontakt' in feature.properties));
  }
}

describe('prosjekter', () => {
  before(async () => {
    rep = new Client(live.server.baseUrl);
    await rep.logIn(DEMO.representant);
    tilsyn = new Client(live.server.baseUrl);
    await tilsyn.logIn(DEMO.tilsyn);
  });

  test('anonyme ser bare offentlige felt, med de virkelige prosjektene og kildene', async () => {
    const projects = await allProjects();
    assert.ok(projects.length >= 15, `${projects.length} prosjekter`);
    for (const p of projects) assert.ok(!('kontakt' in p), `${p.navn} viser kontakt`);
    const names = projects.map((p) => p.navn);
    for (const real of ['Fornebubanen', 'E18 Lysaker–Ramstadsletta', 'Ringeriksbanen', 'Ny vannforsyning Oslo']) {
      assert.ok(names.some((n) => n.startsWith(real)), `${real} mangler: ${names.join(', ')}`);
    }
    const fornebu = projects.find((p) => p.navn === 'Fornebubanen');
    assert.match(fornebu.beskrivelse, /600 000 m³/);
    assert.match(fornebu.kilde, /bygg\.no/);
    assert.match(fornebu.kilde, /stedfortreder/);
    assert.equal(fornebu.demo, true);
    assert.equal(fornebu.byggherre.url, `/organisasjoner/${fornebu.byggherre.organisasjonsnummer}`);
    const phases = new Set(projects.map((p) => p.fase));
    assert.equal(phases.size, 6, [...phases].join(', '));
    assert.ok(projects.some((p) => p.oppstart_usikker && p.oppstart && Number(p.oppstart.slice(0, 4)) >= 2030));

    const one = await api(null, 'GET', `/api/v1/prosjekter/${fornebu.id}`);
    assert.equal(one.status, 200);
    assert.ok(!('kontakt' in (await one.json())));
    assert.equal((await api(null, 'GET', '/api/v1/prosjekter/finnes-ikke')).status, 404);
  });

  test('filtrene gjelder liste og GeoJSON likt: fase, kommune, oppstart i en periode, utbygger', async () => {
    const baerum = await allProjects('&kommunenummer=3201');
    assert.ok(baerum.length > 3 && baerum.every((p) => p.kommunenummer === '3201'));
    const building = await allProjects('&fase=bygging');
    assert.ok(building.length >= 2 && building.every((p) => p.fase === 'bygging'));

    const period = await allProjects('&start_fra=2027&start_til=2028-12');
    assert.ok(period.length >= 2);
    for (const p of period) {
      assert.ok(p.oppstart >= '2027' && p.oppstart.slice(0, 7) <= '2028-12', `${p.navn}: ${p.oppstart}`);
    }
    const openEnded = await allProjects('&start_fra=2030');
    assert.ok(openEnded.length >= 2 && openEnded.every((p) => p.oppstart >= '2030'));
    const untilOnly = await allProjects('&start_til=2021');
    assert.ok(untilOnly.every((p) => p.oppstart <= '2021-12-31'));

    const publicOnes = await allProjects('&utbygger=offentlig');
    assert.ok(publicOnes.length >= 4 && publicOnes.every((p) => p.offentlig_byggherre));

    const geo = await api(null, 'GET', '/api/v1/prosjekter?format=geojson&kommunenummer=3201');
    assert.equal(geo.status, 200);
    assert.match(geo.headers.get('content-type'), /^application\/geo\+json/);
    const collection = await geo.json();
    assertValidFeatureCollection(collection);
    assert.equal(collection.features.length, baerum.length);

    const accept = await api(null, 'GET', '/api/v1/prosjekter?fase=bygging', undefined, {
      accept: 'application/geo+json',
    });
    assert.match(accept.headers.get('content-type'), /^application\/geo\+json/);
    const byAccept = await accept.json();
    assertValidFeatureCollection(byAccept);
    assert.equal(byAccept.features.length, building.length);

    const bad = await api(null, 'GET', '/api/v1/prosjekter?fase=snart&start_fra=i%20fjor&kommunenummer=32&hemmelig=1');
    assert.equal(bad.status, 422);
    assert.match(bad.headers.get('content-type'), /application\/problem\+json/);
    const problem = await bad.json();
    const fields = problem.errors.map((e) => e.field).sort();
    assert.deepEqual(fields, ['fase', 'hemmelig', 'kommunenummer', 'start_fra']);
    assert.ok(problem.errors.find((e) => e.field === 'start_fra').detail.startsWith('Skriv et år'));
  });

  test('pagineres med markør uten å gjenta eller hoppe over', async () => {
    const seen = [];
    let cursor = null;
    for (let i = 0; i < 20; i += 1) {
      const page = await (await api(null, 'GET', `/api/v1/prosjekter?limit=4${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.data.map((p) => p.id));
      cursor = page.neste;
      if (!cursor) break;
    }
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.length, (await allProjects()).length);

    // Sorted like the page (earliest start first, projects without a start last), by position.
    const sorted = [];
    cursor = null;
    for (let i = 0; i < 20; i += 1) {
      const page = await (await api(null, 'GET', `/api/v1/prosjekter?sorter=oppstart&limit=5${cursor ? `&cursor=${cursor}` : ''}`)).json();
      sorted.push(...page.data);
      cursor = page.neste;
      if (!cursor) break;
    }
    assert.deepEqual(sorted.map((p) => p.id).sort(), [...seen].sort());
    const starts = sorted.map((p) => p.oppstart);
    const firstMissing = starts.findIndex((s) => s === null);
    assert.ok(firstMissing === -1 || starts.slice(firstMissing).every((s) => s === null), 'uten oppstart sist');
    const known = starts.filter((s) => s !== null);
    known.slice(1).forEach((start, i) => assert.ok(known[i].slice(0, 4) <= start.slice(0, 4), `${known[i]} før ${start}`));
    assert.equal((await api(null, 'GET', '/api/v1/prosjekter?sorter=pris')).status, 422);
    assert.equal((await api(null, 'GET', '/api/v1/prosjekter?cursor=bm90LWEtY3Vyc29y')).status, 422);
  });

  test('en godkjent representant registrerer et prosjekt; historikken viser det', async () => {
    const client = rep;
    const created = await api(client, 'POST', '/api/v1/prosjekter', newProject());
    assert.equal(created.status, 201, await created.clone().text());
    const project = await created.json();
    assert.equal(created.headers.get('location'), `/api/v1/prosjekter/${project.id}`);
    assert.equal(project.byggherre.organisasjonsnummer, CONTRACTOR);
    assert.equal(project.entreprenorer[0].organisasjonsnummer, '315700086');
    assert.equal(project.kommunenavn, 'Bærum');
    assert.equal(project.kontakt.epost, 'rune@example.no');
    assert.equal(project.omrade.type, 'Polygon');
    assert.equal(project.oppstart, '2030-05');

    const anonymous = await (await api(null, 'GET', `/api/v1/prosjekter/${project.id}`)).json();
    assert.ok(!('kontakt' in anonymous));
    const loggedIn = await (await api(client, 'GET', `/api/v1/prosjekter/${project.id}`)).json();
    assert.equal(loggedIn.kontakt.navn, 'Rune Representant');

    const changed = await api(client, 'PUT', `/api/v1/prosjekter/${project.id}`, newProject({ fase: 'prosjektering' }));
    assert.equal(changed.status, 200);
    const history = await (await api(null, 'GET', `/api/v1/prosjekter/${project.id}/historikk`)).json();
    assert.deepEqual(history.data.map((e) => e.handling), ['updated', 'created']);
    assert.deepEqual(history.data[0].endringer, [{ felt: 'Fase', fra: 'Regulering', til: 'Prosjektering' }]);

    const detail = await client.get(`/prosjekter/${project.id}`);
    const html = await detail.text();
    assert.match(html, /Sandvika nord, kvartal 9/);
    assert.match(html, /ca\. mai 2030/);
    assert.match(html, /href="\/organisasjoner\/315500222"/);
    assert.match(html, /rune@example\.no/);
    assert.match(html, /Endre prosjektet/);
    const anonymousPage = await (await fetch(`${live.server.baseUrl}/prosjekter/${project.id}`)).text();
    assert.ok(!anonymousPage.includes('rune@example.no'));
    assert.match(anonymousPage, /Logg inn for å se kontaktperson/);
  });

  test('ventende medlem og tilsyn får 403, anonyme 401, og ingenting lagres', async () => {
    const before = (await allProjects()).length;
    const client = rep;
    const pending = await api(client, 'POST', '/api/v1/prosjekter', newProject({ byggherre: QUARRY, navn: 'Ventende' }));
    assert.equal(pending.status, 403);
    assert.equal((await api(tilsyn, 'POST', '/api/v1/prosjekter', newProject({ navn: 'Tilsyn' }))).status, 403);
    assert.equal((await api(null, 'POST', '/api/v1/prosjekter', newProject())).status, 401);
    const form = await client.page('/prosjekter/ny');
    assert.equal(form.response.status, 200);
    const refused = await client.post('/prosjekter/ny', { ...flatForm(newProject({ navn: 'Ventende skjema' })), byggherre: QUARRY });
    assert.equal(refused.status, 403);
    assert.equal((await tilsyn.get('/prosjekter/ny')).status, 403);
    assert.equal((await allProjects()).length, before);
  });

  test('godkjenninger for massehåndtering: åpne å lese, bare byggherren endrer, feil gir norske meldinger', async () => {
    const created = await api(rep, 'POST', '/api/v1/prosjekter', newProject({ navn: 'Prosjekt med godkjenninger (test)' }));
    assert.equal(created.status, 201);
    const project = await created.json();
    const base = `/api/v1/prosjekter/${project.id}/godkjenninger`;
    assert.deepEqual((await (await api(null, 'GET', base)).json()).data, []);

    const plan = { type: 'reguleringsplan', myndighet: 'Bærum kommune', referanse: '2019/101', gyldig_fra: '2020-06-01' };
    const added = await api(rep, 'POST', base, plan);
    assert.equal(added.status, 201, await added.clone().text());
    const approval = await added.json();
    assert.equal(added.headers.get('location'), `${base}/${approval.id}`);
    assert.equal(approval.status, 'gjeldende');
    assert.equal(approval.gyldig_til, null);
    assert.equal(approval.type_navn, 'Vedtatt reguleringsplan (plan- og bygningsloven)');

    // An expired one shows as expired, in the API and on the open project page.
    const expired = await api(rep, 'POST', base, {
      type: 'tiltaksplan', myndighet: 'Bærum kommune', gyldig_fra: '2019-01-01', gyldig_til: '2020-12-31',
    });
    assert.equal((await expired.json()).status, 'utlopt');
    const page = await (await fetch(`${live.server.baseUrl}/prosjekter/${project.id}`)).text();
    assert.match(page, /Godkjenninger for massehåndtering/);
    assert.match(page, /Godkjent tiltaksplan for forurenset grunn/);
    assert.match(page, /data-color="danger">Utløpt<\/span>/);
    assert.match(page, /data-color="success">Gjeldende<\/span>/);
    assert.doesNotMatch(page, /godkjenninger\/ny/, 'anonyme får ingen lenke for å legge til');

    const bad = await api(rep, 'POST', base, { type: 'slott', gyldig_fra: '2020-02-30', gyldig_til: '2019-01-01' });
    assert.equal(bad.status, 422);
    const problem = await bad.json();
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['gyldig_fra', 'myndighet', 'type']);
    assert.ok(problem.errors.every((e) => /[a-zæøå]/i.test(e.detail)));
    assert.equal((await api(rep, 'POST', base, '[]')).status, 400);
    assert.equal((await api(tilsyn, 'POST', base, plan)).status, 403);
    assert.equal((await api(null, 'POST', base, plan)).status, 401);
    assert.equal((await api(tilsyn, 'PUT', `${base}/${approval.id}`, plan)).status, 403);
    assert.equal((await api(rep, 'PUT', `${base}/00000000-0000-7000-8000-000000000000`, plan)).status, 404);
    assert.equal((await api(null, 'GET', '/api/v1/prosjekter/finnes-ikke/godkjenninger')).status, 404);
    assert.equal((await (await api(null, 'GET', base)).json()).data.length, 2);

    const renewed = await api(rep, 'PUT', `${base}/${approval.id}`, { ...plan, gyldig_til: '2035-12-31' });
    assert.equal(renewed.status, 200);
    assert.equal((await renewed.json()).gyldig_til, '2035-12-31');
    const history = await (await api(null, 'GET', `/api/v1/prosjekter/${project.id}/historikk`)).json();
    const changes = history.data.flatMap((e) => e.endringer).filter((c) => c.felt === 'Godkjenning for massehåndtering');
    assert.equal(changes.length, 3);
    assert.ok(changes.some((c) => c.fra?.includes('uten sluttdato') && c.til?.includes('31.12.2035')));

    // The page form: errors at the fields, then saved and shown.
    const form = await rep.page(`/prosjekter/${project.id}/godkjenninger/ny`);
    assert.equal(form.response.status, 200);
    const refused = await rep.post(`/prosjekter/${project.id}/godkjenninger/ny`, { type: 'tiltaksplan', myndighet: '', gyldig_fra: '' });
    assert.equal(refused.status, 422);
    const refusedHtml = await refused.text();
    assert.match(refusedHtml, /Skriv hvem som har gitt godkjenningen\./);
    assert.match(refusedHtml, /id="myndighet"[^>]*aria-invalid="true"/);
    assert.match(refusedHtml, /<option value="tiltaksplan" selected>/);
    const saved = await rep.post(`/prosjekter/${project.id}/godkjenninger/ny`, {
      type: 'forurensningsloven', myndighet: 'Statsforvalteren i Oslo og Viken', gyldig_fra: '2026-01-01', gyldig_til: '',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `/prosjekter/${project.id}?godkjenning_lagret=1#godkjenninger`);
    assert.equal((await (await api(null, 'GET', base)).json()).data.length, 3);
    assert.equal((await tilsyn.get(`/prosjekter/${project.id}/godkjenninger/ny`)).status, 403);
  });

  test('feil i feltene gir norske meldinger ved feltet, og ingenting lagres', async () => {
    const before = (await allProjects()).length;
    const client = rep;
    const bad = await api(client, 'POST', '/api/v1/prosjekter',
      newProject({ navn: '', fase: 'snart', oppstart: '2031-13', lat: 10.5, lon: 59.9, kommunenummer: '32' }));
    assert.equal(bad.status, 422);
    const problem = await bad.json();
    const byField = Object.fromEntries(problem.errors.map((e) => [e.field, e.detail]));
    assert.equal(byField.navn, 'Skriv inn prosjektets navn.');
    assert.match(byField.fase, /^Velg en fase/);
    assert.match(byField.oppstart, /^Skriv året/);
    assert.match(byField.lat, /i Norge/);
    assert.match(byField.kommunenummer, /fire sifre/);
    assert.equal((await api(client, 'POST', '/api/v1/prosjekter', '{"navn": 5}')).status, 400);

    await client.page('/prosjekter/ny');
    const form = await client.post('/prosjekter/ny', { ...flatForm(newProject()), navn: '', slutt: '2029' });
    assert.equal(form.status, 422);
    const html = await form.text();
    assert.match(html, /id="navn-feil">Skriv inn prosjektets navn\./);
    assert.match(html, /id="slutt-feil">Ferdigstillelsen kan ikke være før oppstarten\./);
    assert.match(html, /aria-invalid="true"/);
    assert.match(html, /value="Sandviksveien 1"/); // what was typed is kept
    assert.equal((await allProjects()).length, before);
  });

  test('listesiden har filtre i adressen, sortering, sider og kartvisning', async () => {
    const page = await fetch(`${live.server.baseUrl}/prosjekter?fase=bygging&kommunenummer=3201&sorter=oppstart`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<option value="bygging" selected>/);
    assert.match(html, /<option value="oppstart" selected>/);
    assert.match(html, /Fornebubanen/);
    assert.ok(!html.includes('Kolsås sentrum'));
    const map = await (await fetch(`${live.server.baseUrl}/prosjekter?fase=bygging&visning=kart`)).text();
    assert.match(map, /class="mf-map" id="prosjektkart" data-geojson-url="\/api\/v1\/prosjekter\?format=geojson&amp;fase=bygging"/);
    assert.match(map, /class="ds-paragraph mf-map__fallback">Kart ikke tilgjengelig/);
    assert.match(map, /<script src="\/static\/map-[A-Z0-9]+\.js" defer><\/script>/);
    const empty = await (await fetch(`${live.server.baseUrl}/prosjekter?q=finnes-ikke-noe-sted`)).text();
    assert.match(empty, /Ingen prosjekter passer med filtrene/);
    const invalid = await fetch(`${live.server.baseUrl}/prosjekter?start_fra=snart`);
    assert.equal(invalid.status, 200);
    assert.match(await invalid.text(), /id="start_fra-feil">Skriv et år/);
    const total = (await allProjects()).length;
    assert.match(html.replace(/\s+/g, ' '), /\d+ prosjekter/);
    const all = await (await fetch(`${live.server.baseUrl}/prosjekter`)).text();
    assert.ok(all.includes(`${total} prosjekter`), `${total} prosjekter`);
    const beyond = await (await fetch(`${live.server.baseUrl}/prosjekter?side=99`)).text();
    assert.match(beyond, /Ingen prosjekter passer|Side 99 av/);
  });
});

function flatForm(p) {
  return {
    navn: p.navn,
    beskrivelse: p.beskrivelse,
    byggherre: p.byggherre,
    entreprenorer: p.entreprenorer.join('\n'),
    fase: p.fase,
    oppstart: p.oppstart,
    oppstart_usikker: p.oppstart_usikker ? 'ja' : '',
    slutt: p.slutt,
    lat: String(p.lat),
    lon: String(p.lon),
    adresse: p.adresse,
    kommunenummer: p.kommunenummer,
    kontakt_navn: p.kontakt.navn,
    kontakt_epost: p.kontakt.epost,
    lenker: p.lenker.map((l) => `${l.url} ${l.tittel}`).join('\n'),
  };
}
