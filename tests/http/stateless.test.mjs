// Issue 2 item 8: no per-process state. Two `serve` processes started at the same moment on one
// PostgreSQL both migrate (serialised by the advisory lock), both become ready, answer alike and
// shut down cleanly on SIGTERM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { startPostgres } from '../support/postgres.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const binary = process.env.MASSEFLYT_BIN ?? path.join(root, 'build/dev/src/app/masseflyt');

function startServe(databaseUrl) {
  const child = spawn(binary, ['serve', '--port', '0'], {
    cwd: root,
    env: {
      ...process.env,
      MASSEFLYT_DATABASE_URL: databaseUrl,
      MASSEFLYT_AUTO_MIGRATE: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line within 60 s:\n${output.join('\n')}`)),
      60_000,
    );
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.event === 'listening' && Number.isInteger(entry.port)) {
          clearTimeout(timer);
          resolve(entry.port);
        }
      } catch {
        // Not every line has to be JSON; only the listening event matters here.
      }
    });
    child.stderr.on('data', (chunk) => output.push(String(chunk).trimEnd()));
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited early (code ${code}, signal ${signal}):\n${output.join('\n')}`));
    });
  });
  return { child, listening, exited, output };
}

async function getJson(port, urlPath) {
  const response = await fetch(`http://127.0.0.1:${port}${urlPath}`);
  return { status: response.status, body: await response.json() };
}

test('two serve processes on one PostgreSQL migrate concurrently and behave as one', async () => {
  const pg = await startPostgres();
  const servers = [];
  try {
    servers.push(startServe(pg.url), startServe(pg.url));
    const ports = await Promise.all(servers.map((server) => server.listening));
    assert.notEqual(ports[0], ports[1]);

    for (const port of ports) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      assert.equal(ready.status, 200, `/readyz on port ${port}`);
      await ready.arrayBuffer();
    }

    const [a, b] = await Promise.all(ports.map((port) => getJson(port, '/api/v1')));
    assert.equal(a.status, 200);
    assert.equal(b.status, 200);
    assert.deepEqual(a.body, b.body);

    // Requests alternate between the instances as a load balancer would spread them.
    for (let i = 0; i < 10; i += 1) {
      const response = await fetch(`http://127.0.0.1:${ports[i % 2]}/readyz`);
      assert.equal(response.status, 200);
      await response.arrayBuffer();
    }

    for (const server of servers) server.child.kill('SIGTERM');
    const exits = await Promise.all(servers.map((server) => server.exited));
    for (const [index, exit] of exits.entries()) {
      assert.deepEqual(exit, { code: 0, signal: null }, servers[index].output.join('\n'));
    }
  } finally {
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
      }
    }
    await pg.stop();
  }
});
