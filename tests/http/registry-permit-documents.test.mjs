// Issue 4 item 2, "the permit document": a verified representative uploads the permit as a PDF
// (page form without JavaScript, or the API as raw body or multipart), replaces and removes it;
// only logged-in users download it; anything but a PDF within the size limit changes nothing.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';

import { apiClientToken, Client, DEMO, useSeededServer } from '../support/accounts.mjs';

const CONTRACTOR = '315500222'; // Sandvika Grunnarbeid AS (demo): representant is a verified representative
const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre is its verified admin

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture' } });

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function api(client, method, url, { json, body, type, token } = {}) {
  const headers = { accept: 'application/json' };
  if (json !== undefined) headers['content-type'] = 'application/json';
  if (type) headers['content-type'] = type;
  if (client?.csrf) headers['x-csrf-token'] = client.csrf;
  if (token) headers.authorization = `Bearer ${token}`;
  const init = { method, headers, body: json !== undefined ? JSON.stringify(json) : body };
  return client ? client.request(url, init) : fetch(`${live.server.baseUrl}${url}`, init);
}

// The status for a PUT that only announces its length: the server must answer 413 from the
// header alone (sending 11 MB first would race the server closing the connection).
function statusForDeclaredLength(url, length) {
  const { port } = new URL(live.server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(`PUT ${url} HTTP/1.1\r\nHost: test\r\nContent-Type: application/pdf\r\n` +
        `Content-Length: ${length}\r\n\r\n`);
    });
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      const match = data.match(/^HTTP\/1\.1 (\d{3})/);
      if (match) {
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on('error', reject);
  });
}

function multipart(parts) {
  const boundary = `----grense${Date.now()}`;
  const chunks = [];
  for (const part of parts) {
    const name = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.type ? `\r\nContent-Type: ${part.type}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${name}${type}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

describe('tillatelsesdokument (PDF)', () => {
  let representant;
  let site;
  let permit;
  let documentPath;

  before(async () => {
    representant = new Client(live.server.baseUrl);
    await representant.logIn(DEMO.representant);
    const created = await api(representant, 'POST', '/api/v1/anlegg', {
      json: {
        organisasjonsnummer: CONTRACTOR, kategori: 'deponi_inert', navn: 'Dokumentdeponiet',
        lat: 59.905, lon: 10.51, kommunenummer: '3201', fraksjonsgrupper: ['stein'],
      },
    });
    assert.equal(created.status, 201, await created.clone().text());
    site = await created.json();
    const added = await api(representant, 'POST', `/api/v1/anlegg/${site.id}/tillatelser`, {
      json: { type: 'deponi', myndighet: 'Statsforvalteren i Oslo og Viken', gyldig_fra: '2024-01-01', gyldig_til: null },
    });
    assert.equal(added.status, 201);
    permit = await added.json();
    assert.equal(permit.dokument, null);
    documentPath = `/api/v1/anlegg/${site.id}/tillatelser/${permit.id}/dokument`;
  });

  test('opplasting som PDF gjennom API-et, nedlasting bare for innloggede', async () => {
    const uploaded = await api(representant, 'PUT', `${documentPath}?filnavn=${encodeURIComponent('Vedtak Bærum 2024.pdf')}`,
      { body: PDF, type: 'application/pdf' });
    assert.equal(uploaded.status, 200, await uploaded.clone().text());
    const body = await uploaded.json();
    assert.equal(body.dokument.filnavn, 'Vedtak Bærum 2024.pdf');
    assert.equal(body.dokument.storrelse_bytes, PDF.length);
    assert.equal(body.dokument.href, documentPath);
    assert.match(body.dokument.lastet_opp, /^\d{4}-\d\d-\d\dT/);

    // That a document exists is open; the file is not.
    const open = await (await api(null, 'GET', `/api/v1/anlegg/${site.id}/tillatelser`)).json();
    assert.equal(open.data[0].dokument.filnavn, 'Vedtak Bærum 2024.pdf');
    const anonymous = await api(null, 'GET', documentPath);
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('content-type'), /problem\+json/);

    const download = await api(representant, 'GET', documentPath);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.equal(download.headers.get('cache-control'), 'no-store');
    assert.match(download.headers.get('content-disposition'), /^attachment; filename="Vedtak B__rum 2024\.pdf"; filename\*=UTF-8''Vedtak%20B%C3%A6rum%202024\.pdf$/);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);

    // Any logged-in user may read it, not only the owner's people.
    const inspector = new Client(live.server.baseUrl);
    await inspector.logIn(DEMO.tilsyn);
    assert.equal((await inspector.get(documentPath)).status, 200);
  });

  test('feil fil, feil type, for stor fil eller uten rett endrer ingenting', async () => {
    const before = (await (await api(representant, 'GET', `/api/v1/anlegg/${site.id}/tillatelser`)).json()).data[0].dokument;

    const png = await api(representant, 'PUT', documentPath, { body: Buffer.from('\x89PNG\r\n\x1a\n'), type: 'application/pdf' });
    assert.equal(png.status, 422);
    const problem = await png.json();
    assert.deepEqual(problem.errors.map((e) => e.field), ['dokument']);
    assert.match(problem.errors[0].detail, /ikke en PDF/);

    const empty = await api(representant, 'PUT', documentPath, { body: Buffer.alloc(0), type: 'application/pdf' });
    assert.equal(empty.status, 422);

    const word = await api(representant, 'PUT', documentPath, { body: PDF, type: 'application/msword' });
    assert.equal(word.status, 415);

    // Just over the document limit: a field error; far over the route limit: 413 before reading.
    const tooBig = Buffer.alloc(10_000_001, 0x20);
    PDF.copy(tooBig);
    const big = await api(representant, 'PUT', documentPath, { body: tooBig, type: 'application/pdf' });
    assert.equal(big.status, 422);
    assert.match((await big.json()).errors[0].detail, /10 MB/);
    assert.equal(await statusForDeclaredLength(documentPath, 11_000_000), 413);

    const anonymous = await api(null, 'PUT', documentPath, { body: PDF, type: 'application/pdf' });
    assert.ok([401, 403].includes(anonymous.status), `anonym opplasting: ${anonymous.status}`);
    const other = new Client(live.server.baseUrl);
    await other.logIn(DEMO.transport);
    await other.page('/konto');
    const foreign = await api(other, 'PUT', documentPath, { body: PDF, type: 'application/pdf' });
    assert.equal(foreign.status, 403);
    assert.equal((await api(other, 'DELETE', documentPath)).status, 403);

    const missing = await api(representant, 'PUT', `/api/v1/anlegg/${site.id}/tillatelser/00000000-0000-7000-8000-000000000000/dokument`,
      { body: PDF, type: 'application/pdf' });
    assert.equal(missing.status, 404);

    const after = (await (await api(representant, 'GET', `/api/v1/anlegg/${site.id}/tillatelser`)).json()).data[0].dokument;
    assert.deepEqual(after, before);
  });

  test('skjemaet på siden laster opp uten JavaScript, viser feil på norsk og fjerner dokumentet', async () => {
    const formPath = `/anlegg/${site.id}/tillatelser/${permit.id}/dokument/endre`;
    const { response, html } = await representant.page(formPath);
    assert.equal(response.status, 200);
    assert.match(html, /enctype="multipart\/form-data"/);
    assert.match(html, /Vedtak Bærum 2024\.pdf/);

    const wrong = multipart([
      { name: 'csrf_token', value: representant.csrf },
      { name: 'dokument', filename: 'bilde.png', type: 'image/png', value: '\x89PNG' },
    ]);
    const refused = await representant.request(`/anlegg/${site.id}/tillatelser/${permit.id}/dokument`,
      { method: 'POST', headers: { 'content-type': wrong.type }, body: wrong.body });
    assert.equal(refused.status, 422);
    const refusedHtml = await refused.text();
    assert.match(refusedHtml, /Filen er ikke en PDF/);
    assert.match(refusedHtml, /aria-invalid="true"/);

    const withoutToken = multipart([{ name: 'dokument', filename: 'ny.pdf', type: 'application/pdf', value: PDF }]);
    const forged = await representant.request(`/anlegg/${site.id}/tillatelser/${permit.id}/dokument`,
      { method: 'POST', headers: { 'content-type': withoutToken.type }, body: withoutToken.body });
    assert.equal(forged.status, 403);

    const good = multipart([
      { name: 'csrf_token', value: representant.csrf },
      { name: 'dokument', filename: 'Endret vedtak.pdf', type: 'application/pdf', value: PDF },
    ]);
    const saved = await representant.request(`/anlegg/${site.id}/tillatelser/${permit.id}/dokument`,
      { method: 'POST', headers: { 'content-type': good.type }, body: good.body });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `/anlegg/${site.id}?dokument_lastet_opp=1#tillatelser`);

    const detail = await (await representant.get(`/anlegg/${site.id}?dokument_lastet_opp=1`)).text();
    assert.match(detail, /Dokumentet er lastet opp\./);
    assert.match(detail, new RegExp(`href="/anlegg/${site.id}/tillatelser/${permit.id}/dokument"`));
    assert.match(detail, /Last ned PDF \(\d+ byte\)/);
    assert.match(detail, /Bytt eller fjern PDF/);

    // Without a login the page says a document exists and the link leads to login and back.
    const openPage = await (await fetch(`${live.server.baseUrl}/anlegg/${site.id}`)).text();
    assert.match(openPage, /PDF lastet opp – logg inn for å laste ned/);
    assert.doesNotMatch(openPage, /Last ned PDF/);
    const redirected = await fetch(`${live.server.baseUrl}/anlegg/${site.id}/tillatelser/${permit.id}/dokument`, { redirect: 'manual' });
    assert.equal(redirected.status, 303);
    assert.equal(redirected.headers.get('location'),
      `/logg-inn?neste=${encodeURIComponent(`/anlegg/${site.id}/tillatelser/${permit.id}/dokument`)}`);
    const pageDownload = await representant.get(`/anlegg/${site.id}/tillatelser/${permit.id}/dokument`);
    assert.equal(pageDownload.status, 200);
    assert.match(pageDownload.headers.get('content-disposition'), /filename="Endret vedtak\.pdf"/);

    await representant.page(formPath);
    const removed = await representant.post(`/anlegg/${site.id}/tillatelser/${permit.id}/dokument/fjern`, {});
    assert.equal(removed.status, 303);
    const gone = await api(representant, 'GET', documentPath);
    assert.equal(gone.status, 404);

    // The open history names each file, and the organisation that acted.
    const history = await (await api(null, 'GET', `/api/v1/anlegg/${site.id}/historikk`)).json();
    const changes = history.data.flatMap((e) => e.endringer).filter((c) => c.felt === 'Dokument (PDF)');
    assert.deepEqual(changes.map((c) => [c.fra, c.til]).sort(), [
      [null, `Vedtak Bærum 2024.pdf (${PDF.length} byte)`],
      [`Endret vedtak.pdf (${PDF.length} byte)`, null],
      [`Vedtak Bærum 2024.pdf (${PDF.length} byte)`, `Endret vedtak.pdf (${PDF.length} byte)`],
    ].sort());
  });

  test('en API-klient med registry.site.edit laster opp for sin egen organisasjon', async () => {
    const admin = new Client(live.server.baseUrl);
    await admin.logIn(DEMO.byggherre); // verified admin of DEVELOPER; the login counts as step-up
    await admin.page(`/organisasjoner/${DEVELOPER}/api-klienter`);
    const token = await apiClientToken(admin, DEVELOPER, ['registry.site.edit']);
    const created = await api(null, 'POST', '/api/v1/anlegg', {
      token,
      json: { organisasjonsnummer: DEVELOPER, kategori: 'mellomlager', navn: 'Fornebu mellomlager (fagsystem)',
        lat: 59.9, lon: 10.62, kommunenummer: '3201', fraksjonsgrupper: ['stein'] },
    });
    assert.equal(created.status, 201, await created.clone().text());
    const own = await created.json();
    const ownPermit = await (await api(null, 'POST', `/api/v1/anlegg/${own.id}/tillatelser`, {
      token, json: { type: 'pbl', myndighet: 'Bærum kommune', gyldig_fra: '2025-01-01', gyldig_til: null },
    })).json();
    const ownPath = `/api/v1/anlegg/${own.id}/tillatelser/${ownPermit.id}/dokument`;

    const form = multipart([{ name: 'dokument', filename: 'fra-fagsystem.pdf', type: 'application/pdf', value: PDF }]);
    const uploaded = await api(null, 'PUT', ownPath, { body: form.body, type: form.type, token });
    assert.equal(uploaded.status, 200, await uploaded.clone().text());
    assert.equal((await uploaded.json()).dokument.filnavn, 'fra-fagsystem.pdf');
    const read = await api(null, 'GET', ownPath, { token });
    assert.equal(read.status, 200);
    assert.deepEqual(Buffer.from(await read.arrayBuffer()), PDF);

    // Another organisation's permit: refused, whatever the scope.
    const foreign = await api(null, 'PUT', documentPath, { body: PDF, type: 'application/pdf', token });
    assert.equal(foreign.status, 403);
  });
});
