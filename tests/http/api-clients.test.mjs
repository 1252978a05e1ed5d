// Issue 3 item 7 from outside: an organisation admin creates an API client (session + step-up),
// the client gets a short-lived ES256 token from /api/v1/token (OAuth2 client credentials) and
// calls a protected route with it; wrong secrets, tampered, expired and revoked tokens are
// refused; a token from the configured external issuer (Maskinporten style, signed here with a
// locally generated key) is accepted; the rate limits answer 429 with Retry-After.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { Client, DEMO, freshTotp, useSeededServer } from '../support/accounts.mjs';

const ORG = '315500117'; // Fornebu Byutvikling AS (demo): byggherre is its verified admin
const OTHER_ORG = '315500443'; // a demo company byggherre does not administer
const EXTERNAL_ISSUER = 'https://test.maskinporten.example/';
const EXTERNAL_AUDIENCE = 'https://masseflyt.test/api';
const PREFIX = 'baerum:masseflyt/';

const run = promisify(execFile);
const b64url = (data) => Buffer.from(data).toString('base64url');

function signJwt(privateKey, kid, claims) {
  const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

function decode(jwt) {
  const [header, payload] = jwt.split('.');
  return { header: JSON.parse(Buffer.from(header, 'base64url')), payload: JSON.parse(Buffer.from(payload, 'base64url')) };
}

async function tokenRequest(baseUrl, form, headers = {}) {
  return fetch(`${baseUrl}/api/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
}

const basic = (id, secret) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('API-klienter', () => {
  let admin;
  let external;
  const clients = {};
  const sql = (statements) => {
    const url = live.database.env.MASSEFLYT_DATABASE_URL;
    if (url.startsWith('sqlite:')) return run('sqlite3', ['-bail', url.slice('sqlite:'.length), statements]);
    return run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', statements]);
  };

  const live = useSeededServer({
    env: async ({ dir }) => {
      external = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = { ...external.publicKey.export({ format: 'jwk' }), kid: 'ekstern-1', alg: 'ES256', use: 'sig' };
      const jwksFile = path.join(dir, 'ekstern-jwks.json');
      await writeFile(jwksFile, JSON.stringify({ keys: [jwk] }));
      return {
        MASSEFLYT_API_EXTERNAL_ISSUER: EXTERNAL_ISSUER,
        MASSEFLYT_API_EXTERNAL_AUDIENCE: EXTERNAL_AUDIENCE,
        MASSEFLYT_API_EXTERNAL_JWKS: jwksFile,
        MASSEFLYT_API_EXTERNAL_SCOPE_PREFIX: PREFIX,
        MASSEFLYT_API_RATE_TOKEN: '1000',
      };
    },
  });
  before(async () => {
    admin = new Client(live.server.baseUrl);
    await admin.logIn(DEMO.byggherre); // freshTotp: the login counts as a recent step-up
  });

  async function createClient(name, scopes) {
    const { response, html } = await admin.page(`/organisasjoner/${ORG}/api-klienter/ny`);
    assert.equal(response.status, 200, html);
    const created = await admin.post(`/organisasjoner/${ORG}/api-klienter/ny`,
      [['navn', name], ...scopes.map((s) => ['scope', s])]);
    const page = await created.text();
    assert.equal(created.status, 200, page);
    assert.equal(created.headers.get('cache-control'), 'no-store');
    const id = page.match(/id="klient-id">([^<]+)</)[1];
    const secret = page.match(/id="hemmelighet">([^<]+)</)[1];
    return { id, secret };
  }

  test('en organisasjonsadministrator oppretter klienter; hemmeligheten vises én gang', async () => {
    const anonymous = await fetch(`${live.server.baseUrl}/organisasjoner/${ORG}/api-klienter`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.headers.get('location'), /^\/logg-inn/);

    const empty = await admin.page(`/organisasjoner/${ORG}/api-klienter`);
    assert.equal(empty.response.status, 200);
    assert.match(empty.html, /ingen API-klienter/);

    const noCsrf = await admin.post(`/organisasjoner/${ORG}/api-klienter/ny`, { navn: 'x', scope: 'identity.members.read' }, { csrf: false });
    assert.equal(noCsrf.status, 403);

    const invalid = await admin.post(`/organisasjoner/${ORG}/api-klienter/ny`, { navn: '', scope: 'audit.log.read' });
    assert.equal(invalid.status, 422);
    const invalidHtml = await invalid.text();
    assert.match(invalidHtml, /Gi klienten et navn/);
    assert.match(invalidHtml, /bare gi tilganger du selv har/);

    clients.full = await createClient('Fagsystem full', ['identity.api_clients.manage', 'identity.members.read']);
    clients.narrow = await createClient('Fagsystem lese', ['identity.members.read']);
    clients.revoked = await createClient('Fagsystem gammel', ['identity.api_clients.manage']);

    const list = await admin.page(`/organisasjoner/${ORG}/api-klienter`);
    assert.match(list.html, /Fagsystem full/);
    assert.ok(list.html.includes(clients.full.id));
    assert.ok(!list.html.includes(clients.full.secret), 'the secret is never shown again');

    const other = await admin.get(`/organisasjoner/${OTHER_ORG}/api-klienter`);
    assert.equal(other.status, 403);
  });

  test('opprettelse og ny hemmelighet krever nylig bekreftelse med engangskode', async () => {
    // The login counted as a step-up; make it old.
    await sql(`UPDATE sessions SET step_up_at = 1 WHERE user_id = (SELECT id FROM users WHERE email = '${DEMO.byggherre.email}')`);
    const form = await admin.get(`/organisasjoner/${ORG}/api-klienter/ny`);
    assert.equal(form.status, 303);
    assert.equal(form.headers.get('location'), `/konto/bekreft?neste=%2Forganisasjoner%2F${ORG}%2Fapi-klienter%2Fny`);
    const post = await admin.post(`/organisasjoner/${ORG}/api-klienter/ny`, { navn: 'Uten bekreftelse', scope: 'identity.members.read' });
    assert.equal(post.status, 303);
    assert.match(post.headers.get('location'), /^\/konto\/bekreft\?neste=/);
    const rotate = await admin.post(`/organisasjoner/${ORG}/api-klienter/${clients.narrow.id}/ny-hemmelighet`, {});
    assert.equal(rotate.status, 303);
    const viaApi = await admin.request(`/api/v1/organisasjoner/${ORG}/api-klienter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': admin.csrf },
      body: JSON.stringify({ navn: 'Via API', scopes: ['identity.members.read'] }),
    });
    assert.equal(viaApi.status, 403);
    assert.match(viaApi.headers.get('content-type'), /^application\/problem\+json/);
    const list = await admin.page(`/organisasjoner/${ORG}/api-klienter`);
    assert.ok(!list.html.includes('Uten bekreftelse'), 'nothing was created');

    // Step up again (a fresh TOTP code), then the API creates too; the secret comes once.
    await admin.page(`/konto/bekreft?neste=/organisasjoner/${ORG}/api-klienter`);
    const stepUp = await admin.post('/konto/bekreft', { kode: await freshTotp(DEMO.byggherre), neste: `/organisasjoner/${ORG}/api-klienter` });
    assert.equal(stepUp.status, 303);
    await admin.page(`/organisasjoner/${ORG}/api-klienter`);
    const created = await admin.request(`/api/v1/organisasjoner/${ORG}/api-klienter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': admin.csrf },
      body: JSON.stringify({ navn: 'Via API', scopes: ['identity.members.read'] }),
    });
    assert.equal(created.status, 201);
    const body = await created.json();
    assert.ok(body.client_secret);
    assert.deepEqual(body.scopes, ['identity.members.read']);
    assert.equal(created.headers.get('location'), `/api/v1/organisasjoner/${ORG}/api-klienter/${body.client_id}`);
    const rotated = await admin.request(`/api/v1/organisasjoner/${ORG}/api-klienter/${body.client_id}/ny-hemmelighet`, {
      method: 'POST', headers: { 'x-csrf-token': admin.csrf },
    });
    assert.equal(rotated.status, 200);
    const rotatedBody = await rotated.json();
    assert.notEqual(rotatedBody.client_secret, body.client_secret);
    const oldSecret = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' }, { authorization: basic(body.client_id, body.client_secret) });
    assert.equal(oldSecret.status, 401);
    const newSecret = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' }, { authorization: basic(body.client_id, rotatedBody.client_secret) });
    assert.equal(newSecret.status, 200);
  });

  test('klienten henter en tilgangsnøkkel og bruker den', async () => {
    const response = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' },
      { authorization: basic(clients.full.id, clients.full.secret) });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const token = await response.json();
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.expires_in, 300);
    assert.equal(token.scope, 'identity.api_clients.manage identity.members.read');
    const { header, payload } = decode(token.access_token);
    assert.equal(header.alg, 'ES256');
    assert.ok(header.kid);
    assert.equal(payload.sub, clients.full.id);
    assert.equal(payload.exp - payload.iat, 300);
    assert.deepEqual(payload.consumer, { authority: 'iso6523-actorid-upis', ID: `0192:${ORG}` });

    // The published key verifies the signature.
    const jwks = await (await fetch(`${live.server.baseUrl}/api/v1/jwks.json`)).json();
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    assert.ok(jwk && !('d' in jwk));
    const [h, p, s] = token.access_token.split('.');
    assert.ok(verify('sha256', Buffer.from(`${h}.${p}`), { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url')));

    const list = await fetch(`${live.server.baseUrl}/api/v1/organisasjoner/${ORG}/api-klienter`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    assert.equal(list.status, 200);
    const clientsJson = await list.json();
    assert.ok(clientsJson.data.some((c) => c.client_id === clients.full.id && c.status === 'aktiv'));
    assert.ok(clientsJson.data.every((c) => !('client_secret' in c)));

    // Its own organisation only.
    const other = await fetch(`${live.server.baseUrl}/api/v1/organisasjoner/${OTHER_ORG}/api-klienter`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    assert.equal(other.status, 403);
    // An API client cannot make clients (no person, no step-up).
    const make = await fetch(`${live.server.baseUrl}/api/v1/organisasjoner/${ORG}/api-klienter`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ navn: 'x', scopes: ['identity.members.read'] }),
    });
    assert.equal(make.status, 403);

    // Client credentials in the body work too; a narrower scope can be asked for.
    const narrowed = await tokenRequest(live.server.baseUrl, {
      grant_type: 'client_credentials', client_id: clients.full.id, client_secret: clients.full.secret, scope: 'identity.members.read',
    });
    assert.equal(narrowed.status, 200);
    assert.equal((await narrowed.json()).scope, 'identity.members.read');
  });

  test('for smalt scope gir 403, ingen nøkkel 401, manipulert nøkkel 401', async () => {
    const token = (await (await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' },
      { authorization: basic(clients.narrow.id, clients.narrow.secret) })).json()).access_token;
    const url = `${live.server.baseUrl}/api/v1/organisasjoner/${ORG}/api-klienter`;
    const forbidden = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(forbidden.status, 403);
    assert.match(forbidden.headers.get('content-type'), /^application\/problem\+json/);

    const none = await fetch(url);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('content-type'), /^application\/problem\+json/);

    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url'));
    claims.scope = 'identity.api_clients.manage';
    const tampered = `${h}.${b64url(JSON.stringify(claims))}.${s}`;
    for (const bad of [tampered, `${h}.${p}.${b64url('x'.repeat(64))}`, 'ikke.en.jwt', 'abc']) {
      const refused = await fetch(url, { headers: { authorization: `Bearer ${bad}` } });
      assert.equal(refused.status, 401, bad);
      assert.equal(refused.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
      const problem = await refused.json();
      assert.equal(problem.status, 401);
      assert.match(problem.detail, /ugyldig/);
    }
    // A key we never made, with an unknown kid.
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const forged = signJwt(stranger.privateKey, 'ukjent', { ...claims, scope: 'identity.api_clients.manage' });
    assert.equal((await fetch(url, { headers: { authorization: `Bearer ${forged}` } })).status, 401);
  });

  test('token-endepunktet svarer med OAuth-feil etter RFC 6749 §5.2', async () => {
    const wrong = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' },
      { authorization: basic(clients.full.id, 'feil-hemmelighet') });
    assert.equal(wrong.status, 401);
    assert.match(wrong.headers.get('www-authenticate'), /^Basic/);
    const wrongBody = await wrong.json();
    assert.equal(wrongBody.error, 'invalid_client');
    assert.ok(wrongBody.error_description);

    const unknown = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials', client_id: 'finnes-ikke', client_secret: 'x' });
    assert.equal((await unknown.json()).error, 'invalid_client');

    const grant = await tokenRequest(live.server.baseUrl, { grant_type: 'password', client_id: clients.full.id, client_secret: clients.full.secret });
    assert.equal(grant.status, 400);
    assert.equal((await grant.json()).error, 'unsupported_grant_type');

    const scope = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials', scope: 'audit.log.read' },
      { authorization: basic(clients.full.id, clients.full.secret) });
    assert.equal(scope.status, 400);
    assert.equal((await scope.json()).error, 'invalid_scope');

    const json = await fetch(`${live.server.baseUrl}/api/v1/token`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":"client_credentials"}',
    });
    assert.equal(json.status, 400);
    assert.equal((await json.json()).error, 'invalid_request');

    const missing = await tokenRequest(live.server.baseUrl, { client_id: clients.full.id });
    assert.equal((await missing.json()).error, 'invalid_request');
  });

  test('tilbakekalt klient avvises både ved nøkkelutstedelse og med nøkler den allerede har', async () => {
    const token = (await (await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' },
      { authorization: basic(clients.revoked.id, clients.revoked.secret) })).json()).access_token;
    const url = `${live.server.baseUrl}/api/v1/organisasjoner/${ORG}/api-klienter`;
    assert.equal((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status, 200);

    await admin.page(`/organisasjoner/${ORG}/api-klienter`);
    const revoke = await admin.post(`/organisasjoner/${ORG}/api-klienter/${clients.revoked.id}/tilbakekall`, {});
    assert.equal(revoke.status, 303);
    const list = await admin.page(`/organisasjoner/${ORG}/api-klienter?tilbakekalt=1`);
    assert.match(list.html, /Tilbakekalt/);

    const after = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(after.status, 401);
    const again = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials' },
      { authorization: basic(clients.revoked.id, clients.revoked.secret) });
    assert.equal(again.status, 401);
    assert.equal((await again.json()).error, 'invalid_client');
  });

  test('tilgangsnøkler fra den konfigurerte eksterne utstederen godtas; andre ikke', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: EXTERNAL_ISSUER, aud: EXTERNAL_AUDIENCE, client_id: 'maskinporten-klient', iat: now, exp: now + 120,
      jti: 'j1', scope: `${PREFIX}identity.api_clients.manage annen:scope`,
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${ORG}` },
    };
    const url = `${live.server.baseUrl}/api/v1/organisasjoner/${ORG}/api-klienter`;
    const call = (jwt) => fetch(url, { headers: { authorization: `Bearer ${jwt}` } });
    assert.equal((await call(signJwt(external.privateKey, 'ekstern-1', claims))).status, 200);
    // Older docs show the 9908 prefix.
    assert.equal((await call(signJwt(external.privateKey, 'ekstern-1', { ...claims, consumer: { ...claims.consumer, ID: `9908:${ORG}` } }))).status, 200);
    // Scopes map only with the configured prefix.
    assert.equal((await call(signJwt(external.privateKey, 'ekstern-1', { ...claims, scope: 'identity.api_clients.manage' }))).status, 403);
    // Another organisation than the consumer.
    assert.equal((await fetch(`${live.server.baseUrl}/api/v1/organisasjoner/${OTHER_ORG}/api-klienter`, {
      headers: { authorization: `Bearer ${signJwt(external.privateKey, 'ekstern-1', claims)}` } })).status, 403);
    for (const bad of [
      { ...claims, iss: 'https://evil.example/' },
      { ...claims, aud: 'noen-andre' },
      { ...claims, iat: now - 600, exp: now - 300 },
      { ...claims, consumer: { authority: 'iso6523-actorid-upis', ID: '0192:315501105' } },
    ]) {
      const refused = await call(signJwt(external.privateKey, 'ekstern-1', bad));
      assert.equal(refused.status, 401, JSON.stringify(bad));
    }
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    assert.equal((await call(signJwt(stranger.privateKey, 'ekstern-1', claims))).status, 401);
  });

  test('revisjonsloggen har klienthendelsene uten hemmeligheter', async () => {
    const adminUser = new Client(live.server.baseUrl);
    await adminUser.logIn(DEMO.admin);
    const response = await adminUser.get('/api/v1/revisjonslogg?handling=api_client');
    const text = await response.text();
    assert.equal(response.status, 200, text);
    for (const action of ['api_client.created', 'api_client.revoked', 'api_client.token_denied']) {
      assert.ok(text.includes(action), action);
    }
    for (const client of Object.values(clients)) assert.ok(!text.includes(client.secret));
  });
});

describe('fartsgrenser for API-et', () => {
  const live = useSeededServer({ seed: false, env: { MASSEFLYT_API_RATE_IP: '5', MASSEFLYT_API_RATE_TOKEN: '2' } });

  test('token-endepunktet er strengere, og 429 har Retry-After', async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' });
      assert.equal(response.status, 401);
    }
    const limited = await tokenRequest(live.server.baseUrl, { grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' });
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('content-type'), /^application\/problem\+json/);
    const retry = Number(limited.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 30, `Retry-After ${retry}`);
  });

  test('anonyme kall begrenses per adresse', async () => {
    let limited;
    for (let i = 0; i < 10 && !limited; i += 1) {
      const response = await fetch(`${live.server.baseUrl}/api/v1/jwks.json`);
      if (response.status === 429) limited = response;
      else assert.equal(response.status, 200);
    }
    assert.ok(limited, 'no 429 within 10 requests at 5/min');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    // Pages are not limited by the API limiter.
    assert.equal((await fetch(`${live.server.baseUrl}/`)).status, 200);
  });
});
