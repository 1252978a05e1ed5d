// Demo accounts and a cookie-keeping HTTP client for tests that need a logged-in person.
// The secrets are the documented demo-only ones (README, "Demobrukere (kun for demo)").
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { promisify } from 'node:util';

import { binary, createTestDatabase, root, startServer } from './server.mjs';

const run = promisify(execFile);

export const DEMO_PASSWORD = 'Demo-passord-2026';
export const DEMO = {
  admin: { email: 'admin@demo.masseflyt.no', name: 'Ada Administrator', secret: 'LY4OJYQFOXE223SXT3G2CJ2A3R4VKXCA' },
  tilsyn: { email: 'tilsyn@demo.masseflyt.no', name: 'Tore Tilsyn', secret: 'QI5HLK4OH7QCDPWOFYHTDPXGKKYBEWRK' },
  byggherre: { email: 'byggherre@demo.masseflyt.no', name: 'Berit Byggherre', secret: 'L6I3GCTY3XAJK7WXRK52NVPNNVOTIPUO' },
  representant: { email: 'representant@demo.masseflyt.no', name: 'Rune Representant', secret: '6BCNVL3WCX4QNZSUSO75ZWFRFLNRYOBG' },
  transport: { email: 'transport@demo.masseflyt.no', name: 'Tina Transportdisponent', secret: 'DFNSBESC672OSYJ3HBESPPQFUQUCLSHC' },
  sjafor: { email: 'sjafor@demo.masseflyt.no', name: 'Sverre Sjåfør', secret: 'BHGXEGPIPSEKA4VONYCBGWIPCVUTWKXK' },
  mottak: { email: 'mottak@demo.masseflyt.no', name: 'Mona Mottak', secret: 'CWSA55I4GLWHXI7BNC4IMZXHALFOP7SC' },
  kvalitet: { email: 'kvalitet@demo.masseflyt.no', name: 'Kari Kvalitet', secret: 'L37A3ETGLVWXB25G6D3ROG5MUKBPUBXZ' },
  ny: { email: 'ny@demo.masseflyt.no', name: 'Nina Ny', secret: null },
};

/** `masseflyt migrate` and `masseflyt seed-demo` against the database in `env`. */
export async function migrateAndSeed(env) {
  const options = { cwd: root, env: { ...process.env, ...env } };
  await run(binary, ['migrate'], options);
  await run(binary, ['seed-demo'], options);
}

/**
 * Fills `live` with a fresh database in a new temporary directory (`live.dir`, `live.database`),
 * migrated and seeded with the demo data unless `seed` is false, and a server on it
 * (`live.server`). `env` (an object, or a function of `live` called once the database exists —
 * for settings that need the directory or another stub started first) and `args` go to the server.
 */
export async function startSeededServer(live, { env = {}, args = [], seed = true } = {}) {
  live.dir = await mkdtemp(path.join(tmpdir(), 'masseflyt-test-'));
  live.database = await createTestDatabase(live.dir);
  if (seed) await migrateAndSeed(live.database.env);
  const extra = typeof env === 'function' ? await env(live) : env;
  const serverArgs = typeof args === 'function' ? await args(live) : args;
  live.server = await startServer({ env: { ...live.database.env, ...extra }, args: serverArgs });
}

/** Undoes startSeededServer, also after it failed halfway. */
export async function stopSeededServer(live) {
  try {
    await live.server?.stop();
  } finally {
    await live.database?.drop();
    if (live.dir) await rm(live.dir, { recursive: true, force: true });
  }
}

/**
 * One seeded server for the enclosing describe(): registers the before/after hooks and returns
 * the object they fill, `{ dir, database, server }` (read its fields inside tests and later hooks,
 * not when the file loads). Hooks a file registers after this call run after these.
 */
export function useSeededServer(options = {}) {
  const live = {};
  before(() => startSeededServer(live, options));
  after(() => stopSeededServer(live));
  return live;
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(c);
    if (value < 0) throw new Error(`not base32: ${c}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) for a base32 secret at `unixSeconds`. */
export function totp(secret, unixSeconds = Date.now() / 1000) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const lastStepUsed = new Map();

/**
 * A code the server will accept for `account` now. The server takes each 30-second step only
 * once per account and only within one step of its clock, so this waits for the next step when
 * the current one was already used by this test process, and never hands out an older step
 * (a code from the previous step can fall out of the window while the form is being sent).
 */
export async function freshTotp(account) {
  let step = Math.floor(Date.now() / 30_000);
  const last = lastStepUsed.get(account.email);
  if (last !== undefined && step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * 30_000 - Date.now() + 100));
    step = last + 1;
  }
  lastStepUsed.set(account.email, step);
  return totp(account.secret, step * 30);
}

/** A minimal browser: keeps cookies, never follows redirects, sends forms with the CSRF token. */
export class Client {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path, init = {}) {
    const headers = { ...(init.headers ?? {}) };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    const response = await fetch(this.baseUrl + path, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '' || attributes.some((a) => /max-age=0/i.test(a.trim()))) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  get(path) {
    return this.request(path);
  }

  /** POSTs `fields` as a form; `csrf` false leaves the token out. */
  post(path, fields, { csrf = true } = {}) {
    const body = new URLSearchParams(fields);
    if (csrf && this.csrf) body.set('csrf_token', this.csrf);
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }

  /** GETs a page and remembers the CSRF token of its form. */
  async page(path) {
    const response = await this.get(path);
    const html = await response.text();
    const match = html.match(/name="csrf_token" value="([^"]+)"/);
    if (match) this.csrf = match[1];
    return { response, html };
  }

  /**
   * Password, then TOTP. Each step is accepted once per account, so without `at` (a chosen step)
   * this waits for an unused one, like the browser tests do.
   */
  async logIn(account, { at } = {}) {
    await this.page('/logg-inn');
    const first = await this.post('/logg-inn', { epost: account.email, passord: DEMO_PASSWORD, neste: '/konto' });
    if (first.status !== 303) throw new Error(`password step: ${first.status}`);
    await this.page('/logg-inn/totp');
    const code = at === undefined ? await freshTotp(account) : totp(account.secret, at);
    const second = await this.post('/logg-inn/totp', { kode: code, neste: '/konto' });
    if (second.status !== 303) throw new Error(`TOTP step: ${second.status}`);
    await this.page('/konto');
    return second;
  }
}

/** A JSON API call: as `client` (its session and CSRF token) or, with `client` null, anonymously. */
export async function apiRequest(server, client, method, url, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (client?.csrf) headers['x-csrf-token'] = client.csrf;
  const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
  return client ? client.request(url, init) : fetch(`${server.baseUrl}${url}`, init);
}

// One login per account and server: each TOTP step is accepted once per account.
const sessions = new Map();

/** A Client logged in as `account` on `server`, shared by every caller in this test process. */
export async function loggedIn(server, account) {
  const key = `${server.baseUrl} ${account.email}`;
  if (!sessions.has(key)) {
    const client = new Client(server.baseUrl);
    await client.logIn(account);
    sessions.set(key, client);
  }
  return sessions.get(key);
}

/**
 * A client-credentials access token for a new API client of `orgnr` holding `scopes`, created by
 * `admin` (a Client logged in as the organisation's admin within the last five minutes, so the
 * login counts as the step-up, and with a CSRF token from a page).
 */
export async function apiClientToken(admin, orgnr, scopes) {
  const response = await admin.request(`/api/v1/organisasjoner/${orgnr}/api-klienter`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': admin.csrf },
    body: JSON.stringify({ navn: `Fagsystem ${scopes.join(' ')}`.slice(0, 100), scopes }),
  });
  if (response.status !== 201) throw new Error(`API client: ${response.status} ${await response.text()}`);
  const { client_id: id, client_secret: secret } = await response.json();
  const token = await fetch(`${admin.baseUrl}/api/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
  });
  if (token.status !== 200) throw new Error(`token: ${token.status} ${await token.text()}`);
  return (await token.json()).access_token;
}
