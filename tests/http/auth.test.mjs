// Issue 3 items 3-5 from outside: protected pages and API refuse anonymous visitors, a POST
// without the CSRF token changes nothing, login is password + TOTP with a rotated session,
// repeated wrong passwords give 429 with Retry-After, and "logg ut overalt" ends every session.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client, DEMO, DEMO_PASSWORD, totp, useSeededServer } from '../support/accounts.mjs';

describe('innlogging og økter', () => {
  const live = useSeededServer();

  test('/konto uten økt sender til innlogging med neste', async () => {
    const response = await fetch(`${live.server.baseUrl}/konto`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/logg-inn?neste=%2Fkonto');
  });

  test('/api/v1/meg uten økt svarer 401 problem+json', async () => {
    const response = await fetch(`${live.server.baseUrl}/api/v1/meg`);
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
    const problem = await response.json();
    assert.equal(problem.status, 401);
    assert.ok(problem.detail.length > 0);
  });

  test('POST uten CSRF-nøkkel gir 403 og lager ingen økt', async () => {
    const bare = await fetch(`${live.server.baseUrl}/logg-inn`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ epost: DEMO.admin.email, passord: DEMO_PASSWORD }),
      redirect: 'manual',
    });
    assert.equal(bare.status, 403);
    assert.deepEqual(bare.headers.getSetCookie(), []);

    // With the login form's pre-session but without (or with a wrong) token: still refused.
    const client = new Client(live.server.baseUrl);
    await client.page('/logg-inn');
    const pre = client.cookieHeader();
    const without = await client.post('/logg-inn', { epost: DEMO.admin.email, passord: DEMO_PASSWORD }, { csrf: false });
    assert.equal(without.status, 403);
    const wrong = await client.post('/logg-inn', { epost: DEMO.admin.email, passord: DEMO_PASSWORD, csrf_token: 'x'.repeat(43) }, { csrf: false });
    assert.equal(wrong.status, 403);
    assert.equal(client.cookieHeader(), pre, 'no new session cookie');
    assert.equal((await client.get('/api/v1/meg')).status, 401);
    // The logout form needs the token too.
    assert.equal((await client.post('/logg-ut', {}, { csrf: false })).status, 403);
  });

  test('innlogging med passord og engangskode viser navnet på /konto', async () => {
    const client = new Client(live.server.baseUrl);
    const { response: form } = await client.page('/logg-inn?neste=%2Fkonto');
    const setCookie = form.headers.getSetCookie().join('\n');
    assert.match(setCookie, /^masseflyt_sesjon=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/m);
    const preSession = client.cookies.get('masseflyt_sesjon');

    const password = await client.post('/logg-inn', { epost: DEMO.byggherre.email, passord: DEMO_PASSWORD, neste: '/konto' });
    assert.equal(password.status, 303);
    assert.equal(password.headers.get('location'), '/logg-inn/totp?neste=%2Fkonto');
    const pending = client.cookies.get('masseflyt_sesjon');
    assert.notEqual(pending, preSession, 'rotated after the password');
    // Half logged in is not logged in.
    assert.equal((await client.get('/konto')).status, 303);

    const { html: totpPage } = await client.page('/logg-inn/totp');
    assert.match(totpPage, /autocomplete="one-time-code"/);
    const wrong = await client.post('/logg-inn/totp', { kode: '000000', neste: '/konto' });
    assert.equal(wrong.status, 422);
    const done = await client.post('/logg-inn/totp', { kode: totp(DEMO.byggherre.secret), neste: '/konto' });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/konto');
    assert.notEqual(client.cookies.get('masseflyt_sesjon'), pending, 'rotated after the code');

    const { response, html } = await client.page('/konto');
    assert.equal(response.status, 200);
    assert.match(html, /Berit Byggherre/);
    assert.match(html, /action="\/logg-ut"/);
    assert.equal(response.headers.get('cache-control'), 'no-store');

    const me = await client.get('/api/v1/meg');
    assert.equal(me.status, 200);
    const body = await me.json();
    assert.equal(body.navn, 'Berit Byggherre');
    assert.equal(body.epost, DEMO.byggherre.email);
    assert.equal(body.totp, true);

    const logout = await client.post('/logg-ut', {});
    assert.equal(logout.status, 303);
    assert.equal((await client.get('/api/v1/meg')).status, 401);
  });

  test('neste godtar bare stier på samme nettsted', async () => {
    const client = new Client(live.server.baseUrl);
    const { html } = await client.page('/logg-inn?neste=' + encodeURIComponent('//evil.example/x'));
    assert.match(html, /name="neste" value="\/konto"/);
  });

  test('logg ut overalt avslutter også den andre økten', async () => {
    const first = new Client(live.server.baseUrl);
    const second = new Client(live.server.baseUrl);
    const now = Date.now() / 1000;
    await first.logIn(DEMO.representant, { at: now - 30 }); // previous step, still accepted
    await second.logIn(DEMO.representant, { at: now });
    assert.equal((await first.get('/api/v1/meg')).status, 200);
    assert.equal((await second.get('/api/v1/meg')).status, 200);

    const response = await first.post('/konto/logg-ut-overalt', {});
    assert.equal(response.status, 303);
    assert.equal((await first.get('/api/v1/meg')).status, 401);
    assert.equal((await second.get('/api/v1/meg')).status, 401);
    const page = await second.get('/konto');
    assert.equal(page.status, 303);
  });

  // Last: it leaves failures behind for this client address.
  test('20 feil passord gir 429 med Retry-After', async () => {
    const client = new Client(live.server.baseUrl);
    await client.page('/logg-inn');
    const statuses = [];
    let last;
    for (let i = 0; i < 20; i++) {
      last = await client.post('/logg-inn', { epost: DEMO.mottak.email, passord: `feil-${i}` });
      statuses.push(last.status);
    }
    const firstRefusal = statuses.indexOf(429);
    assert.ok(firstRefusal > 0 && firstRefusal <= 19, statuses.join(','));
    assert.ok(statuses.slice(0, firstRefusal).every((s) => s === 422), statuses.join(','));
    assert.equal(last.status, 429);
    assert.match(last.headers.get('retry-after') ?? '', /^[1-9][0-9]*$/);
    assert.match(await last.text(), /For mange mislykkede innloggingsforsøk/);

    // Not evaluated while refused: even the right password gets 429.
    const right = await client.post('/logg-inn', { epost: DEMO.mottak.email, passord: DEMO_PASSWORD });
    assert.equal(right.status, 429);
  });
});
