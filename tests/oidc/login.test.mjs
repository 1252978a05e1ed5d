// End-to-end: log in to the real `masseflyt serve` binary with OpenID Connect against a real
// `oidc-provider` on loopback (provider.mjs). The browser is fetch with one cookie jar for both
// hosts (browsers keep cookies per host, not per port, so the provider's and ours share a jar).
// MASSEFLYT_BIN picks the binary (default build/dev/src/app/masseflyt, as in server.mjs).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';

import { migrateAndSeed } from '../support/accounts.mjs';
import { binary, startServer } from '../support/server.mjs';
import { CLIENT_ID, CLIENT_SECRET, startProvider } from './provider.mjs';

class Browser {
  cookies = new Map();

  async request(url, init = {}) {
    const headers = { ...(init.headers ?? {}) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some(
        (a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until one goes to `stopPrefix`; returns that URL. */
  async followUntil(url, stopPrefix, init) {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (!location) throw new Error(`no redirect to ${stopPrefix}: ${response.status} ${await response.text()}`);
      const next = new URL(location, url).toString();
      if (next.startsWith(stopPrefix)) return next;
      url = next;
      response = await this.request(url);
    }
    throw new Error('too many redirects');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

describe('OIDC login with the real binary against a real provider', { concurrency: false }, () => {
  let provider;
  let server;
  let base;
  let callbackUrl;

  before(async () => {
    assert.ok(existsSync(binary), `build masseflyt first (looked for ${binary}; set MASSEFLYT_BIN)`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    callbackUrl = `${base}/logg-inn/oidc/tilbake`;
    provider = await startProvider({ redirectUris: [callbackUrl] });
    server = await startServer({
      args: ['--port', String(port)],
      env: {
        MASSEFLYT_PUBLIC_URL: base,
        MASSEFLYT_OIDC_ISSUER: provider.issuer,
        MASSEFLYT_OIDC_CLIENT_ID: CLIENT_ID,
        MASSEFLYT_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        MASSEFLYT_OIDC_NAME: 'Testinnlogging',
      },
    });
    assert.equal(server.baseUrl, base);
    await migrateAndSeed({ MASSEFLYT_DATABASE_URL: server.databaseUrl });
  });

  after(async () => {
    await server?.stop();
    await provider?.close();
  });

  /** From our login button to the callback URL the provider sends the browser to. */
  async function toCallback(browser, { account = 'kari', acr = 'idporten-loa-substantial' } = {}) {
    const start = await browser.request(`${base}/logg-inn/oidc?neste=%2Fkonto`);
    assert.equal(start.status, 303);
    const authorize = new URL(start.headers.get('location'));
    assert.equal(authorize.origin, provider.issuer);
    assert.equal(authorize.searchParams.get('redirect_uri'), callbackUrl);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(authorize.searchParams.get('acr_values'), 'idporten-loa-substantial');
    const interaction = await browser.followUntil(authorize.toString(), `${provider.issuer}/interaction/`);
    const details = await (await browser.request(interaction)).json();
    assert.equal(details.prompt, 'login');
    return browser.followUntil(`${interaction}/login`, callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: account, acr }).toString(),
    });
  }

  async function konto(browser) {
    const response = await browser.request(`${base}/konto`);
    return { status: response.status, html: await response.text(), location: response.headers.get('location') };
  }

  test('the login page offers the configured provider', async () => {
    const html = await (await fetch(`${base}/logg-inn`)).text();
    assert.match(html, /href="\/logg-inn\/oidc\?neste=%2Fkonto">Logg inn med Testinnlogging</);
  });

  test('a login with substantial assurance creates the person and an active session', async () => {
    const browser = new Browser();
    await browser.request(`${base}/logg-inn`); // a pre-session, to see it rotated
    const before = browser.cookies.get('masseflyt_sesjon');
    assert.ok(before);
    const callback = await toCallback(browser);
    assert.ok(new URL(callback).searchParams.get('iss'), callback);
    const back = await browser.request(callback);
    assert.equal(back.status, 303, await back.text());
    assert.equal(back.headers.get('location'), '/konto');
    const after = browser.cookies.get('masseflyt_sesjon');
    assert.ok(after && after !== before, 'the session id is rotated');
    assert.ok(!browser.cookies.has('masseflyt_oidc'), 'the state cookie is removed');
    const page = await konto(browser);
    assert.equal(page.status, 200, page.location);
    assert.match(page.html, /Kari Nordmann/);
    assert.match(page.html, /kari@example\.no/);

    // The same callback again (replay): the pending login is gone.
    const replay = await browser.request(callback);
    assert.equal(replay.status, 400);
    assert.match(await replay.text(), /allerede brukt/);

    // A second login by the same person finds the same account (by issuer and subject).
    const again = new Browser();
    assert.equal((await again.request(await toCallback(again))).status, 303);
    assert.match((await konto(again)).html, /Kari Nordmann/);
  });

  test('a tampered state is refused with 400 and no session', async () => {
    const browser = new Browser();
    const callback = new URL(await toCallback(browser));
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const response = await browser.request(callback.toString());
    assert.equal(response.status, 400);
    assert.match(await response.text(), /Start innloggingen på nytt/);
    assert.equal((await konto(browser)).status, 303);
  });

  test('too low an assurance level is refused with a Norwegian message', async () => {
    const browser = new Browser();
    const response = await browser.request(await toCallback(browser, { acr: 'idporten-loa-low' }));
    assert.equal(response.status, 400);
    assert.match(await response.text(), /for lavt sikkerhetsnivå/);
    const page = await konto(browser);
    assert.equal(page.status, 303);
    assert.match(page.location, /^\/logg-inn/);
  });

  test('a callback opened in another browser does not log that browser in', async () => {
    const callback = await toCallback(new Browser());
    const other = new Browser();
    const response = await other.request(callback);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /annen nettleser/);
    assert.equal((await konto(other)).status, 303);
  });

  test('a verified e-mail links to the existing local account', async () => {
    const browser = new Browser();
    assert.equal((await browser.request(await toCallback(browser, { account: 'nina' }))).status, 303);
    const page = await konto(browser);
    assert.equal(page.status, 200);
    assert.match(page.html, /Nina Ny/); // the local account's name, not the provider's
    assert.match(page.html, /ny@demo\.masseflyt\.no/);
  });

  test('an unverified e-mail is never linked: a new account is made instead', async () => {
    const browser = new Browser();
    assert.equal((await browser.request(await toCallback(browser, { account: 'nils' }))).status, 303);
    const page = await konto(browser);
    assert.equal(page.status, 200);
    assert.match(page.html, /Nils Uverifisert/);
    assert.doesNotMatch(page.html, /ny@demo\.masseflyt\.no/);
    assert.match(page.html, /ukjent-[0-9a-f]+@invalid/);
  });

  test('the provider saying no (cancelled) is a Norwegian refusal', async () => {
    const browser = new Browser();
    const start = await browser.request(`${base}/logg-inn/oidc`);
    const state = new URL(start.headers.get('location')).searchParams.get('state');
    const response = await browser.request(`${callbackUrl}?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /avbrutt/);
  });
});
