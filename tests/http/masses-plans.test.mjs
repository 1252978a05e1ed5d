// Issue 5 item 5 from outside: mass handling plans through the API and the pages — the demo plans,
// the template download, XLSX and CSV import (an error in one row rejects the whole file, naming
// row and column, and nothing is imported), export that imports back to the same lines, line
// edits with field errors, publishing, and who may edit (verified members of the project's
// developer or contractor organisations only).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO, loggedIn, useSeededServer } from '../support/accounts.mjs';
import { PLAN_HEADER, XLSX_TYPE, xlsx } from '../support/xlsx.mjs';

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture' } });
const BASE = '/api/v1/massehandteringsplaner';

async function call(client, method, url, { json, body, type } = {}) {
  const headers = { accept: 'application/json' };
  if (json !== undefined) headers['content-type'] = 'application/json';
  if (type) headers['content-type'] = type;
  if (client?.csrf) headers['x-csrf-token'] = client.csrf;
  const init = { method, headers, body: json !== undefined ? JSON.stringify(json) : body };
  return client ? client.request(url, init) : fetch(`${live.server.baseUrl}${url}`, init);
}

const goodRows = [
  PLAN_HEADER,
  ['overskudd', 'sprengstein', 'Fase 1', '2027-01-01', '2028-12-31', 12500, 'm3', 'fast', 'annet prosjekt', 'Fornebubanen', 'Til fylling'],
  ['behov', 'Leire', '', '01.05.2027', '30.09.2027', '1 250,5', 'tonn', '', '', '', ''],
  ['overskudd', 'pukk', 'Fase 2', 46023, 46387, 800, 'tonn', '', 'egen gjenbruk', '', ''],
];

async function plans() {
  const response = await call(null, 'GET', `${BASE}?limit=50`);
  assert.equal(response.status, 200);
  return (await response.json()).data;
}

describe('massehåndteringsplaner', () => {
  let representant;
  let byggherre;
  let e18;
  let fornebu;

  before(async () => {
    representant = await loggedIn(live.server, DEMO.representant);
    byggherre = await loggedIn(live.server, DEMO.byggherre);
    const all = await plans();
    e18 = all.find((p) => p.prosjekt.navn.startsWith('E18'));
    fornebu = all.find((p) => p.prosjekt.navn === 'Fornebubanen');
  });

  test('demoplanene er åpne, med summer, og malen kan lastes ned', async () => {
    assert.ok(e18 && fornebu, 'demoplanene for E18 og Fornebubanen finnes');
    assert.ok(fornebu.linjer.length >= 3);
    assert.ok(fornebu.sum_overskudd_kg > 0 && fornebu.sum_behov_kg > 0);
    assert.equal(fornebu.kan_redigere, false);
    const one = await call(null, 'GET', `${BASE}/${fornebu.id}`);
    assert.equal(one.status, 200);
    assert.equal((await one.json()).id, fornebu.id);
    assert.equal((await call(null, 'GET', `${BASE}/finnes-ikke`)).status, 404);

    const template = await call(null, 'GET', `${BASE}/mal?format=xlsx`);
    assert.equal(template.status, 200);
    assert.equal(template.headers.get('content-type'), XLSX_TYPE);
    const bytes = Buffer.from(await template.arrayBuffer());
    assert.equal(bytes.subarray(0, 4).toString('binary'), 'PK\x03\x04');
    const csv = await call(null, 'GET', `${BASE}/mal?format=csv`);
    const csvBytes = Buffer.from(await csv.arrayBuffer());
    assert.equal(csvBytes.subarray(0, 3).toString('hex'), 'efbbbf', 'a BOM, so Excel reads UTF-8');
    assert.match(csvBytes.subarray(3).toString('utf8'), /^Type;Fraksjon;Fase;Fra dato;Til dato;Mengde;Enhet/);
    assert.equal((await call(null, 'GET', `${BASE}/mal?format=pdf`)).status, 422);

    const page = await fetch(`${live.server.baseUrl}/prosjekter/${fornebu.prosjekt.id}/massehandteringsplan`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Massehåndteringsplan for Fornebubanen/);
    assert.match(html, /Tunnelstein/);
  });

  test('en XLSX-fil med feil i én rad avvises med rad og kolonne, og ingenting importeres', async () => {
    const before = await (await call(null, 'GET', `${BASE}/${e18.id}`)).json();
    const rows = structuredClone(goodRows);
    rows[2][1] = 'gullmalm'; // row 3: unknown fraction
    rows[3][3] = '2027-02-30'; // row 4: no such date
    const response = await call(representant, 'POST', `${BASE}/${e18.id}/import`, { body: xlsx(rows), type: XLSX_TYPE });
    assert.equal(response.status, 422);
    assert.match(response.headers.get('content-type'), /problem\+json/);
    const problem = await response.json();
    assert.match(problem.detail, /Ingenting er importert/);
    assert.deepEqual(problem.errors.map((e) => e.field), ['rad 3, Fraksjon', 'rad 4, Fra dato']);
    assert.match(problem.errors[0].detail, /Ukjent fraksjon/);
    const after = await (await call(null, 'GET', `${BASE}/${e18.id}`)).json();
    assert.deepEqual(after.linjer, before.linjer);

    // Not a spreadsheet at all, and a zip that is no workbook: one error for the file.
    const garbage = await call(representant, 'POST', `${BASE}/${e18.id}/import`, { body: Buffer.from('PK\x03\x04søppel'), type: XLSX_TYPE });
    assert.equal(garbage.status, 422);
    assert.equal((await garbage.json()).errors[0].field, 'fil');
  });

  test('en god XLSX-fil erstatter linjene; eksporten importeres tilbake til de samme linjene', async () => {
    const response = await call(representant, 'POST', `${BASE}/${e18.id}/import`, { body: xlsx(goodRows), type: XLSX_TYPE });
    assert.equal(response.status, 200, await response.clone().text());
    const plan = await response.json();
    assert.equal(plan.linjer.length, 3);
    assert.deepEqual(plan.linjer.map((l) => l.fraksjon), ['sprengstein', 'leire', 'pukk']);
    assert.equal(plan.linjer[1].mengde_kg, 1_250_500);
    assert.equal(plan.linjer[1].fra, '2027-05-01');
    assert.equal(plan.linjer[2].fra, '2026-01-01');
    assert.equal(plan.linjer[0].volumtilstand, 'fast');

    for (const format of ['xlsx', 'csv']) {
      const exported = await call(null, 'GET', `${BASE}/${e18.id}/eksport?format=${format}`);
      assert.equal(exported.status, 200);
      assert.match(exported.headers.get('content-disposition'), /attachment; filename="massehandteringsplan\./);
      const file = Buffer.from(await exported.arrayBuffer());
      const back = await call(representant, 'POST', `${BASE}/${e18.id}/import`, {
        body: file,
        type: format === 'xlsx' ? XLSX_TYPE : 'text/csv',
      });
      assert.equal(back.status, 200, `${format}: ${await back.clone().text()}`);
      const again = await back.json();
      assert.deepEqual(again.linjer, plan.linjer, `${format} round trip`);
    }

    const history = await (await call(null, 'GET', `${BASE}/${e18.id}/historikk`)).json();
    assert.ok(history.data.some((e) => e.handling === 'imported' && e.utfort_for === 'Sandvika Grunnarbeid AS (demo)'));
  });

  test('listen over planer: siden og API-et filtrerer på status, ukjent status avvises i API-et', async () => {
    const drafts = (await (await call(null, 'GET', `${BASE}?status=utkast&limit=50`)).json()).data;
    assert.ok(drafts.length >= 1 && drafts.every((p) => p.status === 'utkast'));
    const published = (await (await call(null, 'GET', `${BASE}?status=publisert&limit=50`)).json()).data;
    assert.ok(published.every((p) => p.status === 'publisert'));
    assert.equal(drafts.length + published.length, (await plans()).length);
    const refused = await call(null, 'GET', `${BASE}?status=tull`);
    assert.equal(refused.status, 422);
    assert.equal((await refused.json()).errors[0].field, 'status');

    const page = await fetch(`${live.server.baseUrl}/massehandteringsplaner`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<h1[^>]*>Massehåndteringsplaner<\/h1>/);
    for (const plan of [fornebu, e18]) {
      assert.ok(html.includes(`href="/prosjekter/${plan.prosjekt.id}/massehandteringsplan"`), plan.prosjekt.navn);
    }
    const draftsOnly = await (await fetch(`${live.server.baseUrl}/massehandteringsplaner?status=utkast`)).text();
    assert.match(draftsOnly, /<option value="utkast" selected>/);
    for (const plan of published) assert.ok(!draftsOnly.includes(`/prosjekter/${plan.prosjekt.id}/massehandteringsplan"`));
    // A shared link with a status the list does not know shows every plan, not an error.
    const unknown = await fetch(`${live.server.baseUrl}/massehandteringsplaner?status=tull&etter=%%%`);
    assert.equal(unknown.status, 200);
    assert.match(await unknown.text(), /<option value="" selected>Alle<\/option>/);
    assert.match(await (await fetch(`${live.server.baseUrl}/masser`)).text(), /href="\/massehandteringsplaner"/);
  });

  test('planen kan lastes ned som utskrivbar PDF; ukjente formater avvises', async () => {
    const response = await call(null, 'GET', `${BASE}/${fornebu.id}/eksport?format=pdf`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-disposition'), /attachment; filename="massehandteringsplan\.pdf"/);
    const pdf = Buffer.from(await response.arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdf.toString('latin1');
    assert.ok(Number(text.match(/\/Type \/Pages[^>]*?\/Count (\d+)/)?.[1]) >= 1, 'sidetreet har sider');
    // Non-ASCII metadata is written as UTF-16BE hex: the title names the project.
    const hex = text.match(/\/Title <FEFF([0-9A-Fa-f]+)>/)?.[1];
    assert.ok(hex, 'tittelen er med i dokumentets metadata');
    const title = Buffer.from(hex, 'hex').swap16().toString('utf16le');
    assert.equal(title, 'Massehåndteringsplan for Fornebubanen');

    for (const url of [`${BASE}/${fornebu.id}/eksport?format=docx`, `${BASE}/mal?format=pdf`]) {
      const refused = await call(null, 'GET', url);
      assert.equal(refused.status, 422, url);
      assert.equal((await refused.json()).errors[0].field, 'format');
    }
  });

  test('CSV som multipart/form-data, linjeendringer med feltfeil, og publisering', async () => {
    const csv = 'Type;Fraksjon;Fra dato;Til dato;Mengde;Enhet\r\nbehov;knust_0_32;2028-01-01;2028-06-30;5000;tonn\r\n';
    const boundary = 'plangrense';
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="plan.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const imported = await call(representant, 'POST', `${BASE}/${e18.id}/import`, { body, type: `multipart/form-data; boundary=${boundary}` });
    assert.equal(imported.status, 200, await imported.clone().text());
    const plan = await imported.json();
    assert.equal(plan.linjer.length, 1);
    assert.equal(plan.linjer[0].mengde_kg, 5_000_000);

    const bad = await call(representant, 'PUT', `${BASE}/${e18.id}/linjer`, {
      json: { linjer: [{ id: plan.linjer[0].id, type: 'behov', fraksjon: 'finnes_ikke', fra: '2028-01-01', til: '2027-01-01', mengde: 5, enhet: 'm3' }] },
    });
    assert.equal(bad.status, 422);
    assert.deepEqual((await bad.json()).errors.map((e) => e.field),
      ['linjer[0].fraksjon', 'linjer[0].til', 'linjer[0].volumtilstand']);

    const good = await call(representant, 'PUT', `${BASE}/${e18.id}/linjer`, {
      json: { linjer: [{ ...plan.linjer[0], mengde: 6000 }, { type: 'overskudd', fraksjon: 'leire', fra: '2027-01-01', til: '2027-03-31', mengde: '100,5', enhet: 'm3', volumtilstand: 'los', disponering: 'mottak', mottaker: 'Demo Mottak' }] },
    });
    assert.equal(good.status, 200, await good.clone().text());
    const edited = await good.json();
    assert.equal(edited.linjer[0].id, plan.linjer[0].id, 'a line keeps its id');
    assert.equal(edited.linjer[0].mengde_kg, 6_000_000);

    const settings = await call(representant, 'PUT', `${BASE}/${e18.id}`, { json: { gjenbruksmal: 101 } });
    assert.equal(settings.status, 422);
    assert.equal((await settings.json()).errors[0].field, 'gjenbruksmal');

    const published = await call(representant, 'POST', `${BASE}/${e18.id}/publiser`);
    assert.equal(published.status, 200, await published.clone().text());
    assert.equal((await published.json()).status, 'publisert');
  });

  test('bare prosjektets byggherre og entreprenører kan endre', async () => {
    assert.equal((await call(null, 'POST', `${BASE}/${fornebu.id}/import`, { body: xlsx(goodRows), type: XLSX_TYPE })).status, 401);
    const forbidden = await call(representant, 'POST', `${BASE}/${fornebu.id}/import`, { body: xlsx(goodRows), type: XLSX_TYPE });
    assert.equal(forbidden.status, 403);
    assert.equal((await call(representant, 'POST', `${BASE}/${fornebu.id}/publiser`)).status, 403);
    const unsupported = await call(representant, 'POST', `${BASE}/${e18.id}/import`, { body: '{}', type: 'application/json' });
    assert.equal(unsupported.status, 415);
  });

  test('byggherren oppretter en plan ved å lime inn CSV i skjemaet, og ser feil per rad', async () => {
    const projects = await (await call(null, 'GET', '/api/v1/prosjekter?limit=200')).json();
    const school = projects.data.find((p) => p.navn.startsWith('Bekkestua skole'));
    assert.ok(school);
    const path = `/prosjekter/${school.id}/massehandteringsplan`;
    const { html } = await byggherre.page(path);
    assert.match(html, /ingen massehåndteringsplan/);
    const wrong = await byggherre.post(`${path}/import`, { csv: 'Type;Fraksjon;Fra dato;Til dato;Mengde;Enhet\nbehov;leire;2027-01-01;2027-02-01;abc;tonn\n' });
    assert.equal(wrong.status, 422);
    assert.match(await wrong.text(), /Rad 2, Mengde: Mengden må være et tall/);
    assert.equal((await (await call(null, 'GET', `${BASE}?limit=50`)).json()).data.some((p) => p.prosjekt.id === school.id), false,
      'nothing half-imported: no plan was created');
    const ok = await byggherre.post(`${path}/import`, { csv: 'Type;Fraksjon;Fra dato;Til dato;Mengde;Enhet\nbehov;leire;2027-01-01;2027-02-01;40;tonn\n' });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), `${path}?importert=1`);
    const shown = await (await byggherre.get(`${path}?importert=1`)).text();
    assert.match(shown, /Filen er importert/);
    assert.match(shown, /40 t/);
    // The lines form (no JavaScript): blank rows are skipped, errors are named per line.
    const row = { l0_type: 'behov', l0_fraksjon: 'leire', l0_fra: '2027-01-01', l0_til: '2027-02-01', l0_mengde: '55', l0_enhet: 'tonn', l0_disponering: 'ikke_avklart', l1_type: 'overskudd', l1_enhet: 'tonn', l1_disponering: 'ikke_avklart' };
    const badLines = await byggherre.post(`${path}/linjer`, { antall: '2', ...row, l0_fraksjon: '' });
    assert.equal(badLines.status, 422);
    assert.match(await badLines.text(), /Linje 1, Fraksjon: Feltet må fylles ut/);
    const saved = await byggherre.post(`${path}/linjer`, { antall: '2', ...row });
    assert.equal(saved.status, 303);
    const plan = (await (await call(null, 'GET', `${BASE}?limit=50`)).json()).data.find((p) => p.prosjekt.id === school.id);
    assert.equal(plan.linjer.length, 1);
    assert.equal(plan.linjer[0].mengde_kg, 55_000);
    // The representant is no member of this project's organisations.
    assert.equal((await representant.post(`${path}/import`, { csv: 'x' })).status, 403);
  });
});
