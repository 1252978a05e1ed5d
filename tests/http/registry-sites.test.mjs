// Issue 4 items 1, 2, 7 and 8 from outside: the open site list with filters and GeoJSON, public
// versus protected fields, creating sites and permits as a verified representative (and not as a
// pending member or anonymously), Norwegian field errors with nothing stored, and permit status.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client, DEMO, useSeededServer } from '../support/accounts.mjs';

const CONTRACTOR = '315500222'; // Sandvika Grunnarbeid AS (demo): representant is a verified representative
const QUARRY = '315500443'; // Lommedalen Pukkverk AS (demo): representant's org_admin request is pending

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture' } });

async function api(client, method, url, body, headers = {}) {
  const h = { accept: 'application/json', ...headers };
  if (body !== undefined) h['content-type'] = 'application/json';
  if (client?.csrf) h['x-csrf-token'] = client.csrf;
  const init = { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) };
  return client ? client.request(url, init) : fetch(`${live.server.baseUrl}${url}`, init);
}

function isoDate(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const newSite = (overrides = {}) => ({
  organisasjonsnummer: CONTRACTOR,
  kategori: 'deponi_inert',
  navn: 'Testdeponi Bærum',
  beskrivelse: 'Deponi for rene masser',
  adresse: 'Testveien 1, 1337 Sandvika',
  lat: 59.9021,
  lon: 10.5012,
  kommunenummer: '3201',
  fraksjonsgrupper: ['stein', 'jord'],
  kontakt: { navn: 'Petter Person', telefon: '+47 900 00 000', epost: 'petter@example.no' },
  kapasitet_kg_per_ar: 100_000_000,
  ledig_kapasitet_kg: 25_000_000,
  gebyr_ore_per_tonn: 9900,
  publiser_gebyr: false,
  ...overrides,
});

describe('anlegg og tillatelser', () => {
  let representant;

  before(async () => {
    representant = new Client(live.server.baseUrl);
    await representant.logIn(DEMO.representant);
  });

  test('uten innlogging finnes demoanlegg i Bærum, bare med offentlige felt', async () => {
    const response = await api(null, 'GET', '/api/v1/anlegg?kommune=3201&limit=200');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const body = await response.json();
    assert.ok(body.data.length >= 10, `bare ${body.data.length} anlegg i Bærum`);
    for (const site of body.data) {
      assert.equal(site.kommunenummer, '3201');
      assert.equal(site.kommune, 'Bærum');
      assert.equal(site.demo, true);
      assert.equal('kontakt' in site, false, 'kontaktperson er personopplysning');
      if (!site.publiser_gebyr) assert.equal('gebyr_ore_per_tonn' in site, false);
      assert.ok(['gyldig', 'utloper_snart', 'ikke_gyldig_enna', 'utlopt', 'mangler'].includes(site.tillatelse_status));
      assert.match(site.utm33.tekst, /\d/);
    }
    // Logged in: the contact person is there.
    const mine = await (await api(representant, 'GET', '/api/v1/anlegg?kommune=3201&limit=5')).json();
    assert.ok(mine.data.every((s) => typeof s.kontakt === 'object'));

    const page1 = await (await api(null, 'GET', '/api/v1/anlegg?limit=7')).json();
    assert.equal(page1.data.length, 7);
    const page2 = await (await api(null, 'GET', `/api/v1/anlegg?limit=7&cursor=${page1.neste}`)).json();
    assert.ok(page2.data[0].id > page1.data[6].id);

    // Sorted like the page, paged by position without repeats or gaps.
    const sortedAll = (await (await api(null, 'GET', '/api/v1/anlegg?sorter=navn&limit=200&kommune=3201')).json()).data;
    // The stored sort key is the case-folded name, compared by code point on both engines.
    const keys = sortedAll.map((s) => s.navn.toLowerCase());
    assert.ok(keys.length > 8);
    keys.slice(1).forEach((key, i) => assert.ok(keys[i] <= key, `${keys[i]} før ${key}`));
    const firstSorted = await (await api(null, 'GET', '/api/v1/anlegg?sorter=navn&limit=4&kommune=3201')).json();
    const secondSorted = await (await api(null, 'GET', `/api/v1/anlegg?sorter=navn&limit=4&kommune=3201&cursor=${firstSorted.neste}`)).json();
    assert.deepEqual([...firstSorted.data, ...secondSorted.data].map((s) => s.id), sortedAll.slice(0, 8).map((s) => s.id));
    const byCapacity = (await (await api(null, 'GET', '/api/v1/anlegg?sorter=ledig_kapasitet&limit=20')).json()).data
      .map((s) => s.ledig_kapasitet_kg ?? -1);
    assert.deepEqual(byCapacity, [...byCapacity].sort((a, b) => b - a));
    const badSort = await api(null, 'GET', `/api/v1/anlegg?sorter=pris&cursor=${page1.neste}`);
    assert.equal(badSort.status, 422);
    assert.deepEqual((await badSort.json()).errors.map((e) => e.field), ['sorter']);
    // A cursor of one kind of list is no cursor for the other.
    assert.equal((await api(null, 'GET', `/api/v1/anlegg?sorter=navn&cursor=${page1.neste}`)).status, 422);
    assert.equal((await api(null, 'GET', `/api/v1/anlegg?cursor=${firstSorted.neste}`)).status, 422);

    const bad = await api(null, 'GET', '/api/v1/anlegg?kommune=32&gyldig_dato=2026-02-30&kategori=slott&ukjent=1');
    assert.equal(bad.status, 422);
    const problem = await bad.json();
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['gyldig_dato', 'kategori', 'kommune', 'ukjent']);
  });

  test('GeoJSON er gyldig RFC 7946 med [lon, lat] og egenskapene kartet trenger', async () => {
    for (const [url, headers] of [
      ['/api/v1/anlegg?format=geojson&kommune=3201', {}],
      ['/api/v1/anlegg?kommune=3201', { accept: 'application/geo+json' }],
    ]) {
      const response = await api(null, 'GET', url, undefined, headers);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^application\/geo\+json/);
      const collection = await response.json();
      assert.equal(collection.type, 'FeatureCollection');
      assert.ok(collection.features.length > 0);
      for (const feature of collection.features) {
        assert.equal(feature.type, 'Feature');
        assert.equal(feature.geometry.type, 'Point');
        const [lon, lat] = feature.geometry.coordinates;
        assert.ok(lon > 10 && lon < 11.5, `lengdegrad ${lon} først`);
        assert.ok(lat > 59.5 && lat < 60.5, `breddegrad ${lat} sist`);
        assert.equal(feature.geometry.coordinates.length, 2);
        for (const key of ['navn', 'url', 'kategori', 'kategori_navn', 'status', 'status_navn']) {
          assert.equal(typeof feature.properties[key], 'string', key);
        }
        assert.match(feature.properties.url, /^\/anlegg\/[0-9a-f-]{36}$/);
        assert.equal('kontakt' in feature.properties, false);
      }
    }
  });

  test('uten innlogging 401, som ventende medlem 403, ugyldig innhold 422 og ingenting lagres', async () => {
    const anonymous = await api(null, 'POST', '/api/v1/anlegg', newSite());
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('content-type'), /^application\/problem\+json/);

    const pending = await api(representant, 'POST', '/api/v1/anlegg', newSite({ organisasjonsnummer: QUARRY }));
    assert.equal(pending.status, 403);

    const before = (await (await api(null, 'GET', '/api/v1/anlegg?q=testdeponi')).json()).data.length;
    const invalid = await api(representant, 'POST', '/api/v1/anlegg', newSite({
      navn: ' ', lat: 10.5, lon: 59.9, kommunenummer: '32', kategori: 'slott',
      fraksjonsgrupper: ['gull'], kontakt: { epost: 'ikke-en-adresse' }, ledig_kapasitet_kg: 'mye',
    }));
    assert.equal(invalid.status, 422);
    const problem = await invalid.json();
    const fields = Object.fromEntries(problem.errors.map((e) => [e.field, e.detail]));
    assert.match(fields.navn, /navnet/);
    assert.match(fields.lat, /ikke i Norge/);
    assert.match(fields.kommunenummer, /fire sifre/);
    assert.match(fields.kategori, /Ukjent type anlegg/);
    assert.match(fields.fraksjonsgrupper, /massetype/);
    assert.match(fields.kontakt_epost, /e-postadresse/);
    assert.match(fields.ledig_kapasitet_kg, /heltall/);
    const after = (await (await api(null, 'GET', '/api/v1/anlegg?q=testdeponi')).json()).data.length;
    assert.equal(after, before);

    const notJson = await representant.request('/api/v1/anlegg', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': representant.csrf }, body: '[1,2',
    });
    assert.equal(notJson.status, 400);
  });

  test('godkjent representant registrerer anlegg og tillatelse; utløpt tillatelse vises og filtreres', async () => {
    const created = await api(representant, 'POST', '/api/v1/anlegg', newSite());
    assert.equal(created.status, 201);
    const site = await created.json();
    assert.equal(created.headers.get('location'), `/api/v1/anlegg/${site.id}`);
    assert.equal(site.eier.organisasjonsnummer, CONTRACTOR);
    assert.equal(site.tillatelse_status, 'mangler');
    assert.equal(site.har_gyldig_tillatelse, false);
    assert.equal(site.kontakt.navn, 'Petter Person');

    const expiredPermit = await api(representant, 'POST', `/api/v1/anlegg/${site.id}/tillatelser`, {
      type: 'deponi', myndighet: 'Statsforvalteren i Oslo og Viken', referanse: '2019/123',
      gyldig_fra: '2019-01-01', gyldig_til: isoDate(-10), fraksjonsgrupper: ['stein'],
      hoyeste_tilstandsklasse: 'TK1', maks_mengde_kg_per_ar: 50_000_000,
    });
    assert.equal(expiredPermit.status, 201);
    const permit = await expiredPermit.json();
    assert.equal(permit.status, 'utlopt');
    assert.equal(permit.status_navn, 'Utløpt');

    const fetched = await (await api(null, 'GET', `/api/v1/anlegg/${site.id}`)).json();
    assert.equal(fetched.tillatelse_status, 'utlopt');
    assert.equal(fetched.tillatelser[0].status, 'utlopt');
    assert.equal('kontakt' in fetched, false);
    assert.equal('gebyr_ore_per_tonn' in fetched, false, 'upublisert gebyr er skjult');

    const validToday = await (await api(null, 'GET', `/api/v1/anlegg?q=testdeponi&gyldig_dato=${isoDate(0)}`)).json();
    assert.equal(validToday.data.length, 0);
    const validBefore = await (await api(null, 'GET', `/api/v1/anlegg?q=testdeponi&gyldig_dato=${isoDate(-20)}`)).json();
    assert.deepEqual(validBefore.data.map((s) => s.id), [site.id]);

    const html = await (await fetch(`${live.server.baseUrl}/anlegg?q=testdeponi`)).text();
    assert.match(html, /Mangler gyldig tillatelse<\/span><br><span class="ds-paragraph" data-size="sm">Utløpt/);
    const detail = await (await fetch(`${live.server.baseUrl}/anlegg/${site.id}`)).text();
    assert.match(detail, /Utløpt/);
    assert.match(detail, /Endringshistorikk/);
    assert.doesNotMatch(detail, /Petter Person/);

    const renewed = await api(representant, 'PUT', `/api/v1/anlegg/${site.id}/tillatelser/${permit.id}`, {
      type: 'deponi', myndighet: 'Statsforvalteren i Oslo og Viken', gyldig_fra: '2019-01-01', gyldig_til: null,
    });
    assert.equal(renewed.status, 200);
    assert.equal((await renewed.json()).status, 'gyldig');
    const changed = await api(representant, 'PUT', `/api/v1/anlegg/${site.id}`, newSite({ navn: 'Testdeponi Bærum vest' }));
    assert.equal(changed.status, 200);
    assert.equal((await changed.json()).tillatelse_status, 'gyldig');

    const history = await (await api(null, 'GET', `/api/v1/anlegg/${site.id}/historikk`)).json();
    assert.ok(history.data.length >= 4);
    const rename = history.data.flatMap((e) => e.endringer).find((c) => c.fra === 'Testdeponi Bærum');
    assert.equal(rename.til, 'Testdeponi Bærum vest');
    assert.equal(rename.felt, 'Navn');

    const list = await (await api(null, 'GET', `/api/v1/anlegg/${site.id}/tillatelser`)).json();
    assert.equal(list.data.length, 1);
    const missing = await api(null, 'GET', '/api/v1/anlegg/00000000-0000-7000-8000-000000000000');
    assert.equal(missing.status, 404);
    const junk = await api(null, 'GET', '/api/v1/anlegg/%27%3B--');
    assert.equal(junk.status, 404);
  });

  test('sidene: liste med filtre, kartvisning, detalj og skjema bak innlogging', async () => {
    const list = await fetch(`${live.server.baseUrl}/anlegg?kategori=deponi_inert&fraksjon=stein&gyldig_dato=${isoDate(0)}&sorter=ledig_kapasitet`);
    assert.equal(list.status, 200);
    const html = await list.text();
    assert.match(html, /anlegg funnet/);
    assert.match(html, /Deponi for inert avfall/);
    assert.match(html, /Demodata/);
    const map = await (await fetch(`${live.server.baseUrl}/anlegg?visning=kart&kommune=3201`)).text();
    assert.match(map, /class="mf-map"/);
    assert.match(map, /data-geojson-url="\/api\/v1\/anlegg\?format=geojson&amp;limit=200&amp;kommune=3201"/);
    assert.match(map, /Kart ikke tilgjengelig/);
    const empty = await (await fetch(`${live.server.baseUrl}/anlegg?q=finnesikke`)).text();
    assert.match(empty, /Ingen anlegg passer filtrene/);
    const form = await fetch(`${live.server.baseUrl}/anlegg/ny`, { redirect: 'manual' });
    assert.equal(form.status, 303);
    const { html: mine } = await representant.page('/anlegg/ny');
    assert.match(mine, /data-adressesok/);
    assert.match(mine, /Sandvika Grunnarbeid AS \(demo\)/);
    assert.doesNotMatch(mine, /Lommedalen Pukkverk/, 'ventende medlemskap gir ikke valg');

    const posted = await representant.post('/anlegg/ny', { organisasjonsnummer: CONTRACTOR, kategori: 'mellomlager', navn: '', lat: '', lon: '10,5', kommunenummer: '3201' });
    assert.equal(posted.status, 422);
    const again = await posted.text();
    assert.match(again, /Skriv inn navnet på anlegget/);
    assert.match(again, /Skriv inn breddegraden/);
  });
});
