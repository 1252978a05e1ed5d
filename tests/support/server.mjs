// Starts the real `masseflyt serve` binary on a free port for one test file, with its own SQLite
// database in a fresh temporary directory, and stops it with SIGTERM like a process supervisor.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const root = path.resolve(import.meta.dirname, '../..');
export const binary = process.env.MASSEFLYT_BIN ?? path.join(root, 'build/dev/src/app/masseflyt');

const STARTUP_TIMEOUT_MS = 60_000; // the asan build migrates slowly
const STOP_TIMEOUT_MS = 30_000;

/**
 * @param {{env?: Record<string,string>, args?: string[]}} [options]
 * @returns {Promise<{port: number, baseUrl: string, logs: object[], output: string[],
 *   child: import('node:child_process').ChildProcess, exited: Promise<{code: number|null, signal: string|null}>,
 *   waitForLog: (predicate: (entry: object) => boolean, timeoutMs?: number) => Promise<object>,
 *   stop: () => Promise<void>}>}
 *   `logs` holds every JSON line from stdout (parsed), `output` every raw line of stdout/stderr.
 */
export async function startServer({ env = {}, args = [] } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'masseflyt-http-'));
  const database = await createTestDatabase(dir);
  const child = spawn(binary, ['serve', '--port', '0', ...args], {
    cwd: root,
    env: {
      ...process.env,
      ...database.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  const output = [];
  const watchers = new Set();
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    output.push(line);
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return; // only JSON lines are log events
    }
    logs.push(entry);
    for (const watcher of watchers) watcher(entry);
  });
  readline.createInterface({ input: child.stderr }).on('line', (line) => output.push(line));

  const waitForLog = (predicate, timeoutMs = 10_000) => {
    const found = logs.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(new Error(`no matching log line within ${timeoutMs} ms:\n${output.join('\n')}`));
      }, timeoutMs);
      const watch = (entry) => {
        if (!predicate(entry)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(entry);
      };
      watchers.add(watch);
    });
  };

  let port;
  try {
    const listening = waitForLog(
      (entry) => entry.event === 'listening' && Number.isInteger(entry.port),
      STARTUP_TIMEOUT_MS,
    );
    const early = exited.then(({ code, signal }) => {
      throw new Error(`serve exited early (code ${code}, signal ${signal}):\n${output.join('\n')}`);
    });
    ({ port } = await Promise.race([listening, early]));
  } catch (error) {
    child.kill('SIGKILL');
    await database.drop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      try {
        // One SIGTERM only: a test may already have sent it (a second one means "stop now").
        if (!child.killed && child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
        }
        let timer;
        const timeout = new Promise((_, reject) => {
          timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`serve did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM`));
          }, STOP_TIMEOUT_MS);
        });
        const { code, signal } = await Promise.race([exited, timeout]).finally(() =>
          clearTimeout(timer),
        );
        if (code !== 0) {
          throw new Error(`serve exited with code ${code}, signal ${signal}:\n${output.join('\n')}`);
        }
      } finally {
        await database.drop();
        await rm(dir, { recursive: true, force: true });
      }
    })();
    return stopping;
  };

  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.env.MASSEFLYT_DATABASE_URL,
    logs,
    output,
    child,
    exited,
    waitForLog,
    stop,
  };
}

/**
 * A fresh, empty database (and file store) for one server: SQLite in `dir`, or, when MASSEFLYT_TEST_PG_URL names a
 * throwaway PostgreSQL server (tests/run-all.sh runs the HTTP suite once per engine), a new
 * database there. Returns the environment for the binary and a function that removes it.
 */
export async function createTestDatabase(dir) {
  // Uploaded files belong with the database that names them (and go away with the directory).
  const files = path.join(dir, 'filer');
  const server = process.env.MASSEFLYT_TEST_PG_URL;
  if (!server) {
    return {
      env: { MASSEFLYT_DATABASE_URL: `sqlite:${path.join(dir, 'test.db')}`, MASSEFLYT_FILES_DIR: files },
      drop: async () => {},
    };
  }
  const name = `t_${randomBytes(8).toString('hex')}`;
  await run('psql', [server, '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE ${name}`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    // Several instances share PostgreSQL, so `serve` migrates there only when asked to.
    env: { MASSEFLYT_DATABASE_URL: url.toString(), MASSEFLYT_AUTO_MIGRATE: 'true', MASSEFLYT_FILES_DIR: files },
    drop: () =>
      run('psql', [server, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]).then(() => {}),
  };
}
