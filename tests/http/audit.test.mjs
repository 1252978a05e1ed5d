// The audit log from outside: the admin page and API refuse anonymous visitors, and
// `masseflyt audit verify` finds a row edited directly in the database. The chain rows are
// written here with an independent implementation of the documented hash format
// (openapi-audit.json), so the test also pins that format.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';

import { useSeededServer } from '../support/accounts.mjs';
import { binary, root } from '../support/server.mjs';

const run = promisify(execFile);
const GENESIS = '0'.repeat(64);

/** SHA-256 over "masseflyt-audit-v1\n" + "<byte length>:<value>\n" per field, in order. */
function entryHash(e) {
  const fields = [
    String(e.sequence), e.id, String(e.at_ms), e.actor_id, e.action, e.subject_type,
    e.subject_id, e.organisation_id, e.details, e.ip_hash, e.previous_hash,
  ];
  let text = 'masseflyt-audit-v1\n';
  for (const field of fields) text += `${Buffer.byteLength(field, 'utf8')}:${field}\n`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function chain(events) {
  let previous = GENESIS;
  return events.map((event, index) => {
    const entry = {
      sequence: index + 1, id: randomUUID(), at_ms: Date.now() - (events.length - index) * 1000,
      actor_id: '', subject_type: '', subject_id: '', organisation_id: '', details: '',
      ip_hash: '', ...event, previous_hash: previous,
    };
    entry.hash = entryHash(entry);
    previous = entry.hash;
    return entry;
  });
}

const quote = (value) => `'${String(value).replaceAll("'", "''")}'`;

function insertSql(entries) {
  return entries
    .map((e) =>
      `INSERT INTO audit_log (sequence, id, at_ms, actor_id, action, subject_type, subject_id, ` +
      `organisation_id, details, ip_hash, previous_hash, hash) VALUES (${e.sequence}, ` +
      `${quote(e.id)}, ${e.at_ms}, ${quote(e.actor_id)}, ${quote(e.action)}, ` +
      `${quote(e.subject_type)}, ${quote(e.subject_id)}, ${quote(e.organisation_id)}, ` +
      `${quote(e.details)}, ${quote(e.ip_hash)}, ${quote(e.previous_hash)}, ${quote(e.hash)});`,
    )
    .join('\n');
}

describe('revisjonsloggen', () => {
  let env;

  // Plain SQL against the server's database with the engine's own client, as an operator or an
  // attacker with database access would.
  const sql = (statements) => {
    const url = env.MASSEFLYT_DATABASE_URL;
    if (url.startsWith('sqlite:')) {
      return run('sqlite3', ['-bail', url.slice('sqlite:'.length), statements]);
    }
    return run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', statements]);
  };
  const verify = () =>
    run(binary, ['audit', 'verify'], { cwd: root, env: { ...process.env, ...env } }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  const live = useSeededServer({
    seed: false,
    env: ({ database }) => {
      env = { ...database.env, MASSEFLYT_AUTO_MIGRATE: 'true' };
      return env;
    },
  });

  test('siden sender anonyme til innlogging', async () => {
    const response = await fetch(`${live.server.baseUrl}/admin/revisjonslogg`, { redirect: 'manual' });
    assert.ok([302, 303].includes(response.status), `status ${response.status}`);
    assert.match(response.headers.get('location') ?? '', /^\/(logg-inn|innlogging|login)/);
  });

  test('API-et svarer 401 problem+json uten sesjon', async () => {
    const response = await fetch(`${live.server.baseUrl}/api/v1/revisjonslogg`);
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
    const problem = await response.json();
    assert.equal(problem.status, 401);
  });

  test('audit verify godtar en intakt kjede og finner en endret rad', async () => {
    const before = await verify();
    assert.equal(before.code, 0, before.stdout + before.stderr);

    // Appended after whatever the server itself logged so far (nothing, on a fresh database).
    const { stdout: count } = await sql('SELECT COUNT(*) FROM audit_log');
    assert.equal(Number(count.trim().split('\n').pop()), 0, 'tom logg ved start');

    const entries = chain([
      { action: 'login.succeeded', actor_id: 'u1', subject_type: 'user', subject_id: 'u1' },
      { action: 'membership.approved', actor_id: 'u1', organisation_id: 'o1', details: '{"rolle":"representative"}' },
      { action: 'role.granted', actor_id: 'u1', subject_id: 'u2', details: '{"rolle":"æøå"}' },
    ]);
    await sql(insertSql(entries));
    const intact = await verify();
    assert.equal(intact.code, 0, intact.stdout + intact.stderr);
    assert.match(intact.stdout, /Revisjonsloggen er intakt: 3 oppføringer kontrollert\./);

    // The guard refuses edits made the ordinary way.
    await assert.rejects(sql(`UPDATE audit_log SET details = '{}' WHERE sequence = 2`), /append-only/);

    // With database rights the guard can be removed; the chain still tells.
    const bypass = env.MASSEFLYT_DATABASE_URL.startsWith('sqlite:')
      ? 'DROP TRIGGER audit_log_no_update;'
      : 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;';
    await sql(`${bypass} UPDATE audit_log SET details = '{"rolle":"org_admin"}' WHERE sequence = 2;`);
    const broken = await verify();
    assert.equal(broken.code, 1, broken.stdout + broken.stderr);
    assert.match(broken.stdout, /Revisjonsloggen er brutt ved oppføring 2: /);
  });

  test('audit uten handling er en bruksfeil', async () => {
    const result = await run(binary, ['audit'], { cwd: root, env: { ...process.env, ...env } }).then(
      () => ({ code: 0 }),
      (error) => ({ code: error.code, stderr: error.stderr }),
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /audit verify/);
  });
});
