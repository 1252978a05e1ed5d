// Issue 3 item 3, "password reset by e-mail link", from outside: the real binary sends through
// the real SmtpMailer (libcurl) to an SMTP sink on loopback; the link sets a new password once,
// ends every session, and the next login needs the new password and TOTP.
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

import { Client, DEMO, DEMO_PASSWORD, totp, useSeededServer } from '../support/accounts.mjs';
import { startServer } from '../support/server.mjs';
import { startSmtpSink } from '../support/smtp-sink.mjs';

const run = promisify(execFile);
const SAME_ANSWER = 'Hvis det finnes en konto med denne e-postadressen, har vi nå sendt en lenke';
const NEW_PASSWORD = 'Et helt nytt passord for testen';

/** Runs SQL against the test database (sqlite3 CLI or psql). */
function sql(url, statement) {
  if (url.startsWith('sqlite:')) return run('sqlite3', ['-bail', url.slice('sqlite:'.length), statement]);
  return run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', statement]);
}

function linkIn(message) {
  const match = message.text.match(/http:\/\/[^\s]+\/glemt-passord\/ny\?nokkel=([A-Za-z0-9_-]{43})/);
  assert.ok(match, `no reset link in:\n${message.text}`);
  return { url: match[0], path: new URL(match[0]).pathname + new URL(match[0]).search, token: match[1] };
}

async function requestReset(client, email) {
  await client.page('/glemt-passord');
  return client.post('/glemt-passord', { epost: email });
}

describe('glemt passord', () => {
  let sink;

  before(async () => {
    sink = await startSmtpSink();
  });
  const live = useSeededServer({
    env: () => ({ MASSEFLYT_SMTP_URL: sink.url, MASSEFLYT_PUBLIC_URL: 'http://masseflyt.test:8080' }),
  });
  after(async () => {
    await sink?.close();
  });

  test('/logg-inn lenker til /glemt-passord', async () => {
    const html = await (await fetch(`${live.server.baseUrl}/logg-inn`)).text();
    assert.match(html, /href="\/glemt-passord"/);
  });

  test('ukjent adresse får samme svar og ingen e-post', async () => {
    const before = sink.messages.length;
    const response = await requestReset(new Client(live.server.baseUrl), 'finnes-ikke@example.no');
    assert.equal(response.status, 200);
    assert.match(await response.text(), new RegExp(SAME_ANSWER));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(sink.messages.length, before);
  });

  test('POST uten CSRF-token avvises med 403 og sender ingenting', async () => {
    const before = sink.messages.length;
    const client = new Client(live.server.baseUrl);
    await client.page('/glemt-passord');
    const response = await client.post('/glemt-passord', { epost: DEMO.tilsyn.email }, { csrf: false });
    assert.equal(response.status, 403);
    assert.equal(sink.messages.length, before);
  });

  test('ugyldig adresse gir norsk feilmelding, ikke 500', async () => {
    const response = await requestReset(new Client(live.server.baseUrl), 'ikke en adresse');
    assert.equal(response.status, 422);
    assert.match(await response.text(), /Skriv inn en gyldig e-postadresse/);
  });

  test('lenken på e-post setter nytt passord én gang, og innlogging krever det nye passordet og TOTP', async () => {
    const account = DEMO.tilsyn;
    // A logged-in session elsewhere must end with the reset.
    const elsewhere = new Client(live.server.baseUrl);
    await elsewhere.logIn(account, { at: Date.now() / 1000 - 30 }); // previous step: the final login uses the current one
    assert.equal((await elsewhere.get('/konto')).status, 200);

    const client = new Client(live.server.baseUrl);
    const response = await requestReset(client, account.email.toUpperCase());
    assert.equal(response.status, 200);
    assert.match(await response.text(), new RegExp(SAME_ANSWER));
    const message = await sink.waitForMessage((m) => m.to.includes(account.email));
    assert.equal(message.from, 'ikke-svar@masseflyt.no');
    assert.equal(message.subject, 'Velg nytt passord for Masseflyt');
    assert.match(message.headers.get('from'), /^Masseflyt <ikke-svar@masseflyt\.no>$/);
    assert.ok(message.headers.get('date'));
    assert.match(message.headers.get('message-id'), /^<[^@\s]+@masseflyt\.no>$/);
    assert.match(message.headers.get('content-type'), /charset=UTF-8/i);
    assert.match(message.text, /Hei Tore Tilsyn!/);
    const link = linkIn(message);
    assert.ok(link.url.startsWith('http://masseflyt.test:8080/glemt-passord/ny?nokkel='));

    const form = await client.page(link.path);
    assert.equal(form.response.status, 200);
    assert.equal(form.response.headers.get('referrer-policy'), 'no-referrer');
    assert.match(form.html, /Velg nytt passord/);

    const tooShort = await client.post('/glemt-passord/ny', { nokkel: link.token, passord: 'kort', 'passord-gjenta': 'kort' });
    assert.equal(tooShort.status, 422);
    assert.match(await tooShort.text(), /minst 12 tegn/);
    const mismatch = await client.post('/glemt-passord/ny', { nokkel: link.token, passord: NEW_PASSWORD, 'passord-gjenta': `${NEW_PASSWORD}x` });
    assert.equal(mismatch.status, 422);
    const asEmail = await client.post('/glemt-passord/ny', { nokkel: link.token, passord: account.email, 'passord-gjenta': account.email });
    assert.equal(asEmail.status, 422);
    assert.match(await asEmail.text(), /samme som e-postadressen/);

    const done = await client.post('/glemt-passord/ny', { nokkel: link.token, passord: NEW_PASSWORD, 'passord-gjenta': NEW_PASSWORD });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/logg-inn?passord=endret');
    const confirmation = await client.page('/logg-inn?passord=endret');
    assert.match(confirmation.html, /Passordet er endret/);

    // Every earlier session is gone.
    const old = await elsewhere.get('/konto');
    assert.equal(old.status, 303);

    // The link works once.
    const reused = await client.page(link.path);
    assert.equal(reused.response.status, 410);
    assert.match(reused.html, /Lenken virker ikke/);
    const replay = await client.post('/glemt-passord/ny', { nokkel: link.token, passord: `${NEW_PASSWORD}2`, 'passord-gjenta': `${NEW_PASSWORD}2` });
    assert.equal(replay.status, 410);

    // The old password no longer works; the new one does, and TOTP is still asked for.
    const login = new Client(live.server.baseUrl);
    await login.page('/logg-inn');
    const wrong = await login.post('/logg-inn', { epost: account.email, passord: DEMO_PASSWORD, neste: '/konto' });
    assert.equal(wrong.status, 422);
    const right = await login.post('/logg-inn', { epost: account.email, passord: NEW_PASSWORD, neste: '/konto' });
    assert.equal(right.status, 303);
    assert.match(right.headers.get('location'), /^\/logg-inn\/totp/);
    await login.page('/logg-inn/totp');
    const second = await login.post('/logg-inn/totp', { kode: totp(account.secret), neste: '/konto' });
    assert.equal(second.status, 303);
    assert.equal((await login.get('/konto')).status, 200);

    const audit = await sql(live.database.env.MASSEFLYT_DATABASE_URL, "SELECT count(*) FROM audit_log WHERE action = 'password.reset'");
    assert.equal(audit.stdout.trim(), '1');
  });

  test('utløpt lenke avvises', async () => {
    const account = DEMO.kvalitet;
    await requestReset(new Client(live.server.baseUrl), account.email);
    const link = linkIn(await sink.waitForMessage((m) => m.to.includes(account.email)));
    await sql(live.database.env.MASSEFLYT_DATABASE_URL, 'UPDATE password_resets SET expires_at = 1 WHERE used_at IS NULL');
    const client = new Client(live.server.baseUrl);
    const expired = await client.page(link.path);
    assert.equal(expired.response.status, 410);
    await client.page('/glemt-passord'); // the link page had no form, so no CSRF token yet
    const post = await client.post('/glemt-passord/ny', { nokkel: link.token, passord: NEW_PASSWORD, 'passord-gjenta': NEW_PASSWORD });
    assert.equal(post.status, 410);
  });

  test('ukjent eller avkortet nøkkel avvises', async () => {
    const response = await fetch(`${live.server.baseUrl}/glemt-passord/ny?nokkel=abc`);
    assert.equal(response.status, 410);
  });

  test('mange forespørsler for samme adresse gir 429 med Retry-After', async () => {
    const email = 'flom@example.no';
    const client = new Client(live.server.baseUrl);
    let last;
    for (let i = 0; i < 6; i += 1) {
      last = await requestReset(client, email);
      if (last.status === 429) break;
    }
    assert.equal(last.status, 429);
    assert.ok(Number(last.headers.get('retry-after')) > 0);
  });
});

describe('glemt passord uten e-postoppsett', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  test('siden sier at e-post ikke er satt opp, og POST sender ingenting', async () => {
    const page = await fetch(`${server.baseUrl}/glemt-passord`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /ikke satt opp utsending av e-post/);
    assert.doesNotMatch(html, /<form[^>]+action="\/glemt-passord"/);
  });
});
