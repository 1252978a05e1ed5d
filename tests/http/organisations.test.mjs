// Issue 3 items 1 and 6 from outside: the open organisation list and detail, registration from
// Enhetsregisteret (fixture client, offline) with the organisasjonsnummer checked before any
// lookup, and membership requests decided by an organisation admin.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client, DEMO, useSeededServer } from '../support/accounts.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre is its verified admin

async function api(client, method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (client?.csrf) headers['x-csrf-token'] = client.csrf;
  const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
  return client ? client.request(path, init) : fetch(`${live.server.baseUrl}${path}`, init);
}

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture' } });

describe('organisasjoner', () => {
  test('listen er åpen uten innlogging og pagineres med markør', async () => {
    const first = await api(null, 'GET', '/api/v1/organisasjoner?limit=3');
    assert.equal(first.status, 200);
    const page1 = await first.json();
    assert.equal(page1.data.length, 3);
    assert.equal(typeof page1.neste, 'string');
    assert.ok(page1.data.every((o) => /^\d{9}$/.test(o.organisasjonsnummer)));
    const second = await (await api(null, 'GET', `/api/v1/organisasjoner?limit=3&cursor=${page1.neste}`)).json();
    assert.ok(second.data[0].organisasjonsnummer > page1.data[2].organisasjonsnummer);

    const all = await (await api(null, 'GET', '/api/v1/organisasjoner?limit=200')).json();
    assert.equal(all.neste, null);
    const names = all.data.map((o) => o.navn);
    assert.ok(names.includes('Bærum Massetransport AS (demo)'), names.join(', '));
    const bankrupt = all.data.find((o) => o.organisasjonsnummer === '315500990');
    assert.equal(bankrupt.kan_handle, false);
    assert.match(bankrupt.status_begrunnelse, /konkurs/);

    const search = await (await api(null, 'GET', `/api/v1/organisasjoner?sok=${encodeURIComponent('bærum massetransport')}`)).json();
    assert.deepEqual(search.data.map((o) => o.organisasjonsnummer), ['315500664']);
    const oslo = await (await api(null, 'GET', '/api/v1/organisasjoner?kommunenummer=0301')).json();
    assert.ok(oslo.data.some((o) => o.organisasjonsnummer === '315500885'));
    assert.ok(oslo.data.every((o) => o.forretningsadresse.kommunenummer === '0301'));

    const bad = await api(null, 'GET', '/api/v1/organisasjoner?kommunenummer=32&cursor=x');
    assert.equal(bad.status, 422);
    const problem = await bad.json();
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['cursor', 'kommunenummer']);
  });

  test('én organisasjon er åpen; ukjent gir 404 problem+json', async () => {
    const found = await api(null, 'GET', `/api/v1/organisasjoner/${DEVELOPER}`);
    assert.equal(found.status, 200);
    const body = await found.json();
    assert.equal(body.navn, 'Fornebu Byutvikling AS (demo)');
    assert.equal(body.forretningsadresse.kommunenummer, '3201');
    assert.equal(body.naeringskoder[0].kode, '41.109');
    assert.equal(body.demo, true);
    for (const missing of ['991825827', '12345']) {
      const response = await api(null, 'GET', `/api/v1/organisasjoner/${missing}`);
      assert.equal(response.status, 404);
      assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
    }
  });

  test('sidene /organisasjoner og en organisasjon er åpne', async () => {
    const list = await fetch(`${live.server.baseUrl}/organisasjoner?sok=fornebu`);
    assert.equal(list.status, 200);
    const html = await list.text();
    assert.match(html, /Fornebu Byutvikling AS \(demo\)/);
    assert.doesNotMatch(html, /Sandvika Grunnarbeid/);
    const detail = await fetch(`${live.server.baseUrl}/organisasjoner/${DEVELOPER}`);
    assert.equal(detail.status, 200);
    assert.match(await detail.text(), /41\.109/);
  });

  test('registrering krever innlogging', async () => {
    const response = await fetch(`${live.server.baseUrl}/api/v1/organisasjoner`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisasjonsnummer: '991825827' }),
    });
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
    const page = await fetch(`${live.server.baseUrl}/organisasjoner/ny`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/logg-inn?neste=%2Forganisasjoner%2Fny');
  });

  test('ugyldig organisasjonsnummer gir 422 med norsk melding; gyldig registreres én gang', async () => {
    const client = new Client(live.server.baseUrl);
    await client.logIn(DEMO.representant);

    const invalid = await api(client, 'POST', '/api/v1/organisasjoner', { organisasjonsnummer: '991 825 828' });
    assert.equal(invalid.status, 422);
    const problem = await invalid.json();
    assert.equal(problem.errors[0].field, 'organisasjonsnummer');
    assert.match(problem.errors[0].detail, /kontrollsifferet stemmer ikke/);

    const short = await (await api(client, 'POST', '/api/v1/organisasjoner', { organisasjonsnummer: '12345' })).json();
    assert.match(short.errors[0].detail, /nøyaktig 9 sifre/);

    const deleted = await api(client, 'POST', '/api/v1/organisasjoner', { organisasjonsnummer: '821227062' });
    assert.equal(deleted.status, 422);
    assert.match((await deleted.json()).errors[0].detail, /slettet/);

    const created = await api(client, 'POST', '/api/v1/organisasjoner', { organisasjonsnummer: '991 825 827' });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), '/api/v1/organisasjoner/991825827');
    const organisation = await created.json();
    assert.equal(organisation.navn, 'DIGITALISERINGSDIREKTORATET');
    assert.equal(organisation.forretningsadresse.kommunenummer, '0301');

    const again = await api(client, 'POST', '/api/v1/organisasjoner', { organisasjonsnummer: '991825827' });
    assert.equal(again.status, 409);

    const notJson = await api(client, 'POST', '/api/v1/organisasjoner', undefined);
    assert.equal(notJson.status, 400);
  });

  test('en organisasjonsadministrator godkjenner en representant', async () => {
    const kari = new Client(live.server.baseUrl);
    await kari.logIn(DEMO.kvalitet);
    const requested = await api(kari, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap`, { rolle: 'representative' });
    assert.equal(requested.status, 201);
    const membership = await requested.json();
    assert.equal(membership.status, 'venter');
    const invalidRole = await api(kari, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap`, { rolle: 'administrator' });
    assert.equal(invalidRole.status, 422);
    // A person without a verified role there may not see the members, nor decide.
    assert.equal((await api(kari, 'GET', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap`)).status, 403);
    const self = await api(kari, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'godkjent' });
    assert.equal(self.status, 403);

    const berit = new Client(live.server.baseUrl);
    await berit.logIn(DEMO.byggherre);
    const members = await (await api(berit, 'GET', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap`)).json();
    assert.ok(members.data.some((m) => m.id === membership.id && m.status === 'venter'));
    const noReason = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'avvist' });
    assert.equal(noReason.status, 422);
    const approved = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'godkjent', begrunnelse: 'Kjent for oss' });
    assert.equal(approved.status, 200);
    const decided = await approved.json();
    assert.equal(decided.status, 'godkjent');
    assert.equal(decided.begrunnelse, 'Kjent for oss');
    const twice = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'avvist', begrunnelse: 'x' });
    assert.equal(twice.status, 409);

    // The approval takes effect on Kari's next request; so does revoking it.
    assert.equal((await api(kari, 'GET', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap`)).status, 200);
    const revokeWithoutReason = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'tilbakekalt' });
    assert.equal(revokeWithoutReason.status, 422);
    const revoked = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'tilbakekalt', begrunnelse: 'Sluttet' });
    assert.equal(revoked.status, 200);
    assert.equal((await revoked.json()).status, 'tilbakekalt');
    assert.equal((await api(kari, 'GET', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap`)).status, 403);
    const unknownVerdict = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/medlemskap/${membership.id}/vedtak`, { vedtak: 'slettet', begrunnelse: 'x' });
    assert.equal(unknownVerdict.status, 422);
  });

  test('en administrator henter registeropplysningene på nytt', async () => {
    const berit = new Client(live.server.baseUrl);
    await berit.logIn(DEMO.byggherre);
    const refreshed = await api(berit, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/oppdater`, undefined);
    assert.equal(refreshed.status, 200);
    const body = await refreshed.json();
    assert.equal(body.organisasjonsnummer, DEVELOPER);
    assert.deepEqual(body.endret, []);

    const kari = new Client(live.server.baseUrl);
    await kari.logIn(DEMO.kvalitet);
    assert.equal((await api(kari, 'POST', `/api/v1/organisasjoner/${DEVELOPER}/oppdater`, undefined)).status, 403);
    const anonymous = await fetch(`${live.server.baseUrl}/api/v1/organisasjoner/${DEVELOPER}/oppdater`, { method: 'POST' });
    assert.equal(anonymous.status, 401);
  });
});
