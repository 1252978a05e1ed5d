// Issue 5 items 2, 3, 4, 6 and 8 from outside: publishing a surplus with computed units and the
// factors used, drafts hidden from the public, who may write (anonymous 401, pending member 403),
// Norwegian field errors with nothing stored, distance and period search, and the open CSV and
// GeoJSON downloads.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client, DEMO, apiClientToken, useSeededServer } from '../support/accounts.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre is its verified admin

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

const surplus = (overrides = {}) => ({
  organisasjon: CONTRACTOR,
  type: 'overskudd',
  tittel: 'Testoverskudd sprengstein Sandvika',
  beskrivelse: 'Ren sprengstein fra byggegrop',
  fraksjon: 'sprengstein',
  enhet: 'm3',
  mengde: 10000,
  volumtilstand: 'fast',
  periode_fra: '2027-04-01',
  periode_til: '2027-06-30',
  pris_type: 'gratis',
  lat: 59.8890,
  lon: 10.5230,
  kommunenummer: '3201',
  stedsnavn: 'Sandvika testtomt',
  ...overrides,
});

describe('overskudd, behov og kapasitet', () => {
  let representant;

  before(async () => {
    representant = new Client(live.server.baseUrl);
    await representant.logIn(DEMO.representant);
  });

  test('demodata: åpne oppføringer uten innlogging, med Fornebubanen og DSA-deponiet', async () => {
    const response = await api(null, 'GET', '/api/v1/masser?limit=200');
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.ok(body.data.length >= 15, `bare ${body.data.length} oppføringer`);
    assert.ok(body.data.some((l) => l.sted.prosjekt?.navn === 'Fornebubanen' && l.type === 'overskudd'));
    assert.ok(body.data.every((l) => ['publisert', 'delvis_reservert'].includes(l.status)));
    assert.ok(body.data.every((l) => !('kontakt' in l)));
    const alum = await (await api(null, 'GET', '/api/v1/masser?type=kapasitet&fraksjon=alunskifer')).json();
    assert.ok(alum.data.length >= 1, 'DSA-deponiet har kapasitet for alunskifer');
    for (const l of alum.data) assert.ok(l.sted.anlegg, 'kapasitet for alunskifer er ved et anlegg');
    const phased = await (await api(null, 'GET', `/api/v1/masser/${body.data.find((l) => l.sted.prosjekt?.navn === 'Fornebubanen').id}`)).json();
    assert.ok(phased.faser.length > 4, 'Fornebubanen har kvartalsvis faseplan');
    assert.equal(phased.faser.reduce((sum, p) => sum + p.kg, 0), phased.mengde.kg);
  });

  test('publisert overskudd på 10 000 m³ pfm³ sprengstein viser tonn og løse m³ med faktorene', async () => {
    const created = await api(representant, 'POST', '/api/v1/masser', surplus({ publiser: true }));
    assert.equal(created.status, 201, await created.clone().text());
    const listing = await created.json();
    assert.equal(created.headers.get('location'), `/api/v1/masser/${listing.id}`);
    assert.equal(listing.status, 'publisert');
    const { mengde } = listing;
    assert.deepEqual(mengde.oppgitt, { enhet: 'm3', verdi: 10000, volumtilstand: 'fast', tekst: mengde.oppgitt.tekst });
    assert.equal(mengde.fast_m3, 10000);
    const f = mengde.faktorer;
    assert.ok(f.densitet_kg_per_m3 > 2000 && f.densitet_kg_per_m3 < 3200);
    assert.equal(mengde.kg, 10000 * f.densitet_kg_per_m3);
    assert.equal(mengde.tonn, 10 * f.densitet_kg_per_m3);
    assert.equal(mengde.los_m3, 10000 * f.svellfaktor);
    assert.ok(f.svellfaktor > 1.2);
    assert.ok(f.kilde.length > 5);
    assert.equal(f.egne, false);
    assert.deepEqual(mengde.estimat.sort(), ['anbrakt_m3', 'los_m3', 'tonn']);
    assert.equal(listing.gjenstaende_kg, mengde.kg);

    // Open to anyone, page and API alike.
    const open = await api(null, 'GET', `/api/v1/masser/${listing.id}`);
    assert.equal(open.status, 200);
    const page = await fetch(`${live.server.baseUrl}/masser/${listing.id}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Testoverskudd sprengstein Sandvika/);
    assert.match(html, /estimat/);

    // Reserve part of it: status and remaining follow; history records it.
    const reserved = await api(representant, 'PATCH', `/api/v1/masser/${listing.id}`, { reservert_kg: 1000000 });
    assert.equal(reserved.status, 200);
    const r = await reserved.json();
    assert.equal(r.status, 'delvis_reservert');
    assert.equal(r.gjenstaende_kg, mengde.kg - 1000000);
    const history = await (await api(null, 'GET', `/api/v1/masser/${listing.id}/historikk`)).json();
    assert.deepEqual(history.data.map((e) => e.handling), ['reserved', 'created']);
    // The open history names the organisation acted for, never the person.
    assert.ok(history.data.every((e) => e.utfort_for === 'Sandvika Grunnarbeid AS (demo)'), JSON.stringify(history.data));
    assert.doesNotMatch(await (await fetch(`${live.server.baseUrl}/masser/${listing.id}`)).text(), new RegExp(DEMO.representant.name));
  });

  test('behov 8 km unna i samme kvartal rangeres før et lenger unna', async () => {
    const near = await (await api(representant, 'POST', '/api/v1/masser', surplus({
      type: 'behov', tittel: 'Testbehov nær', lat: 59.9300, lon: 10.4850, publiser: true,
    }))).json();
    const far = await (await api(representant, 'POST', '/api/v1/masser', surplus({
      type: 'behov', tittel: 'Testbehov fjern', lat: 59.9700, lon: 10.3000, periode_fra: '2027-05-01', periode_til: '2027-09-30', publiser: true,
    }))).json();
    const url = '/api/v1/masser?type=behov&fraksjon=sprengstein&fra=2027-04-01&til=2027-06-30&lat=59.8960&lon=10.6180&radius_km=30&q=testbehov';
    const body = await (await api(null, 'GET', url)).json();
    assert.deepEqual(body.data.map((l) => l.id), [near.id, far.id]);
    assert.ok(body.data[0].avstand_m > 7000 && body.data[0].avstand_m < 9000, `${body.data[0].avstand_m}`);
    assert.ok(body.data[1].avstand_m > 18000);
    const outside = await (await api(null, 'GET', url.replace('fra=2027-04-01&til=2027-06-30', 'fra=2028-01-01&til=2028-03-31'))).json();
    assert.equal(outside.data.length, 0);
    const range = await (await api(null, 'GET', '/api/v1/masser?q=testbehov&min_tonn=1000000')).json();
    assert.equal(range.data.length, 0);
  });

  test('et mottak uten gyldig tillatelse vises slik i listen, på oppføringen og i API-et', async () => {
    const site = await (await api(representant, 'POST', '/api/v1/anlegg', {
      organisasjonsnummer: CONTRACTOR, kategori: 'massemottak', navn: 'Mottak uten tillatelse',
      lat: 59.901, lon: 10.52, kommunenummer: '3201', fraksjonsgrupper: ['stein'],
    })).json();
    const created = await api(representant, 'POST', '/api/v1/masser', surplus({
      type: 'kapasitet', tittel: 'Kapasitet ved mottak uten tillatelse', anlegg_id: site.id,
      lat: undefined, lon: undefined, kommunenummer: undefined, stedsnavn: undefined, publiser: true,
    }));
    assert.equal(created.status, 201, await created.clone().text());
    const listing = await created.json();
    assert.equal(listing.sted.anlegg.tillatelse_status, 'mangler');
    const page = await (await fetch(`${live.server.baseUrl}/masser/${listing.id}`)).text();
    assert.match(page, /Anlegg: Mottak uten tillatelse<\/a> <span class="ds-tag" data-color="danger">Mangler gyldig tillatelse<\/span>/);
    const list = await (await fetch(`${live.server.baseUrl}/masser?tekst=${encodeURIComponent('uten tillatelse')}`)).text();
    assert.match(list, /Kapasitet ved mottak uten tillatelse/);
    assert.match(list, /data-color="danger">Mangler gyldig tillatelse/);

    // A permit valid today changes what the market shows, with nothing else touched.
    const permit = await api(representant, 'POST', `/api/v1/anlegg/${site.id}/tillatelser`, {
      type: 'forurensningsloven', myndighet: 'Statsforvalteren i Oslo og Viken', gyldig_fra: '2020-01-01', gyldig_til: null,
    });
    assert.equal(permit.status, 201);
    const after = await (await api(null, 'GET', `/api/v1/masser/${listing.id}`)).json();
    assert.equal(after.sted.anlegg.tillatelse_status, 'gyldig');
    const pageAfter = await (await fetch(`${live.server.baseUrl}/masser/${listing.id}`)).text();
    assert.match(pageAfter, /data-color="success">Gyldig tillatelse<\/span>/);
  });

  test('utkast vises ikke uten innlogging; publisering og trekk', async () => {
    const draft = await (await api(representant, 'POST', '/api/v1/masser', surplus({ tittel: 'Testutkast hemmelig' }))).json();
    assert.equal(draft.status, 'utkast');
    assert.equal((await api(null, 'GET', `/api/v1/masser/${draft.id}`)).status, 404);
    assert.equal((await fetch(`${live.server.baseUrl}/masser/${draft.id}`)).status, 404);
    assert.equal((await (await api(null, 'GET', '/api/v1/masser?q=testutkast')).json()).data.length, 0);
    assert.equal((await api(representant, 'GET', `/api/v1/masser/${draft.id}`)).status, 200);
    const published = await api(representant, 'POST', `/api/v1/masser/${draft.id}/publiser`);
    assert.equal(published.status, 200);
    assert.equal((await (await api(null, 'GET', '/api/v1/masser?q=testutkast')).json()).data.length, 1);
    assert.equal((await api(representant, 'POST', `/api/v1/masser/${draft.id}/publiser`)).status, 409);
    assert.equal((await api(representant, 'POST', `/api/v1/masser/${draft.id}/trekk`)).status, 200);
    assert.equal((await (await api(null, 'GET', '/api/v1/masser?q=testutkast')).json()).data.length, 0);
  });

  test('uten innlogging 401, ikke godkjent medlem 403, ugyldig innhold 422 og ingenting lagres', async () => {
    const anonymous = await api(null, 'POST', '/api/v1/masser', surplus());
    assert.equal(anonymous.status, 401);
    const pending = await api(representant, 'POST', '/api/v1/masser', surplus({ organisasjon: QUARRY }));
    assert.equal(pending.status, 403);

    const count = async () => (await (await api(representant, 'GET', '/api/v1/masser?q=ugyldig')).json()).data.length;
    const before = await count();
    const invalid = await api(representant, 'POST', '/api/v1/masser', surplus({
      tittel: 'Ugyldig', mengde: 0, periode_fra: '2027-06-30', periode_til: '2027-01-01', pris_type: 'per_tonn',
      fraksjon: 'gull', tetthet: 2500, publiser: true,
    }));
    assert.equal(invalid.status, 422);
    const problem = await invalid.json();
    const fields = Object.fromEntries(problem.errors.map((e) => [e.field, e.detail]));
    assert.match(fields.mengde, /større enn null/);
    assert.match(fields.periode_til, /før fra-datoen/);
    assert.match(fields.pris, /kroner/);
    assert.match(fields.fraksjon, /fraksjonskatalogen/);
    assert.match(fields.faktor_kilde, /dokumentert kilde/);
    assert.equal(await count(), before);

    const alum = await api(representant, 'POST', '/api/v1/masser', surplus({ type: 'kapasitet', fraksjon: 'alunskifer', enhet: 'tonn', mengde: 100 }));
    assert.equal(alum.status, 422);
    assert.match((await alum.json()).errors[0].detail, /DSA/);

    const badQuery = await api(null, 'GET', '/api/v1/masser?type=salg&fra=2027-02-30&radius_km=5&ukjent=1');
    assert.equal(badQuery.status, 422);
    const q = await badQuery.json();
    assert.deepEqual([...new Set(q.errors.map((e) => e.field))].sort(), ['fra', 'radius_km', 'type', 'ukjent']);
  });

  test('CSV og GeoJSON av søket er åpne data uten personopplysninger', async () => {
    const csv = await fetch(`${live.server.baseUrl}/masser.csv?type=overskudd&fraksjon=sprengstein`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.match(lines[0], /^id;type;status;tittel;fraksjon/);
    assert.ok(lines.length >= 3);
    assert.ok(lines.slice(1).every((line) => line.split(';')[1] === 'overskudd'));
    assert.doesNotMatch(lines.join('\n'), /@/);

    const geo = await fetch(`${live.server.baseUrl}/masser.geojson?type=behov`);
    assert.equal(geo.status, 200);
    assert.match(geo.headers.get('content-type'), /^application\/geo\+json/);
    const collection = await geo.json();
    assert.equal(collection.type, 'FeatureCollection');
    assert.ok(collection.features.length >= 3);
    for (const feature of collection.features) {
      assert.equal(feature.type, 'Feature');
      assert.equal(feature.geometry.type, 'Point');
      const [lon, lat] = feature.geometry.coordinates;
      assert.ok(lat > 57 && lat < 72 && lon > 4 && lon < 32);
      assert.equal(feature.properties.kategori, 'behov');
      assert.match(feature.properties.url, /^\/masser\/[0-9a-f-]{36}$/);
    }
    const api_geo = await api(null, 'GET', '/api/v1/masser?format=geojson&limit=5');
    assert.match(api_geo.headers.get('content-type'), /^application\/geo\+json/);
  });

  test('søkesiden, kartvisning og tomt resultat', async () => {
    const list = await fetch(`${live.server.baseUrl}/masser?type=overskudd&fraksjon=sprengstein`);
    assert.equal(list.status, 200);
    const html = await list.text();
    assert.match(html, /Fornebu/);
    const map = await (await fetch(`${live.server.baseUrl}/masser?visning=kart&type=behov`)).text();
    assert.match(map, /data-geojson-url="\/api\/v1\/masser\?format=geojson/);
    const empty = await (await fetch(`${live.server.baseUrl}/masser?q=finnesikke-xyz`)).text();
    assert.match(empty, /Ingen oppføringer/);
    // A value in error is named beside the field and left out, so the rest of the search still answers.
    const bad = await (await fetch(`${live.server.baseUrl}/masser?type=overskudd&fraksjonsgruppe=tull&fra=2027-13-45`)).text();
    assert.match(bad, /aria-invalid="true"/);
    assert.match(bad, /Fornebu/);
    assert.equal((await fetch(`${live.server.baseUrl}/api/v1/masser?fraksjonsgruppe=tull`)).status, 422);
    const anonymousForm = await fetch(`${live.server.baseUrl}/masser/ny`, { redirect: 'manual' });
    assert.ok([302, 303, 401].includes(anonymousForm.status), `${anonymousForm.status}`);
  });

  test('skjemaet viser alle fasene til en oppføring med mer enn tolv, og høyst 120 faser godtas', async () => {
    const quarters = [];
    for (let year = 2027; year <= 2030; year += 1) {
      for (const month of ['01', '04', '07', '10']) quarters.push({ start: `${year}-${month}`, mengde: 1000 });
    }
    const created = await api(representant, 'POST', '/api/v1/masser', surplus({
      tittel: 'Tunnelstein med 16 kvartaler',
      mengde: 16000,
      periode_fra: '2027-01-01',
      periode_til: '2030-12-31',
      faseplan: 'kvartal',
      faser: quarters,
    }));
    assert.equal(created.status, 201, await created.clone().text());
    const listing = await created.json();
    const { html } = await representant.page(`/masser/${listing.id}/endre`);
    const rows = [...html.matchAll(/name="fase_start_(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(Math.max(...rows), 16 + 4, 'all sixteen phases and four empty rows');
    assert.match(html, /name="fase_start_16"[^>]*value="2030-10"/);

    const months = [];
    for (let i = 0; i < 121; i += 1) {
      const d = new Date(Date.UTC(2027, i, 1));
      months.push({ start: d.toISOString().slice(0, 7), mengde: 1 });
    }
    const tooMany = await api(representant, 'POST', '/api/v1/masser', surplus({
      mengde: 121, enhet: 'tonn', volumtilstand: '', periode_fra: '2027-01-01', periode_til: '2037-12-31',
      faseplan: 'maned', faser: months,
    }));
    assert.equal(tooMany.status, 422);
    assert.ok((await tooMany.json()).errors.some((e) => e.field === 'faser'));
  });

  test('en adresse skrevet uten JavaScript slås opp og blir et punkt i adressen til søket', async () => {
    const typed = `${live.server.baseUrl}/masser?type=behov&adresse=${encodeURIComponent('arnold haukelands plass 10')}&radius_km=10&visning=kart`;
    const found = await fetch(typed, { redirect: 'manual' });
    assert.equal(found.status, 303);
    const target = new URL(found.headers.get('location'), live.server.baseUrl);
    assert.equal(target.pathname, '/masser');
    assert.equal(target.searchParams.get('type'), 'behov');
    assert.equal(target.searchParams.get('radius_km'), '10');
    assert.equal(target.searchParams.get('visning'), 'kart');
    assert.match(target.searchParams.get('adresse'), /^Arnold Haukelands plass 10, 1338 Sandvika$/i);
    assert.ok(Math.abs(Number(target.searchParams.get('lat')) - 59.89) < 0.05, target.search);
    assert.ok(Math.abs(Number(target.searchParams.get('lon')) - 10.52) < 0.05, target.search);
    const page = await fetch(target);
    assert.equal(page.status, 200);
    // With the point in place the page searches by distance; no second lookup.
    assert.doesNotMatch(await page.text(), /Fant ingen adresse/);

    const unknown = await fetch(`${live.server.baseUrl}/masser?adresse=${encodeURIComponent('Finnesikkeveien 999')}`, { redirect: 'manual' });
    assert.equal(unknown.status, 200);
    assert.match(await unknown.text(), /Fant ingen adresse som passer/);
    const tooLong = await fetch(`${live.server.baseUrl}/masser?adresse=${'x'.repeat(300)}`, { redirect: 'manual' });
    assert.equal(tooLong.status, 200);
    assert.match(await tooLong.text(), /Fant ingen adresse som passer/);
  });

  test('en API-klient med masses.listing.edit skriver for sin egen organisasjon, og bare den', async () => {
    const admin = new Client(live.server.baseUrl);
    await admin.logIn(DEMO.byggherre); // the login counts as a recent step-up
    await admin.page(`/organisasjoner/${DEVELOPER}/api-klienter`);
    const bearer = async (scopes) => ({ authorization: `Bearer ${await apiClientToken(admin, DEVELOPER, scopes)}` });
    const writer = await bearer(['masses.listing.edit']);
    const reader = await bearer(['identity.members.read']);

    // No session, no CSRF token: the bearer token is the whole credential.
    const created = await api(null, 'POST', '/api/v1/masser', surplus({
      organisasjon: DEVELOPER, tittel: 'Testbehov fra fagsystem', type: 'behov', publiser: true,
    }), writer);
    assert.equal(created.status, 201, await created.clone().text());
    const listing = await created.json();
    assert.equal(listing.status, 'publisert');
    assert.equal(listing.eier.organisasjonsnummer, DEVELOPER);
    const changed = await api(null, 'PATCH', `/api/v1/masser/${listing.id}`, { reservert_kg: 1000000 }, writer);
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal((await changed.json()).status, 'delvis_reservert');
    const history = await (await api(null, 'GET', `/api/v1/masser/${listing.id}/historikk`)).json();
    assert.deepEqual(history.data.map((e) => e.handling), ['reserved', 'created']);
    assert.ok(history.data.every((e) => e.utfort_for === 'Fornebu Byutvikling AS (demo)'), JSON.stringify(history.data));

    // Another organisation's listing, another organisation as owner, a token without the scope,
    // a token that is not one: refused, and nothing is stored.
    const theirs = await (await api(representant, 'POST', '/api/v1/masser', surplus({ tittel: 'Testoverskudd annen eier', publiser: true }))).json();
    assert.equal((await api(null, 'POST', `/api/v1/masser/${theirs.id}/trekk`, undefined, writer)).status, 403);
    assert.equal((await api(null, 'POST', '/api/v1/masser', surplus({ tittel: 'Testoverskudd feil eier' }), writer)).status, 403);
    assert.equal((await api(null, 'POST', '/api/v1/masser', surplus({ organisasjon: DEVELOPER, tittel: 'Testoverskudd uten scope' }), reader)).status, 403);
    const forged = await api(null, 'POST', '/api/v1/masser', surplus({ organisasjon: DEVELOPER }), { authorization: 'Bearer x.y.z' });
    assert.equal(forged.status, 401);
    for (const q of ['feil eier', 'uten scope']) {
      assert.equal((await (await api(representant, 'GET', `/api/v1/masser?q=${encodeURIComponent(q)}`)).json()).data.length, 0, q);
    }
    assert.equal((await (await api(null, 'GET', `/api/v1/masser/${theirs.id}`)).json()).status, 'publisert');
  });
});
