// "Scopes for writes" (issues 4 and 5, API): an organisation's own system writes to the registry
// and the mass market with a client-credentials token instead of a session — a project, a site
// with a permit, a mass handling plan that publishes listings, the organisation as a carrier with
// a vehicle it approves, and as a quality-control provider. Each write needs its own scope and
// acts only for the client's organisation; the change history names the organisation. The OpenAPI
// document lists every scope an operation asks for.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { Client, DEMO, apiClientToken, useSeededServer } from '../support/accounts.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre is its verified admin
const CONTRACTOR = '315500222'; // Sandvika Grunnarbeid AS (demo): byggherre is no member
const OWNER_NAME = 'Fornebu Byutvikling AS (demo)';

const live = useSeededServer({ env: { MASSEFLYT_BRREG: 'fixture', MASSEFLYT_API_RATE_TOKEN: '1000' } });

describe('skriving med API-klient', () => {
  let admin;
  const tokens = {};

  /** A JSON call with a bearer token and no cookie or CSRF token. */
  async function call(token, method, url, body) {
    const headers = { accept: 'application/json', authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${live.server.baseUrl}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  async function expectStatus(response, status) {
    assert.equal(response.status, status, await response.clone().text());
    return response.status === 204 ? null : response.json();
  }

  before(async () => {
    admin = new Client(live.server.baseUrl);
    await admin.logIn(DEMO.byggherre); // the login counts as a recent step-up
    await admin.page(`/organisasjoner/${DEVELOPER}/api-klienter`);
    for (const scope of ['registry.project.edit', 'registry.site.edit', 'masses.plan.edit',
      'registry.carrier.edit', 'registry.vehicle.edit', 'registry.vehicle.approve', 'registry.provider.edit']) {
      tokens[scope] = await apiClientToken(admin, DEVELOPER, [scope]);
    }
  });

  test('prosjekt, anlegg og tillatelse, hver med sitt scope', async () => {
    const project = await expectStatus(await call(tokens['registry.project.edit'], 'POST', '/api/v1/prosjekter', {
      navn: 'Fornebu sør, felt B (fra fagsystem)', byggherre: DEVELOPER, fase: 'planlegging',
      oppstart: '2029-03', lat: 59.8950, lon: 10.6250, kommunenummer: '3201',
    }), 201);
    await expectStatus(await call(tokens['registry.project.edit'], 'PUT', `/api/v1/prosjekter/${project.id}`, {
      navn: project.navn, byggherre: DEVELOPER, fase: 'regulering',
      oppstart: '2029-03', lat: 59.8950, lon: 10.6250, kommunenummer: '3201',
    }), 200);
    const projectHistory = await (await fetch(`${live.server.baseUrl}/api/v1/prosjekter/${project.id}/historikk`)).json();
    assert.ok(projectHistory.data.length >= 2 && projectHistory.data.every((e) => e.utfort_for === OWNER_NAME),
      JSON.stringify(projectHistory.data));
    // The scope is the permission: a project token cannot register a site, nor act for others.
    await expectStatus(await call(tokens['registry.project.edit'], 'POST', '/api/v1/prosjekter', {
      navn: 'Annen byggherre', byggherre: CONTRACTOR, fase: 'ide', lat: 59.89, lon: 10.52, kommunenummer: '3201',
    }), 403);

    const siteBody = {
      organisasjonsnummer: DEVELOPER, kategori: 'mellomlager', navn: 'Fornebu mellomlager (fra fagsystem)',
      lat: 59.8990, lon: 10.6200, kommunenummer: '3201', fraksjonsgrupper: ['stein'],
    };
    await expectStatus(await call(tokens['registry.project.edit'], 'POST', '/api/v1/anlegg', siteBody), 403);
    await expectStatus(await call(tokens['registry.site.edit'], 'POST', '/api/v1/anlegg', { ...siteBody, organisasjonsnummer: CONTRACTOR }), 403);
    const site = await expectStatus(await call(tokens['registry.site.edit'], 'POST', '/api/v1/anlegg', siteBody), 201);
    await expectStatus(await call(tokens['registry.site.edit'], 'PUT', `/api/v1/anlegg/${site.id}`, { ...siteBody, navn: 'Fornebu mellomlager nord' }), 200);
    const permit = await expectStatus(await call(tokens['registry.site.edit'], 'POST', `/api/v1/anlegg/${site.id}/tillatelser`, {
      type: 'pbl', myndighet: 'Bærum kommune', referanse: 'FAG-1', gyldig_fra: '2026-01-01', gyldig_til: '2030-12-31',
    }), 201);
    assert.ok(permit.id);
    // Claiming an imported site is a person's declaration, never a client's.
    const imported = (await (await fetch(`${live.server.baseUrl}/api/v1/anlegg?q=fiktiv&limit=100`)).json()).data
      .find((s) => s.import !== null && !s.import.krav_gjort);
    await expectStatus(await call(tokens['registry.site.edit'], 'POST', `/api/v1/anlegg/${imported.id}/krav`, { organisasjonsnummer: DEVELOPER }), 403);
    const anonymousView = await (await fetch(`${live.server.baseUrl}/api/v1/anlegg?q=${encodeURIComponent('Fornebu mellomlager nord')}`)).json();
    assert.equal(anonymousView.data.length, 1);
  });

  test('en massehåndteringsplan fylles og publiseres, og oppføringene blir åpne', async () => {
    const projects = await (await fetch(`${live.server.baseUrl}/api/v1/prosjekter?q=${encodeURIComponent('felt B')}`)).json();
    const project = projects.data[0];
    assert.ok(project, 'the project from the test above');
    const token = tokens['masses.plan.edit'];
    const plan = await expectStatus(await call(token, 'POST', '/api/v1/massehandteringsplaner', { prosjekt_id: project.id, gjenbruksmal: 80 }), 201);
    await expectStatus(await call(token, 'PUT', `/api/v1/massehandteringsplaner/${plan.id}/linjer`, {
      linjer: [{ type: 'overskudd', fraksjon: 'sprengstein', fra: '2029-03-01', til: '2029-12-31', mengde: 4000, enhet: 'm3', volumtilstand: 'fast', disponering: 'egen_gjenbruk' }],
    }), 200);
    const published = await expectStatus(await call(token, 'POST', `/api/v1/massehandteringsplaner/${plan.id}/publiser`), 200);
    assert.equal(published.status, 'publisert');
    const listings = await (await fetch(`${live.server.baseUrl}/api/v1/masser?eier=${DEVELOPER}&fraksjon=sprengstein&fra=2029-03-01&til=2029-12-31`)).json();
    assert.ok(listings.data.some((l) => l.sted.prosjekt?.id === project.id), JSON.stringify(listings.data.map((l) => l.tittel)));
    await expectStatus(await call(tokens['registry.site.edit'], 'POST', `/api/v1/massehandteringsplaner/${plan.id}/publiser`), 403);
  });

  test('organisasjonen som transportør med et kjøretøy den godkjenner, og som kontrolltjeneste', async () => {
    await expectStatus(await call(tokens['registry.vehicle.edit'], 'POST', '/api/v1/transportorer', {
      organisasjonsnummer: DEVELOPER, tjenester: ['tipp'], kommuner: ['3201'],
    }), 403);
    await expectStatus(await call(tokens['registry.carrier.edit'], 'POST', '/api/v1/transportorer', {
      organisasjonsnummer: DEVELOPER, tjenester: ['tipp'], kommuner: ['3201'],
    }), 201);
    await expectStatus(await call(tokens['registry.carrier.edit'], 'PUT', `/api/v1/transportorer/${DEVELOPER}`, {
      tjenester: ['tipp', 'maskin'], kommuner: ['3201'],
    }), 200);

    // Looking a plate up costs quota: only with the scope that can add the vehicle.
    await expectStatus(await call(tokens['registry.carrier.edit'], 'GET', '/api/v1/kjoretoy/oppslag/EV61002'), 403);
    const found = await expectStatus(await call(tokens['registry.vehicle.edit'], 'GET', '/api/v1/kjoretoy/oppslag/EV61002'), 200);
    assert.ok(found.euroklasse !== undefined, JSON.stringify(found));
    const vehicle = await expectStatus(await call(tokens['registry.vehicle.edit'], 'POST', `/api/v1/transportorer/${DEVELOPER}/kjoretoy`, {
      kjennemerke: 'EV61002', drivstoff: 'elektrisk',
    }), 201);
    assert.equal(vehicle.status, 'venter');
    await expectStatus(await call(tokens['registry.vehicle.edit'], 'POST', `/api/v1/kjoretoy/${vehicle.id}/godkjenning`, { handling: 'godkjenn' }), 403);
    const approved = await expectStatus(await call(tokens['registry.vehicle.approve'], 'POST', `/api/v1/kjoretoy/${vehicle.id}/godkjenning`, { handling: 'godkjenn' }), 200);
    assert.equal(approved.status, 'godkjent');

    await expectStatus(await call(tokens['registry.provider.edit'], 'POST', '/api/v1/kontrolltjenester', {
      organisasjonsnummer: DEVELOPER, tjenester: ['geoteknisk_undersokelse'], kommuner: ['3201'],
    }), 201);
    await expectStatus(await call(tokens['registry.provider.edit'], 'PUT', `/api/v1/kontrolltjenester/${DEVELOPER}`, {
      tjenester: ['geoteknisk_undersokelse', 'mottakskontroll'], kommuner: ['3201'],
    }), 200);
    // Without a token nothing changes; a token that is not one is refused before anything runs.
    assert.equal((await fetch(`${live.server.baseUrl}/api/v1/kontrolltjenester/${DEVELOPER}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: 'Bearer ikke.en.nokkel' }, body: '{}',
    })).status, 401);
  });

  test('OpenAPI-dokumentet lister scopene skrivingene krever', async () => {
    const document = await (await fetch(`${live.server.baseUrl}/api/v1/openapi.json`)).json();
    const listed = document.components.securitySchemes.oauth2.flows.clientCredentials.scopes;
    for (const scope of Object.keys(tokens)) assert.ok(listed[scope], scope);
    assert.ok(listed['masses.listing.edit']);
    assert.equal(listed['audit.log.read'], undefined, 'platform permissions are no client scopes');
    const asked = document.paths['/masser'].post.security.flatMap((s) => s.oauth2 ?? []);
    assert.deepEqual(asked, ['masses.listing.edit']);
  });
});
