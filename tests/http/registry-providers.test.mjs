// Issue 4 item 5 (quality-control providers) from outside: open list and profile without the
// contact person, the demo lab's quality controller editing its profile (API and form), a
// pending member refused, and bad input answered with Norwegian field errors and nothing stored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO, apiRequest, loggedIn, useSeededServer } from '../support/accounts.mjs';

const LAB = '315500885'; // Norsk Miljølab AS (demo): kvalitet@ is its quality controller
const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre@ is its org admin
const QUARRY = '315500443'; // representant@ asked to be its org admin: still pending

const api = apiRequest;

describe('kontrolltjenester', () => {
  const live = useSeededServer();

  test('anonyme ser tjenester og akkreditering, men ingen kontaktperson', async () => {
    const response = await api(live.server, null, 'GET', '/api/v1/kontrolltjenester?limit=200');
    assert.equal(response.status, 200);
    const page = await response.json();
    assert.ok(page.data.length >= 4, `${page.data.length} kontrolltjenester`);
    assert.ok(page.data.every((p) => !('kontakt' in p)), 'ingen kontaktperson uten innlogging');
    const lab = page.data.find((p) => p.organisasjonsnummer === LAB);
    assert.ok(lab, 'demolaboratoriet er med');
    assert.equal(lab.akkreditering.ordning, 'Norsk akkreditering');
    assert.ok(lab.tjenester.some((t) => t.kode === 'kjemiske_analyser'));

    const accredited = await (await api(live.server, null, 'GET', '/api/v1/kontrolltjenester?akkreditert=true')).json();
    assert.ok(accredited.data.length >= 2 && accredited.data.every((p) => p.akkreditering !== null));
    const paged = await (await api(live.server, null, 'GET', '/api/v1/kontrolltjenester?limit=2')).json();
    const next = await (await api(live.server, null, 'GET', `/api/v1/kontrolltjenester?limit=2&cursor=${paged.neste}`)).json();
    assert.ok(next.data[0].organisasjonsnummer > paged.data[1].organisasjonsnummer);

    const html = await (await fetch(`${live.server.baseUrl}/kontrolltjenester/${LAB}`)).text();
    assert.match(html, /Norsk Miljølab AS \(demo\)/);
    assert.match(html, /Norsk akkreditering <strong>TEST 901<\/strong>/);
    assert.match(html, /Endringshistorikk|endringshistorikk/i);
    assert.doesNotMatch(html, /Kari Kvalitet/, 'kontaktpersonen vises ikke uten innlogging');
    assert.doesNotMatch(html, /400 00 885/);
    assert.equal((await api(live.server, null, 'GET', `/api/v1/kontrolltjenester/${LAB}`).then((r) => r.json())).kontakt, undefined);

    const filtered = await (await fetch(`${live.server.baseUrl}/kontrolltjenester?tjeneste=bergteknisk_testing&kommune=3201&akkreditert=1`)).text();
    assert.match(filtered, /Fornebu Bergtest/);
    assert.doesNotMatch(filtered, /Asker Miljørådgivning/);
    const none = await (await fetch(`${live.server.baseUrl}/kontrolltjenester?q=finnesikke`)).text();
    assert.match(none, /Ingen kontrolltjenester passer/);

    const bad = await api(live.server, null, 'GET', '/api/v1/kontrolltjenester?tjeneste=fly&kommune=12&akkreditert=ja');
    assert.equal(bad.status, 422);
    assert.deepEqual((await bad.json()).errors.map((e) => e.field).sort(), ['akkreditert', 'kommune', 'tjeneste']);
    assert.equal((await api(live.server, null, 'GET', '/api/v1/kontrolltjenester/999999999')).status, 404);
    assert.equal((await fetch(`${live.server.baseUrl}/kontrolltjenester/999999999`)).status, 404);
  });

  test('kvalitetskontrolløren i laboratoriet endrer profilen; kontakt vises for innloggede', async () => {
    const controller = await loggedIn(live.server, DEMO.kvalitet);
    const { html } = await controller.page(`/kontrolltjenester/${LAB}`);
    assert.match(html, /Kari Kvalitet/, 'innloggede ser kontaktpersonen');
    assert.match(html, /Endre profilen/);

    await controller.page(`/kontrolltjenester/${LAB}/endre`);
    const updated = await api(live.server, controller, 'PUT', `/api/v1/kontrolltjenester/${LAB}`, {
      tjenester: ['kjemiske_analyser', 'mottakskontroll', 'tilstandsvurdering'],
      akkreditering: { ordning: 'Norsk akkreditering', nummer: 'TEST 903' },
      kommuner: ['0301', '3201'],
      kontakt: { navn: 'Kari Kvalitet', telefon: '+47 400 00 885', epost: 'kvalitet@demo.masseflyt.no' },
      beskrivelse: 'Akkreditert laboratorium.',
    });
    assert.equal(updated.status, 200, await updated.clone().text());
    const provider = await updated.json();
    assert.equal(provider.akkreditering.nummer, 'TEST 903');
    assert.equal(provider.kontakt.navn, 'Kari Kvalitet');

    // The form without JavaScript: a save redirects to the profile, which shows the change.
    const saved = await controller.post(`/kontrolltjenester/${LAB}/endre`, [
      ['tjenester', 'kjemiske_analyser'],
      ['tjenester', 'miljoteknisk_provetaking'],
      ['akkreditering_ordning', 'Norsk akkreditering'],
      ['akkreditering_nummer', 'TEST 904'],
      ['kommuner', '0301'],
      ['kontakt_navn', 'Kari Kvalitet'],
      ['beskrivelse', 'Prøvetaking og analyser.'],
    ]);
    assert.equal(saved.status, 303);
    const profile = (await controller.page(`/kontrolltjenester/${LAB}?lagret=1`)).html;
    assert.match(profile, /TEST 904/);
    assert.match(profile, /Endringene er lagret/);
    assert.match(profile, /TEST 903/, 'the history shows the earlier value');

    const developer = await loggedIn(live.server, DEMO.byggherre);
    const created = await api(live.server, developer, 'POST', '/api/v1/kontrolltjenester', {
      organisasjonsnummer: DEVELOPER,
      tjenester: ['geoteknisk_undersokelse'],
      kommuner: ['3201'],
    });
    assert.equal(created.status, 201, await created.clone().text());
    assert.equal((await created.json()).akkreditering, null);
    assert.equal(created.headers.get('location'), `/api/v1/kontrolltjenester/${DEVELOPER}`);
    const again = await api(live.server, developer, 'POST', '/api/v1/kontrolltjenester', {
      organisasjonsnummer: DEVELOPER,
      tjenester: ['geoteknisk_undersokelse'],
    });
    assert.equal(again.status, 409);
    const otherLab = await api(live.server, developer, 'PUT', `/api/v1/kontrolltjenester/${LAB}`, { tjenester: ['mottakskontroll'] });
    assert.equal(otherLab.status, 403, 'a member of another organisation may not edit');
  });

  test('ventende medlem får 403; anonyme får 401', async () => {
    const pending = await loggedIn(live.server, DEMO.representant);
    const forbidden = await api(live.server, pending, 'POST', '/api/v1/kontrolltjenester', {
      organisasjonsnummer: QUARRY,
      tjenester: ['mottakskontroll'],
    });
    assert.equal(forbidden.status, 403);
    assert.equal((await api(live.server, null, 'PUT', `/api/v1/kontrolltjenester/${LAB}`, { tjenester: ['mottakskontroll'] })).status, 401);
    assert.equal((await api(live.server, null, 'GET', `/api/v1/kontrolltjenester/${QUARRY}`)).status, 404, 'nothing stored');
  });

  test('ugyldige felt gir norske feilmeldinger og lagrer ingenting', async () => {
    const controller = await loggedIn(live.server, DEMO.kvalitet);
    const before = await (await api(live.server, controller, 'GET', `/api/v1/kontrolltjenester/${LAB}`)).json();
    await controller.page(`/kontrolltjenester/${LAB}/endre`);
    const bad = await api(live.server, controller, 'PUT', `/api/v1/kontrolltjenester/${LAB}`, {
      tjenester: ['fly'],
      akkreditering: { ordning: 'Norsk akkreditering', nummer: '<TEST>' },
      kommuner: ['9999'],
      kontakt: { telefon: '12', epost: 'ikke-epost' },
    });
    assert.equal(bad.status, 422);
    const problem = await bad.json();
    assert.deepEqual(problem.errors.map((e) => e.field).sort(),
      ['akkreditering_nummer', 'kommuner', 'kontakt_epost', 'kontakt_telefon', 'tjenester']);
    assert.ok(problem.errors.find((e) => e.field === 'kontakt_epost').detail.includes('gyldig e-postadresse'));
    const malformed = await api(live.server, controller, 'PUT', `/api/v1/kontrolltjenester/${LAB}`, { tjenester: 'alt' });
    assert.equal(malformed.status, 400);

    const form = await controller.post(`/kontrolltjenester/${LAB}/endre`, [
      ['akkreditering_nummer', 'TEST 999'],
      ['kontakt_epost', 'ikke-epost'],
    ]);
    assert.equal(form.status, 422);
    const html = await form.text();
    assert.match(html, /Velg minst én tjeneste/);
    assert.match(html, /Skriv hvilken ordning dere er akkreditert etter/);
    assert.match(html, /Skriv en gyldig e-postadresse/);
    assert.match(html, /value="TEST 999"/, 'what was typed is shown again');

    const after = await (await api(live.server, controller, 'GET', `/api/v1/kontrolltjenester/${LAB}`)).json();
    assert.deepEqual(after, before, 'nothing was stored');
  });
});
