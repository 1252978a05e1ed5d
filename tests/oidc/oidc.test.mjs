// End-to-end: the production OIDC relying party (src/platform/auth/oidc, via the
// mf_oidc_e2e_driver program) logs in against a real `oidc-provider` on loopback. The browser's
// part (following redirects, the login form) is played by fetch with a small cookie jar.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { after, before, describe, test } from 'node:test';

import { CLIENT_ID, CLIENT_SECRET, ES256_CLIENT_ID, REDIRECT_URI, startProvider } from './provider.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const driver =
  process.env.MASSEFLYT_OIDC_DRIVER ?? path.join(root, 'build/dev/src/platform/auth/oidc/mf_oidc_e2e_driver');
const SUBSTANTIAL = 'idporten-loa-substantial';

/** The browser: follows nothing automatically, keeps cookies per name (one host only). */
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

  /** Follows redirects until one leaves the provider (the redirect to our callback). */
  async followUntil(url, stopPrefix, init) {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (!location) return { response, location: null };
      const next = new URL(location, url).toString();
      if (next.startsWith(stopPrefix)) return { response, location: next };
      url = next;
      response = await this.request(url);
    }
    throw new Error('too many redirects');
  }
}

/** Starts the driver and returns helpers for its two-step line protocol. */
function startDriver(issuer, { clientId = CLIENT_ID, requiredAcr = SUBSTANTIAL, mode = 'normal', clockOffset = 0 } = {}) {
  const args = ['--issuer', issuer, '--client-id', clientId, '--client-secret', CLIENT_SECRET,
    '--redirect-uri', REDIRECT_URI, '--mode', mode, '--clock-offset', String(clockOffset)];
  if (requiredAcr) args.push('--required-acr', requiredAcr);
  const child = spawn(driver, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const nextJson = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`driver ended early (exit ${await exited}): ${stderr}`);
    return JSON.parse(value);
  };
  return {
    nextJson,
    async finish(query) {
      child.stdin.end(`${query}\n`);
      const result = await nextJson();
      assert.equal(await exited, 0, stderr);
      return result;
    },
    kill: () => child.kill(),
  };
}

/** The whole browser journey: authorize, log in at the provider, come back with the code. */
async function login(issuer, { acr = SUBSTANTIAL, ...driverOptions } = {}) {
  const rp = startDriver(issuer, driverOptions);
  try {
    const begin = await rp.nextJson();
    assert.ok(begin.url, JSON.stringify(begin));
    const authorize = new URL(begin.url);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(authorize.searchParams.get('state'), begin.state);

    const browser = new Browser();
    const toLogin = await browser.followUntil(begin.url, `${issuer}/interaction/`);
    assert.ok(toLogin.location, `expected a redirect to the login interaction, got ${toLogin.response.status}`);
    const details = await (await browser.request(toLogin.location)).json();
    assert.equal(details.prompt, 'login');
    assert.equal(details.params.acr_values, driverOptions.requiredAcr ?? SUBSTANTIAL);

    const back = await browser.followUntil(`${toLogin.location}/login`, REDIRECT_URI, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: 'kari', acr }).toString(),
    });
    assert.ok(back.location, `expected the callback redirect, got ${back.response.status}: ${await back.response.text()}`);
    const callback = new URL(back.location);
    assert.ok(callback.searchParams.get('code'), back.location);
    assert.equal(callback.searchParams.get('iss'), issuer);
    return await rp.finish(callback.search.slice(1));
  } catch (error) {
    rp.kill();
    throw error;
  }
}

describe('OIDC relying party against a real provider on loopback', { concurrency: false }, () => {
  let provider;

  before(async () => {
    assert.ok(existsSync(driver), `build mf_oidc_e2e_driver first (looked for ${driver}; set MASSEFLYT_OIDC_DRIVER)`);
    provider = await startProvider();
  });

  after(async () => {
    await provider?.close();
  });

  test('the provider serves discovery with PKCE and RFC 9207 iss', async () => {
    const metadata = await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json();
    assert.equal(metadata.issuer, provider.issuer);
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    assert.equal(metadata.authorization_response_iss_parameter_supported, true);
  });

  test('the provider refuses an authorization request without PKCE', async () => {
    const url = new URL(`${provider.issuer}/auth`);
    url.search = new URLSearchParams({ response_type: 'code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI,
      scope: 'openid', state: 's', nonce: 'n' }).toString();
    const response = await fetch(url, { redirect: 'manual' });
    const location = response.headers.get('location') ?? '';
    assert.match(location, /error=invalid_request/);
  });

  test('login with substantial assurance returns the identity (RS256)', async () => {
    const result = await login(provider.issuer);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.sub, 'kari');
    assert.equal(result.iss, provider.issuer);
    assert.equal(result.acr, SUBSTANTIAL);
    assert.equal(result.name, 'Kari Nordmann');
    assert.equal(result.email, 'kari@example.no');
    assert.ok(result.auth_time > 0);
  });

  test('login with high assurance satisfies a substantial requirement (ES256 client)', async () => {
    const result = await login(provider.issuer, { acr: 'idporten-loa-high', clientId: ES256_CLIENT_ID });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.acr, 'idporten-loa-high');
  });

  test('too-low acr is refused', async () => {
    const result = await login(provider.issuer, { acr: 'idporten-loa-low' });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.acr'], JSON.stringify(result));
  });

  test('an ID token tampered with between token endpoint and validation is refused', async () => {
    const result = await login(provider.issuer, { mode: 'tamper' });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.signature'], JSON.stringify(result));
  });

  test('a nonce that does not match the stored login is refused', async () => {
    const result = await login(provider.issuer, { mode: 'wrong-nonce' });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.nonce'], JSON.stringify(result));
  });

  test('an expired ID token is refused', async () => {
    // The provider issues tokens valid for an hour; the relying party's clock is two hours ahead.
    const result = await login(provider.issuer, { clockOffset: 7200 });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.expired'], JSON.stringify(result));
  });

  test('an ID token issued in the future is refused', async () => {
    const result = await login(provider.issuer, { clockOffset: -600 });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.issued_at'], JSON.stringify(result));
  });

  test('a callback with a foreign state is refused before the code is redeemed', async () => {
    const result = await login(provider.issuer, { mode: 'wrong-state' });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.state'], JSON.stringify(result));
  });

  test('a code cannot be redeemed twice', async () => {
    const result = await login(provider.issuer, { mode: 'replay' });
    assert.deepEqual([result.ok, result.error], [false, 'oidc.error.token_endpoint'], JSON.stringify(result));
  });
});
