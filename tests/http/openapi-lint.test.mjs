// The OpenAPI document served by the real binary must lint clean with Redocly's recommended rules,
// so client generators and the developer portal can rely on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../support/server.mjs';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

test('the served OpenAPI document passes redocly lint with no errors', async () => {
  const server = await startServer({});
  const dir = await mkdtemp(path.join(tmpdir(), 'masseflyt-openapi-'));
  try {
    const response = await fetch(`${server.baseUrl}/api/v1/openapi.json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, await response.text());
    const redocly = path.join(root, 'node_modules/.bin/redocly');
    // `lint` exits non-zero on any error; warnings are printed but do not fail.
    const { stdout, stderr } = await run(redocly, ['lint', file, '--format', 'stylish'], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error) => {
      assert.fail(`redocly lint failed:\n${error.stdout}\n${error.stderr}`);
    });
    assert.doesNotMatch(stdout + stderr, /\berror\b.*\bfound\b/i);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
});
