// A throwaway PostgreSQL cluster for node tests, via scripts/pg-throwaway.sh (never a system
// service). The script's watchdog stops the cluster if this process dies without calling stop().
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, '../../scripts/pg-throwaway.sh');

/**
 * Starts a fresh cluster. Resolves to { url, stop() } where url is a postgresql:// URL to the
 * `postgres` database (trust authentication, loopback only).
 */
export async function startPostgres() {
  // Under /tmp: as root the server runs as `postgres`, which cannot reach private directories.
  const dir = await mkdtemp(path.join(tmpdir(), 'mf-pg-'));
  const { stdout } = await run(script, ['start', dir, '--watch', String(process.pid)], {
    timeout: 120_000,
  });
  const url = stdout.trim();
  if (!/^postgresql:\/\//.test(url)) throw new Error(`pg-throwaway.sh printed no URL: ${stdout}`);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(script, ['stop', dir], { timeout: 60_000 });
    },
  };
}
