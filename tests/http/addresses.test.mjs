// Kartverket address search through our API (fixture client, offline): short answers, Norwegian
// field errors, reverse lookup nearest first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer } from '../support/server.mjs';

let server;
const get = (p) => fetch(`${server.baseUrl}${p}`, { headers: { accept: 'application/json' } });

describe('adresser', () => {
  before(async () => {
    server = await startServer({ env: { MASSEFLYT_KARTVERKET: 'fixture' } });
  });
  after(async () => {
    await server?.stop();
  });

  test('søk finner Bærum rådhus med korte felt', async () => {
    const response = await get('/api/v1/adresser?sok=Arnold%20Haukelands%20plass%2010&kommunenummer=3201');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control'), /max-age/);
    const body = await response.json();
    assert.equal(body.antall, 1);
    assert.deepEqual(Object.keys(body.data[0]).sort(),
      ['adressetekst', 'kommunenavn', 'kommunenummer', 'lat', 'lon', 'postnummer', 'poststed']);
    assert.equal(body.data[0].adressetekst, 'Arnold Haukelands plass 10');
    assert.equal(body.data[0].kommunenavn, 'Bærum');
    assert.equal(body.data[0].postnummer, '1338');
    assert.ok(Math.abs(body.data[0].lat - 59.8905) < 0.01 && Math.abs(body.data[0].lon - 10.5253) < 0.01);
  });

  test('ingen treff er en tom liste, ikke en feil', async () => {
    const body = await (await get('/api/v1/adresser?sok=Bue%20T%C3%B8nsberg')).json();
    assert.deepEqual(body, { data: [], antall: 0 });
    const many = await (await get('/api/v1/adresser?sok=sandvika')).json();
    assert.ok(many.antall >= 4 && many.data.length <= 10);
  });

  test('omvendt oppslag gir nærmeste adresse først', async () => {
    const body = await (await get('/api/v1/adresser/punkt?lat=59.8909&lon=10.5278&radius=200')).json();
    assert.ok(body.data.length >= 2);
    assert.ok(body.data[0].avstand_meter <= body.data[1].avstand_meter);
    assert.ok(body.data.every((a) => a.avstand_meter <= 200));
    const far = await (await get('/api/v1/adresser/punkt?lat=69.65&lon=18.95')).json();
    assert.deepEqual(far.data, []);
  });

  test('ugyldig inndata gir norske feilmeldinger per felt', async () => {
    const short = await get('/api/v1/adresser?sok=ab');
    assert.equal(short.status, 422);
    assert.equal((await short.json()).errors[0].detail, 'Skriv minst tre tegn av adressen.');
    const municipality = await (await get('/api/v1/adresser?sok=sandvika&kommunenummer=abc')).json();
    assert.equal(municipality.errors[0].field, 'kommunenummer');
    const point = await get('/api/v1/adresser/punkt?lat=10.5&lon=59.9&radius=5000');
    assert.equal(point.status, 422);
    const fields = (await point.json()).errors.map((e) => e.field).sort();
    assert.deepEqual(fields, ['lat', 'radius']);
    assert.equal((await get('/api/v1/adresser?sok=sandvika&x=1')).status, 422);
  });
});
