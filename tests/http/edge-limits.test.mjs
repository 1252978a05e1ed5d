// Issue 2 item 3, against the real binary: body and header size limits, malformed requests,
// timeouts for clients that trickle their headers, and keep-alive.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { connect, readResponse, readUntilClose, parseResponse, write } from '../support/raw-http.mjs';

const HEADER_TIMEOUT_MS = 1000;
const DEFAULT_BODY_LIMIT = 64 * 1024;

let server;
before(async () => {
  server = await startServer({ env: { MASSEFLYT_HEADER_TIMEOUT_MS: String(HEADER_TIMEOUT_MS) } });
});
after(async () => {
  await server?.stop();
});

function assertProblem(response, body, status) {
  assert.equal(response.status ?? response.statusCode, status);
  const type = response.headers.get?.('content-type') ?? response.headers['content-type'];
  assert.equal(type, 'application/problem+json');
  const problem = JSON.parse(body);
  assert.equal(problem.status, status);
  assert.equal(problem.type, 'about:blank');
  assert.ok(problem.title.length > 0);
  return problem;
}

test('an oversized body to an API route is 413 problem+json', async () => {
  const response = await fetch(`${server.baseUrl}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'too-big' },
    body: JSON.stringify({ data: 'x'.repeat(DEFAULT_BODY_LIMIT + 1024) }),
  });
  const body = await response.text();
  const problem = assertProblem(response, body, 413);
  assert.equal(problem.title, 'For stor forespørsel');
  assert.equal(problem.requestId, 'too-big');
  assert.equal(response.headers.get('x-request-id'), 'too-big');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(response.headers.get('content-security-policy'));
});

test('413 comes from Content-Length alone, before the body is sent', async () => {
  const socket = await connect(server.port);
  const closed = readUntilClose(socket);
  await write(
    socket,
    'POST /api/v1 HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${10 * 1024 * 1024}\r\n\r\n`,
  );
  const { data } = await closed;
  const response = parseResponse(data);
  assert.ok(response, `no response: ${data.toString('latin1')}`);
  assertProblem(response, response.body, 413);
  assert.equal(response.headers.connection, 'close');
});

test('a chunked body over the limit is 413', async () => {
  const socket = await connect(server.port);
  const closed = readUntilClose(socket);
  await write(socket, 'POST /api/v1 HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n');
  const chunk = 'y'.repeat(16 * 1024);
  for (let i = 0; i < 6 && !socket.destroyed; i += 1) {
    await write(socket, `${chunk.length.toString(16)}\r\n${chunk}\r\n`).catch(() => {});
  }
  const { data } = await closed;
  const response = parseResponse(data);
  assert.ok(response, `no response: ${data.toString('latin1').slice(0, 200)}`);
  assertProblem(response, response.body, 413);
});

test('a body within the limit is read and routed normally', async () => {
  const response = await fetch(`${server.baseUrl}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: 'x'.repeat(1000) }),
  });
  await response.arrayBuffer();
  assert.equal(response.status, 405); // /api/v1 is read-only: routed, not rejected for size
});

test('huge request headers are 431', async () => {
  const response = await fetch(`${server.baseUrl}/`, {
    headers: { 'X-Stor': 'a'.repeat(20 * 1024) },
  });
  const body = await response.text();
  assert.equal(response.status, 431);
  assert.match(body, /For store forespørselshoder/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(response.headers.get('x-request-id'));
});

test('huge headers on an API path are 431 problem+json', async () => {
  const response = await fetch(`${server.baseUrl}/api/v1`, {
    headers: { Cookie: `c=${'b'.repeat(20 * 1024)}` },
  });
  assertProblem(response, await response.text(), 431);
});

test('a malformed request is 400', async () => {
  const socket = await connect(server.port);
  const closed = readUntilClose(socket);
  await write(socket, 'GET / HTTP/1.1\r\nHost: test\r\nBad Header Without Colon\r\n\r\n');
  const { data } = await closed;
  const response = parseResponse(data);
  assert.ok(response, `no response: ${data.toString('latin1')}`);
  assert.equal(response.status, 400);
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
});

test('a path with an encoded slash or dot segment is 400', async () => {
  for (const path of ['/static/..%2F..%2Fetc%2Fpasswd', '/static/%2e%2e/x']) {
    const socket = await connect(server.port);
    const closed = readUntilClose(socket);
    await write(socket, `GET ${path} HTTP/1.1\r\nHost: test\r\n\r\n`);
    const response = parseResponse((await closed).data);
    assert.equal(response?.status, 400, path);
  }
});

test('a client that trickles its headers is cut off after the header timeout', async () => {
  const socket = await connect(server.port);
  const closed = readUntilClose(socket, 10_000);
  const started = Date.now();
  // One byte every 100 ms: each byte arrives well within any per-read timeout, so only a
  // deadline for the whole header stops it.
  const request = `GET / HTTP/1.1\r\nHost: test\r\nX-Slow: ${'s'.repeat(1000)}`;
  const timer = setInterval(() => {
    if (socket.destroyed || socket.writableEnded) return;
    const i = Math.floor((Date.now() - started) / 100);
    socket.write(request[i % request.length], () => {});
  }, 100);
  try {
    const { closedAfterMs, data } = await closed;
    assert.ok(closedAfterMs >= HEADER_TIMEOUT_MS - 200, `closed too early: ${closedAfterMs} ms`);
    assert.ok(closedAfterMs < HEADER_TIMEOUT_MS + 1500, `closed too late: ${closedAfterMs} ms`);
    assert.ok(!data.toString('latin1').startsWith('HTTP/1.1 200'));
  } finally {
    clearInterval(timer);
  }
});

test('a connection that sends nothing is closed after the header timeout', async () => {
  const socket = await connect(server.port);
  const { closedAfterMs } = await readUntilClose(socket, 10_000);
  assert.ok(closedAfterMs < HEADER_TIMEOUT_MS + 1500, `closed after ${closedAfterMs} ms`);
});

test('keep-alive serves two requests on one socket', async () => {
  const socket = await connect(server.port);
  try {
    await write(socket, 'GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n');
    const first = await readResponse(socket);
    assert.equal(first.status, 200);
    assert.notEqual(first.headers.connection, 'close');
    await write(socket, 'GET /api/v1 HTTP/1.1\r\nHost: test\r\n\r\n');
    const second = await readResponse(socket);
    assert.equal(second.status, 200);
    JSON.parse(second.body);
    assert.notEqual(first.headers['x-request-id'], second.headers['x-request-id']);
  } finally {
    socket.destroy();
  }
});

test('pipelined requests are answered in order', async () => {
  const socket = await connect(server.port);
  try {
    const responses = [];
    let buffer = Buffer.alloc(0);
    const done = new Promise((resolve) => {
      socket.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (let r = parseResponse(buffer); r; r = parseResponse(buffer)) {
          responses.push(r);
          buffer = r.rest;
        }
        if (responses.length === 2) resolve();
      });
    });
    await write(socket, 'GET /healthz HTTP/1.1\r\nHost: t\r\n\r\nGET /finnes-ikke HTTP/1.1\r\nHost: t\r\n\r\n');
    await done;
    assert.deepEqual(responses.map((r) => r.status), [200, 404]);
  } finally {
    socket.destroy();
  }
});

test('Connection: close is honoured', async () => {
  const socket = await connect(server.port);
  const closed = readUntilClose(socket);
  await write(socket, 'GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n');
  const { data } = await closed;
  assert.equal(parseResponse(data)?.status, 200);
});
