// Issue 2 item 3, against the real binary: security headers on every kind of response, request
// ids, Norwegian 404 pages vs problem+json for the API, 405 with Allow, HEAD, health probes and
// an access log without personal data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://cache.kartverket.no; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'self'; frame-ancestors 'none'";

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

function assertSecurityHeaders(response, what) {
  const h = response.headers;
  assert.equal(h.get('content-security-policy'), EXPECTED_CSP, `${what}: CSP`);
  assert.equal(h.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
  assert.equal(h.get('referrer-policy'), 'strict-origin-when-cross-origin', `${what}: Referrer-Policy`);
  assert.equal(h.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
  assert.equal(h.get('permissions-policy'), 'geolocation=(self), camera=(), microphone=()');
  assert.equal(h.get('cross-origin-opener-policy'), 'same-origin', `${what}: COOP`);
  // Not configured as behind TLS, so no HSTS (it would break plain-HTTP development).
  assert.equal(h.get('strict-transport-security'), null, `${what}: no HSTS`);
  assert.match(h.get('x-request-id') ?? '', /^[A-Za-z0-9._-]{1,128}$/, `${what}: X-Request-Id`);
  assert.equal(h.get('server'), null, `${what}: no Server header`);
}

async function get(path, init) {
  const response = await fetch(`${server.baseUrl}${path}`, init);
  const body = await response.text();
  return { response, body };
}

test('a page has the security headers', async () => {
  const { response, body } = await get('/');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/html/);
  assert.match(body, /<html[^>]*lang="nb"/);
  assertSecurityHeaders(response, 'page');
});

test('an API response has the security headers', async () => {
  const { response, body } = await get('/api/v1');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  JSON.parse(body);
  assertSecurityHeaders(response, 'api');
});

test('an unknown page is a Norwegian HTML 404 with the security headers', async () => {
  const { response, body } = await get('/finnes-ikke-her');
  assert.equal(response.status, 404);
  assert.match(response.headers.get('content-type'), /^text\/html; charset=utf-8/);
  assert.match(body, /lang="nb"/);
  assert.match(body, /Siden finnes ikke/);
  assert.match(body, new RegExp(response.headers.get('x-request-id')));
  assertSecurityHeaders(response, 'error page');
});

test('an unknown API path is problem+json (RFC 9457) with the security headers', async () => {
  const { response, body } = await get('/api/v1/finnes-ikke', {
    headers: { 'X-Request-Id': 'test-404-api' },
  });
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const problem = JSON.parse(body);
  assert.equal(problem.type, 'about:blank');
  assert.equal(problem.title, 'Ressursen finnes ikke');
  assert.equal(problem.status, 404);
  assert.equal(typeof problem.detail, 'string');
  assert.equal(problem.instance, '/api/v1/finnes-ikke');
  assert.equal(problem.requestId, 'test-404-api');
  assertSecurityHeaders(response, 'api error');
});

test('a wrong method is 405 with Allow', async () => {
  const { response, body } = await get('/healthz', { method: 'POST', body: '' });
  assert.equal(response.status, 405);
  const allow = response.headers.get('allow').split(/,\s*/).sort();
  assert.deepEqual(allow, ['GET', 'HEAD']);
  assert.equal(JSON.parse(body).status, 405);
  assertSecurityHeaders(response, '405');
});

test('HEAD is answered like GET without a body', async () => {
  const getResponse = await get('/healthz');
  const { response, body } = await get('/healthz', { method: 'HEAD' });
  assert.equal(response.status, 200);
  assert.equal(body, '');
  assert.equal(response.headers.get('content-length'), String(Buffer.byteLength(getResponse.body)));
  assertSecurityHeaders(response, 'HEAD');
  const page = await get('/', { method: 'HEAD' });
  assert.equal(page.response.status, 200);
  assert.equal(page.body, '');
});

test('a sane incoming X-Request-Id is echoed', async () => {
  const { response } = await get('/healthz', { headers: { 'X-Request-Id': 'abc-123_DEF.456' } });
  assert.equal(response.headers.get('x-request-id'), 'abc-123_DEF.456');
});

test('an unacceptable X-Request-Id is replaced by a generated one', async () => {
  for (const bad of ['har mellomrom', 'x'.repeat(129), 'semi;kolon', '"quoted"']) {
    const { response } = await get('/healthz', { headers: { 'X-Request-Id': bad } });
    const id = response.headers.get('x-request-id');
    assert.notEqual(id, bad);
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
});

test('request ids are generated when absent, and differ per request', async () => {
  const a = (await get('/healthz')).response.headers.get('x-request-id');
  const b = (await get('/healthz')).response.headers.get('x-request-id');
  assert.ok(a && b);
  assert.notEqual(a, b);
});

test('/healthz and /readyz answer 200 with status ok', async () => {
  for (const path of ['/healthz', '/readyz']) {
    const { response, body } = await get(path);
    assert.equal(response.status, 200, path);
    assert.deepEqual(JSON.parse(body), { status: 'ok' }, path);
    assertSecurityHeaders(response, path);
  }
});

test('the access log has one JSON line per request with the route pattern and no personal data', async () => {
  const id = 'access-log-check';
  await get('/api/v1?epost=ola.nordmann%40example.no&navn=Kari', {
    headers: {
      'X-Request-Id': id,
      Cookie: 'session=topphemmelig-cookie',
      Authorization: 'Bearer topphemmelig-token',
    },
  });
  const entry = await server.waitForLog((e) => e.event === 'request' && e.request_id === id);
  assert.equal(entry.level, 'info');
  assert.match(entry.ts, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(entry.method, 'GET');
  assert.equal(entry.route, '/api/v1');
  // An invalid bearer token is refused even on an open route (RFC 6750 §3.1: invalid_token).
  assert.equal(entry.status, 401);
  assert.equal(typeof entry.duration_ms, 'number');
  assert.equal(typeof entry.bytes, 'number');
  const line = JSON.stringify(entry);
  for (const secret of ['ola', 'nordmann', 'Kari', 'epost', 'topphemmelig', '127.0.0.1']) {
    assert.ok(!line.includes(secret), `access log leaks ${secret}: ${line}`);
  }
});

test('an unmatched path is logged without the path', async () => {
  const id = 'access-log-404';
  await get('/privat/ola-nordmann', { headers: { 'X-Request-Id': id } });
  const entry = await server.waitForLog((e) => e.event === 'request' && e.request_id === id);
  assert.equal(entry.status, 404);
  assert.ok(!JSON.stringify(entry).includes('ola'));
});
