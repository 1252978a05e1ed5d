// Issue 4 item 6 from outside: sites imported from NGU and Miljødirektoratet (SYNTHETIC fixtures)
// show their source and licence to anyone, only platform administrators run imports, a verified
// representative claims an unclaimed imported site (page and API), the source's named operator is
// the only one who may claim its site, and an administrator can undo a claim.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO, apiRequest, loggedIn, useSeededServer } from '../support/accounts.mjs';

const CONTRACTOR = '315500222'; // Sandvika Grunnarbeid AS (demo): representant is a verified representative
const NAMED_OPERATOR = '315600251'; // the operator the Miljødirektoratet fixture names for FIKT-0219-003

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture' } });

async function findImported(name) {
  const response = await apiRequest(live.server, null, 'GET', `/api/v1/anlegg?q=${encodeURIComponent(name)}&limit=5`);
  assert.equal(response.status, 200);
  const body = await response.json();
  const site = body.data.find((s) => s.navn === name);
  assert.ok(site, `fant ikke ${name}`);
  return site;
}

describe('import fra offentlige kilder', () => {
  let admin;
  let representant;

  before(async () => {
    admin = await loggedIn(live.server, DEMO.admin);
    representant = await loggedIn(live.server, DEMO.representant);
  });

  test('uten innlogging vises kilde og lisens, og ingen krav-knapp', async () => {
    const list = await (await apiRequest(live.server, null, 'GET', '/api/v1/anlegg?q=fiktiv&limit=100')).json();
    const imported = list.data.filter((s) => s.import !== null);
    assert.ok(imported.length >= 20, `bare ${imported.length} importerte anlegg`);
    const sources = new Set(imported.map((s) => s.import.kilde));
    assert.deepEqual([...sources].sort(), ['miljodirektoratet', 'ngu']);
    for (const site of imported) {
      assert.equal(site.kilde, 'import');
      assert.equal(site.import.lisens, 'NLOD 2.0');
      assert.equal(site.demo, true, 'syntetiske poster er demodata');
    }
    const site = await findImported('Lommedalen Inertdeponi (fiktiv)');
    assert.equal(site.kategori, 'deponi_inert');
    assert.equal(site.import.krav_gjort, false);
    assert.equal(site.eier.organisasjonsnummer, '999601391');

    const page = await fetch(`${live.server.baseUrl}/anlegg/${site.id}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Importert fra Miljødirektoratet – anlegg med tillatelse \(NLOD 2\.0\), ikke gjort krav på/);
    assert.doesNotMatch(html, /\/krav"/, 'anonyme ser ingen krav-lenke');
    const listPage = await (await fetch(`${live.server.baseUrl}/anlegg?q=${encodeURIComponent(site.navn)}`)).text();
    assert.match(listPage, /Importert fra Miljødirektoratet/, 'the list does not present the agency as owner');
    assert.doesNotMatch(html, /href="\/organisasjoner\/999601391"/, 'etaten vises ikke som eier');

    const claimPage = await fetch(`${live.server.baseUrl}/anlegg/${site.id}/krav`, { redirect: 'manual' });
    assert.notEqual(claimPage.status, 200);
  });

  test('bare administratorer kjører import; to kjøringer på rad endrer ingenting', async () => {
    const anonymous = await apiRequest(live.server, null, 'POST', '/api/v1/import/ngu');
    assert.equal(anonymous.status, 401);
    const refused = await apiRequest(live.server, representant, 'POST', '/api/v1/import/ngu');
    assert.equal(refused.status, 403);
    assert.equal((await representant.get('/anlegg/import')).status, 403);

    const ran = await apiRequest(live.server, admin, 'POST', '/api/v1/import/ngu');
    assert.equal(ran.status, 200);
    const figures = await ran.json();
    assert.equal(figures.kilde, 'ngu');
    assert.equal(figures.status, 'ok');
    assert.equal(figures.nye, 0, 'demoseedingen har allerede importert NGU');
    assert.equal(figures.oppdatert, 0);
    assert.equal(figures.uendret, 10);
    assert.equal(figures.hoppetOver, 3);

    const unknown = await apiRequest(live.server, admin, 'POST', '/api/v1/import/ssb');
    assert.equal(unknown.status, 404);

    assert.match(await (await admin.get('/anlegg')).text(), /href="\/anlegg\/import"/);
    assert.doesNotMatch(await (await representant.get('/anlegg')).text(), /href="\/anlegg\/import"/);
    const { response, html } = await admin.page('/anlegg/import');
    assert.equal(response.status, 200);
    assert.match(html, /NGU – Grus og pukk/);
    assert.match(html, /Kjør import nå/);
    const posted = await admin.post('/anlegg/import/miljodirektoratet', {});
    assert.equal(posted.status, 303);
    assert.equal(posted.headers.get('location'), '/anlegg/import?kjort=miljodirektoratet');
    const after = await (await admin.get('/anlegg/import?kjort=miljodirektoratet')).text();
    assert.match(after, /Importen fra Miljødirektoratet/);
    assert.match(after, /Ada Administrator/);
  });

  test('en bekreftet representant gjør krav på et importert anlegg', async () => {
    const site = await findImported('Vollen Gjenvinning (fiktiv)');
    const { response, html } = await representant.page(`/anlegg/${site.id}/krav`);
    assert.equal(response.status, 200);
    assert.match(html, new RegExp(`value="${CONTRACTOR}"`));
    const missingCsrf = await representant.post(`/anlegg/${site.id}/krav`, { organisasjonsnummer: CONTRACTOR }, { csrf: false });
    assert.equal(missingCsrf.status, 403);
    const claimed = await representant.post(`/anlegg/${site.id}/krav`, { organisasjonsnummer: CONTRACTOR });
    assert.equal(claimed.status, 303);
    assert.equal(claimed.headers.get('location'), `/anlegg/${site.id}?krav=1`);

    const detail = await (await representant.get(`/anlegg/${site.id}?krav=1`)).text();
    assert.match(detail, /Organisasjonen din eier nå anlegget/);
    assert.match(detail, new RegExp(`href="/organisasjoner/${CONTRACTOR}"`));
    assert.match(detail, /Overtatt av eieren/, 'kravet står i endringshistorikken');

    const after = await findImported('Vollen Gjenvinning (fiktiv)');
    assert.equal(after.import.krav_gjort, true);
    assert.equal(after.eier.organisasjonsnummer, CONTRACTOR);

    const again = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${site.id}/krav`, { organisasjonsnummer: CONTRACTOR });
    assert.equal(again.status, 409);

    // The administrator undoes it; the agency holds the site again.
    assert.equal((await apiRequest(live.server, representant, 'DELETE', `/api/v1/anlegg/${site.id}/krav`)).status, 403);
    const undone = await apiRequest(live.server, admin, 'DELETE', `/api/v1/anlegg/${site.id}/krav`);
    assert.equal(undone.status, 200);
    assert.equal((await undone.json()).kravGjort, null);
    assert.equal((await findImported('Vollen Gjenvinning (fiktiv)')).eier.organisasjonsnummer, '999601391');
  });

  test('kravet avvises for feil organisasjon, og gyldig krav via API-et', async () => {
    const named = await findImported('Rud Mottaksanlegg (fiktiv)');
    const wrong = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${named.id}/krav`, { organisasjonsnummer: CONTRACTOR });
    assert.equal(wrong.status, 403);
    const { html } = await representant.page(`/anlegg/${named.id}/krav`);
    assert.match(html, new RegExp(`Kilden oppgir organisasjonsnummer ${NAMED_OPERATOR}`));
    assert.doesNotMatch(html, /<form class="mf-stack" method="post"/);

    const site = await findImported('Sætre grustak (fiktiv)');
    const notMine = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${site.id}/krav`, { organisasjonsnummer: NAMED_OPERATOR });
    assert.equal(notMine.status, 403);
    const bad = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${site.id}/krav`, { orgnr: 1 });
    assert.equal(bad.status, 422);
    const notJson = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${site.id}/krav`, undefined);
    assert.equal(notJson.status, 400);
    const ok = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${site.id}/krav`, { organisasjonsnummer: CONTRACTOR });
    assert.equal(ok.status, 200);
    const body = await ok.json();
    assert.equal(body.kilde, 'ngu');
    assert.equal(body.organisasjonsnummer, CONTRACTOR);
    assert.equal(typeof body.kravGjort, 'number');
    const ownSite = (await (await apiRequest(live.server, null, 'GET', '/api/v1/anlegg?limit=50')).json()).data.find((s) => s.import === null);
    const own = await apiRequest(live.server, representant, 'POST', `/api/v1/anlegg/${ownSite.id}/krav`, { organisasjonsnummer: CONTRACTOR });
    assert.equal(own.status, 409);
    // A platform administrator undoes the claim from the site page; the representative sees no button.
    const representantPage = (await representant.page(`/anlegg/${site.id}`)).html;
    assert.doesNotMatch(representantPage, /Angre kravet/);
    const admin = await loggedIn(live.server, DEMO.admin);
    const adminPage = (await admin.page(`/anlegg/${site.id}`)).html;
    assert.match(adminPage, /Angre kravet/);
    assert.equal((await representant.post(`/anlegg/${site.id}/krav/angre`, {})).status, 403);
    const undone = await admin.post(`/anlegg/${site.id}/krav/angre`, {});
    assert.equal(undone.status, 303);
    assert.equal(undone.headers.get('location'), `/anlegg/${site.id}?krav_angret=1`);
    assert.match((await admin.page(`/anlegg/${site.id}?krav_angret=1`)).html, /Kravet er angret/);
    const reverted = await (await apiRequest(live.server, null, 'GET', `/api/v1/anlegg/${site.id}`)).json();
    assert.equal(reverted.import.krav_gjort, false);
  });
});
