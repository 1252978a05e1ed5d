// Issue 2 item 3: on SIGTERM the server stops accepting but finishes every request that was
// sent before the signal, then exits 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { connect, parseResponse, readUntilClose, write } from '../support/raw-http.mjs';

const PATHS = ['/api/v1/openapi.json', '/', '/api/v1', '/healthz'];

test('requests in flight when SIGTERM arrives complete without a reset', async () => {
  const server = await startServer();
  const burst = 24;
  const sockets = await Promise.all(Array.from({ length: burst }, () => connect(server.port)));
  const results = sockets.map((socket) => readUntilClose(socket, 30_000));
  // Every request is in the kernel before the signal is sent.
  await Promise.all(
    sockets.map((socket, i) =>
      write(socket, `GET ${PATHS[i % PATHS.length]} HTTP/1.1\r\nHost: test\r\n\r\n`),
    ),
  );
  server.child.kill('SIGTERM');
  const outcomes = await Promise.all(results);
  outcomes.forEach(({ data, error }, i) => {
    assert.equal(error, undefined, `request ${i}: ${error?.code}`);
    const response = parseResponse(data);
    assert.ok(response, `request ${i}: incomplete response (${data.length} bytes)`);
    assert.equal(response.status, 200, `request ${i}`);
  });
  await server.stop(); // asserts exit code 0
  assert.ok(server.logs.some((e) => e.event === 'shutting_down'));
});

test('an idle keep-alive connection does not delay shutdown', async () => {
  const server = await startServer();
  const socket = await connect(server.port);
  const closed = readUntilClose(socket, 30_000);
  await write(socket, 'GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n');
  await new Promise((resolve) => {
    socket.once('data', resolve);
  });
  const started = Date.now();
  await server.stop();
  assert.ok(Date.now() - started < 3000, `shutdown took ${Date.now() - started} ms`);
  await closed;
});

test('after shutdown new connections are refused', async () => {
  const server = await startServer();
  const { port } = server;
  await server.stop();
  await assert.rejects(connect(port), /ECONNREFUSED/);
});
