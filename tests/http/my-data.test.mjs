// Issue 3 item 9 (T2.15) from outside: "Mine data" needs a session, the export carries the
// person's e-mail but never the password hash or TOTP secret, and deleting the account needs a
// recent step-up (TOTP re-entry) and CSRF, after which the person cannot log in again.
// Its own database: the test deletes a demo user.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { Client, DEMO, DEMO_PASSWORD, useSeededServer } from '../support/accounts.mjs';

const run = promisify(execFile);

describe('mine data', () => {
  const sql = (statements) => {
    const url = live.database.env.MASSEFLYT_DATABASE_URL;
    if (url.startsWith('sqlite:')) return run('sqlite3', ['-bail', url.slice('sqlite:'.length), statements]);
    return run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', statements]);
  };

  const live = useSeededServer();

  test('uten økt: sidene sender til innlogging, API-et svarer 401', async () => {
    for (const page of ['/konto/mine-data', '/konto/mine-data.json']) {
      const response = await fetch(live.server.baseUrl + page, { redirect: 'manual' });
      assert.equal(response.status, 303, page);
      assert.match(response.headers.get('location'), /^\/logg-inn\?neste=/);
    }
    const api = await fetch(`${live.server.baseUrl}/api/v1/meg/data`);
    assert.equal(api.status, 401);
    assert.match(api.headers.get('content-type'), /^application\/problem\+json/);
    const deleted = await fetch(`${live.server.baseUrl}/api/v1/meg`, { method: 'DELETE' });
    assert.equal(deleted.status, 401);
  });

  test('nedlastingen inneholder e-postadressen, men aldri passord-hash eller TOTP-hemmelighet', async () => {
    const client = new Client(live.server.baseUrl);
    await client.logIn(DEMO.tilsyn);
    const { response, html } = await client.page('/konto/mine-data');
    assert.equal(response.status, 200);
    assert.match(html, /fødselsnummer/);
    assert.match(html, /href="\/konto\/mine-data\.json"/);

    const download = await client.get('/konto/mine-data.json');
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-disposition'), /^attachment; filename="mine-data\.json"; filename\*=UTF-8''mine-data\.json$/);
    assert.equal(download.headers.get('cache-control'), 'no-store');
    const text = await download.text();
    const data = JSON.parse(text);
    assert.equal(data.person.epost, DEMO.tilsyn.email);
    assert.equal(data.person.navn, DEMO.tilsyn.name);
    assert.equal(data.person.passordLagret, true);
    assert.equal(data.person.engangskodeLagret, true);
    assert.doesNotMatch(text, /argon2/i);
    assert.ok(!text.includes(DEMO.tilsyn.secret));
    assert.ok(!text.includes(client.cookies.get('masseflyt_sesjon')));
    assert.deepEqual(data.plattformroller.map((r) => r.rolle), ['tilsyn']);
    assert.ok(data.okter.length >= 1);
    assert.ok(data.okter.every((s) => !('id' in s) && Number.isInteger(s.opprettetMs)));
    assert.ok(data.revisjonslogg.some((e) => e.handling === 'login.succeeded'));

    const api = await client.get('/api/v1/meg/data');
    assert.equal(api.status, 200);
    assert.equal((await api.json()).person.epost, DEMO.tilsyn.email);
  });

  test('sletting uten ny engangskode avvises, med CSRF og bekreftelse anonymiseres kontoen', async () => {
    const client = new Client(live.server.baseUrl);
    await client.logIn(DEMO.kvalitet);
    await client.page('/konto/mine-data');
    // The login counts as a step-up; make it old.
    await sql(`UPDATE sessions SET step_up_at = 1 WHERE user_id = (SELECT id FROM users WHERE email = '${DEMO.kvalitet.email}')`);

    const noCsrf = await client.post('/konto/mine-data/slett', { bekreft: 'ja' }, { csrf: false });
    assert.equal(noCsrf.status, 403);
    const page = await client.post('/konto/mine-data/slett', { bekreft: 'ja' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/konto/bekreft?neste=%2Fkonto%2Fmine-data');
    const api = await client.request('/api/v1/meg', { method: 'DELETE', headers: { 'x-csrf-token': client.csrf } });
    assert.equal(api.status, 403);
    assert.match(api.headers.get('content-type'), /^application\/problem\+json/);
    assert.match((await api.json()).detail, /engangskode/);
    assert.equal((await client.get('/api/v1/meg')).status, 200, 'still logged in');

    // Step-up is fresh again: the checkbox is still required.
    await sql(`UPDATE sessions SET step_up_at = ${Date.now()} WHERE user_id = (SELECT id FROM users WHERE email = '${DEMO.kvalitet.email}')`);
    const unconfirmed = await client.post('/konto/mine-data/slett', {});
    assert.equal(unconfirmed.status, 422);
    assert.match(await unconfirmed.text(), /Kryss av/);

    const done = await client.post('/konto/mine-data/slett', { bekreft: 'ja' });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/konto/slettet');
    assert.equal(client.cookies.size, 0, 'session cookie cleared');
    const farewell = await fetch(`${live.server.baseUrl}/konto/slettet`);
    assert.equal(farewell.status, 200);

    // Logging in again is impossible.
    const again = new Client(live.server.baseUrl);
    await again.page('/logg-inn');
    const password = await again.post('/logg-inn', { epost: DEMO.kvalitet.email, passord: DEMO_PASSWORD });
    assert.equal(password.status, 422);
  });

  test('DELETE /api/v1/meg med fersk engangskode anonymiserer og avslutter økten', async () => {
    const client = new Client(live.server.baseUrl);
    await client.logIn(DEMO.mottak);
    const response = await client.request('/api/v1/meg', { method: 'DELETE', headers: { 'x-csrf-token': client.csrf } });
    assert.equal(response.status, 204);
    assert.equal((await client.get('/api/v1/meg')).status, 401);
    const { stdout } = await sql(`SELECT display_name || '|' || email || '|' || status FROM users WHERE email LIKE 'slettet-%' ORDER BY updated_at`);
    assert.match(stdout, /Slettet bruker\|slettet-[0-9a-f-]+@invalid\|anonymised/);
  });
});
