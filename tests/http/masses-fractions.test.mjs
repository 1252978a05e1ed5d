// Issue 5 items 1 and 3 from outside: the versioned fraction catalog as open pages and API, and
// the converter (tonnes ↔ m³ in the three volume states) with its estimates, factors and
// Norwegian errors. No login and no database content needed: the catalog is compiled in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer } from '../support/server.mjs';

describe('fraksjonskatalogen', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.stop());

  const get = (url, headers = {}) => fetch(`${server.baseUrl}${url}`, { headers, redirect: 'manual' });

  test('API-et gir hele katalogen med versjon, kilde og faktorer', async () => {
    const response = await get('/api/v1/fraksjoner');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const body = await response.json();
    assert.equal(body.versjon, '2026-1');
    assert.ok(body.kilde.length > 20);
    assert.deepEqual(body.grupper.map((g) => g.kode),
      ['stein', 'grus', 'jord', 'leire', 'matjord', 'asfalt', 'betong', 'blandet', 'forurenset', 'alunskifer']);
    const keys = body.fraksjoner.map((f) => f.kode);
    for (const key of ['sprengstein', 'tunnelstein', 'tbm_masse', 'knust_0_32', 'knust_0_125', 'knust_22_120',
      'pukk', 'kult', 'grus_sand', 'leire', 'silt', 'morene', 'matjord', 'organisk', 'returasfalt',
      'betong_ren', 'betong_armert', 'blandede_masser', 'alunskifer', 'svartskifer']) {
      assert.ok(keys.includes(key), `mangler ${key}`);
    }
    for (const f of body.fraksjoner) {
      assert.ok(body.grupper.some((g) => g.kode === f.gruppe), f.kode);
      assert.equal(f.farlig_avfall, f.eal.endsWith('*'), f.kode);
      assert.ok(f.faktorer.densitet_kg_per_m3 > 0 && f.faktorer.kilde.length > 0, f.kode);
    }
    const shale = body.fraksjoner.find((f) => f.kode === 'alunskifer');
    assert.equal(shale.krever_dsa_tillatelse, true);
    const asphalt = body.fraksjoner.find((f) => f.kode === 'returasfalt');
    assert.equal(asphalt.eal, '17 03 02');
    assert.equal(asphalt.ns9431, null);
    const rock = body.fraksjoner.find((f) => f.kode === 'sprengstein');
    assert.equal(rock.ns9431_sikkerhet, 'usikker');
    assert.match(rock.faktorer.kilde, /\[E\]/);
  });

  test('én fraksjon, og 404 som problem+json for en ukjent', async () => {
    const response = await get('/api/v1/fraksjoner/knust_22_120');
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.gradering, '22/120');
    assert.equal(body.versjon, '2026-1');
    const missing = await get('/api/v1/fraksjoner/finnes_ikke');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type'), /problem\+json/);
  });

  test('omregning: 10 000 m³ fast sprengstein er 27 000 t og 16 000 m³ løs, som estimater', async () => {
    const response = await get('/api/v1/fraksjoner/sprengstein/omregning?mengde=10000&enhet=m3&tilstand=fast');
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.kg, 27_000_000);
    assert.equal(body.fast_dm3, 10_000_000);
    assert.equal(body.los_dm3, 16_000_000);
    assert.equal(body.anbrakt_dm3, 14_000_000);
    assert.deepEqual(body.estimat, ['kg', 'los_dm3', 'anbrakt_dm3']);
    assert.equal(body.tekst.tonn, '27 000 t');
    assert.equal(body.faktorer.svelling_promille, 1600);
    assert.deepEqual(body.oppgitt, { enhet: 'm3', tilstand: 'fast', kg: null, dm3: 10_000_000 });

    const back = await (await get('/api/v1/fraksjoner/sprengstein/omregning?mengde=27%20000&enhet=tonn')).json();
    assert.equal(back.fast_dm3, 10_000_000);
    assert.equal(back.los_dm3, 16_000_000);
    assert.deepEqual(back.estimat, ['fast_dm3', 'los_dm3', 'anbrakt_dm3']);
    const loose = await (await get('/api/v1/fraksjoner/sprengstein/omregning?mengde=16000&enhet=m3&tilstand=los')).json();
    assert.equal(loose.kg, 27_000_000);
  });

  test('omregning med feil gir 422 med feltene navngitt, også ved null og overløp', async () => {
    for (const [query, fields] of [
      ['mengde=mye&enhet=liter&tilstand=flytende', ['mengde', 'enhet', 'tilstand']],
      ['mengde=0&enhet=tonn', ['mengde']],
      ['mengde=9000000000000000&enhet=m3&tilstand=fast', ['mengde']],
      ['enhet=tonn', ['mengde']],
      ['mengde=1&enhet=tonn&ukjent=1', ['ukjent']],
    ]) {
      const response = await get(`/api/v1/fraksjoner/sprengstein/omregning?${query}`);
      assert.equal(response.status, 422, query);
      const body = await response.json();
      const named = JSON.stringify(body);
      for (const field of fields) assert.ok(named.includes(`"${field}"`), `${query}: ${named}`);
    }
  });

  test('sidene er åpne: katalogen gruppert med versjon, og omregning uten JavaScript', async () => {
    const list = await get('/fraksjoner');
    assert.equal(list.status, 200);
    const html = await list.text();
    assert.match(html, /<h1[^>]*>Fraksjonskatalog<\/h1>/);
    assert.match(html, /Katalogversjon 2026-1/);
    assert.match(html, /id="gruppe-alunskifer"/);
    assert.match(html, /17 03 02/);
    assert.match(html, /href="\/fraksjoner\/knust_0_32"/);

    const detail = await get('/fraksjoner/sprengstein?mengde=10+000&enhet=m3&tilstand=fast');
    assert.equal(detail.status, 200);
    const page = await detail.text();
    assert.match(page, /27 000 t/);
    assert.match(page, /16 000 m³ ulm³/);
    assert.match(page, /Estimat/);
    assert.match(page, /Faktorer brukt: densitet 2,7 t\/m³, svelling 1,6/);

    const invalid = await get('/fraksjoner/sprengstein?mengde=abc&enhet=m3&tilstand=fast');
    assert.equal(invalid.status, 422);
    const form = await invalid.text();
    assert.match(form, /id="mengde-feil"/);
    assert.match(form, /aria-invalid="true"/);

    const shale = await (await get('/fraksjoner/alunskifer')).text();
    assert.match(shale, /DSA/);
    assert.equal((await get('/fraksjoner/finnes_ikke')).status, 404);
  });
});
