// Issue 2 item 1: `masseflyt worker` runs until SIGTERM/SIGINT and then exits 0 promptly; it
// refuses to run against a database that is not migrated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { binary, root } from '../support/server.mjs';

const run = promisify(execFile);
const STARTUP_TIMEOUT_MS = 60_000; // the asan build migrates slowly
const STOP_LIMIT_MS = 3000;

async function withDatabase(fn) {
  const dir = await mkdtemp(path.join(tmpdir(), 'masseflyt-worker-'));
  try {
    await fn({ ...process.env, MASSEFLYT_DATABASE_URL: `sqlite:${path.join(dir, 'w.db')}` });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function startWorker(env) {
  const child = spawn(binary, ['worker'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs = [];
  const output = [];
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  const started = new Promise((resolve) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line);
        logs.push(entry);
        if (entry.event === 'worker_started') resolve(entry);
      } catch {
        // not a log line
      }
    });
  });
  readline.createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  return { child, logs, output, exited, started };
}

async function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  test(`worker logs its start and exits 0 within ${STOP_LIMIT_MS} ms of ${signal}`, async () => {
    await withDatabase(async (env) => {
      await run(binary, ['migrate'], { cwd: root, env, timeout: STARTUP_TIMEOUT_MS });
      const worker = startWorker(env);
      try {
        const early = worker.exited.then(({ code, signal: by }) => {
          throw new Error(`worker exited early (code ${code}, signal ${by}):\n${worker.output.join('\n')}`);
        });
        const entry = await within(Promise.race([worker.started, early]), STARTUP_TIMEOUT_MS,
          'no worker_started log line');
        assert.equal(entry.level, 'info');
        assert.equal(entry.message, 'Bakgrunnsarbeideren kjører.');

        const sentAt = Date.now();
        worker.child.kill(signal);
        const { code, signal: by, at } = await within(worker.exited, STOP_LIMIT_MS,
          `worker did not exit after ${signal}`);
        assert.equal(by, null, worker.output.join('\n'));
        assert.equal(code, 0, worker.output.join('\n'));
        assert.ok(at - sentAt < STOP_LIMIT_MS, `took ${at - sentAt} ms`);
        const stopped = worker.logs.find((e) => e.event === 'worker_stopped');
        assert.ok(stopped, worker.output.join('\n'));
        assert.equal(stopped.message, 'Bakgrunnsarbeideren er stoppet.');
      } finally {
        worker.child.kill('SIGKILL');
      }
    });
  });
}

test('worker refuses an unmigrated database with a Norwegian message', async () => {
  await withDatabase(async (env) => {
    const worker = startWorker(env);
    const { code } = await within(worker.exited, STARTUP_TIMEOUT_MS, 'worker did not exit');
    assert.equal(code, 1);
    assert.ok(!worker.logs.some((e) => e.event === 'worker_started'));
    assert.match(worker.output.join('\n'), /migr/i);
  });
});
