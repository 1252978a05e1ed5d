// Issue 4 items 4, 5 (carriers and vehicles) from outside: open lists with public fields only,
// vehicle lookup by registration number from the Statens vegvesen fixture, a dispatcher adding a
// vehicle that waits for the organisation admin's approval, and an invalid plate answered in
// Norwegian without any outbound call (proved against a stub register in live mode).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

import { DEMO, apiRequest, loggedIn, useSeededServer } from '../support/accounts.mjs';
import { root } from '../support/server.mjs';

const TRANSPORT = '315500664'; // Bærum Massetransport AS (demo): transport@ is its dispatcher
const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre@ is its org admin
const QUARRY = '315500443'; // representant@ asked to be its org admin: still pending
const FIXTURES = path.join(root, 'src/integrations/vegvesen/fixtures');

const api = apiRequest;

describe('transportører og kjøretøy (innspilte svar)', () => {
  const live = useSeededServer({ env: { MASSEFLYT_VEGVESEN: 'fixture' } });

  test('anonyme ser bare offentlige felt: navn, tjenester, område, euroklasse', async () => {
    const response = await api(live.server, null, 'GET', '/api/v1/transportorer?limit=200');
    assert.equal(response.status, 200);
    const page = await response.json();
    assert.ok(page.data.length >= 10, `${page.data.length} transportører`);
    assert.ok(page.data.every((c) => !('kontakt' in c)), 'ingen kontaktperson uten innlogging');
    const transport = page.data.find((c) => c.organisasjonsnummer === TRANSPORT);
    assert.ok(transport, 'demotransportøren er med');
    assert.ok(transport.tjenester.some((t) => t.kode === 'tipp'));
    assert.ok(transport.godkjente_kjoretoy > 0);

    const html = await (await fetch(`${live.server.baseUrl}/transportorer/${TRANSPORT}`)).text();
    assert.match(html, /Bærum Massetransport AS \(demo\)/);
    assert.match(html, /Euro VI/);
    assert.match(html, /Godstransport på vei/);
    assert.doesNotMatch(html, /400 00 664/, 'telefonnummeret vises ikke uten innlogging');
    assert.doesNotMatch(html, /Venter på godkjenning/, 'ventende kjøretøy er ikke offentlige');

    const vehicles = await (await api(live.server, null, 'GET', '/api/v1/kjoretoy?limit=200')).json();
    assert.ok(vehicles.data.length >= 30);
    assert.ok(vehicles.data.every((v) => v.status === 'godkjent'));
    const electric = await (await api(live.server, null, 'GET', '/api/v1/kjoretoy?drivstoff=elektrisk&euroklasse=0')).json();
    assert.ok(electric.data.length > 0 && electric.data.every((v) => v.drivstoff === 'elektrisk'));
    const paged = await (await api(live.server, null, 'GET', '/api/v1/kjoretoy?limit=5')).json();
    const next = await (await api(live.server, null, 'GET', `/api/v1/kjoretoy?limit=5&cursor=${paged.neste}`)).json();
    assert.ok(next.data[0].id > paged.data[4].id);

    const filtered = await (await fetch(`${live.server.baseUrl}/transportorer?tjeneste=lekter&kommune=0301`)).text();
    assert.match(filtered, /Oslofjord Lekter/);
    assert.doesNotMatch(filtered, /Nesbru Massetransport/);
    const none = await (await fetch(`${live.server.baseUrl}/transportorer?q=finnesikke`)).text();
    assert.match(none, /Ingen transportører passer/);

    const bad = await api(live.server, null, 'GET', '/api/v1/transportorer?tjeneste=fly&kommune=12');
    assert.equal(bad.status, 422);
    assert.deepEqual((await bad.json()).errors.map((e) => e.field).sort(), ['kommune', 'tjeneste']);
    assert.equal((await api(live.server, null, 'GET', '/api/v1/transportorer/999999999')).status, 404);
  });

  test('a vehicle lookup by registration number fills Euro class from the fixture', async () => {
    assert.equal((await api(live.server, null, 'GET', '/api/v1/kjoretoy/oppslag/DT61001')).status, 401);
    const client = await loggedIn(live.server, DEMO.transport);
    const response = await api(live.server, client, 'GET', '/api/v1/kjoretoy/oppslag/dt%2061001');
    assert.equal(response.status, 200);
    const vehicle = await response.json();
    assert.equal(vehicle.kjennemerke, 'DT61001');
    assert.deepEqual(vehicle.euroklasse, { kode: '6T', navn: 'Euro VI' });
    assert.equal(vehicle.kjoretoygruppe.kode, 'N3');
    assert.equal(vehicle.tillatt_totalvekt_kg, 32000);
    assert.equal(vehicle.foreslatt_drivstoff, 'diesel');
    assert.match(vehicle.kilde.navn, /Statens vegvesen/);
    const electric = await (await api(live.server, client, 'GET', '/api/v1/kjoretoy/oppslag/EV61002')).json();
    assert.equal(electric.euroklasse.kode, '0');
    assert.equal(electric.foreslatt_drivstoff, 'elektrisk');
    assert.equal((await api(live.server, client, 'GET', '/api/v1/kjoretoy/oppslag/DT99999')).status, 404);
    const invalid = await api(live.server, client, 'GET', '/api/v1/kjoretoy/oppslag/12345');
    assert.equal(invalid.status, 422);
    assert.match((await invalid.json()).errors[0].detail, /to bokstaver og fire eller fem sifre/);

    // The page: the plate form, then the data fetched from the register, without JavaScript.
    const { html } = await client.page(`/transportorer/${TRANSPORT}/kjoretoy/ny?kjennemerke=DT51003`);
    assert.match(html, /Euro V</);
    assert.match(html, /MAN/);
  });

  test('dispatcher adds a vehicle: pending until approved; dispatcher cannot approve', async () => {
    const dispatcher = await loggedIn(live.server, DEMO.transport);
    const created = await api(live.server, dispatcher, 'POST', `/api/v1/transportorer/${TRANSPORT}/kjoretoy`, {
      kjennemerke: 'dt 62004',
      drivstoff: 'hvo100',
      arbeider_for: [DEVELOPER],
    });
    assert.equal(created.status, 201, await created.clone().text());
    const vehicle = await created.json();
    assert.equal(vehicle.status, 'venter');
    assert.equal(vehicle.euroklasse.kode, '6T');
    assert.equal(vehicle.drivstoff, 'hvo100');
    assert.equal(vehicle.arbeider_for.length, 1);
    assert.equal((await api(live.server, null, 'GET', `/api/v1/kjoretoy/${vehicle.id}`)).status, 404, 'not public while pending');
    assert.equal((await api(live.server, dispatcher, 'GET', `/api/v1/kjoretoy/${vehicle.id}`)).status, 200, 'members see it');
    const denied = await api(live.server, dispatcher, 'POST', `/api/v1/kjoretoy/${vehicle.id}/godkjenning`, { handling: 'godkjenn' });
    assert.equal(denied.status, 403);
    const duplicate = await api(live.server, dispatcher, 'POST', `/api/v1/transportorer/${TRANSPORT}/kjoretoy`, {
      kjennemerke: 'DT62004',
      drivstoff: 'diesel',
    });
    assert.equal(duplicate.status, 409);

    const admin = await loggedIn(live.server, DEMO.admin);
    const approved = await api(live.server, admin, 'POST', `/api/v1/kjoretoy/${vehicle.id}/godkjenning`, { handling: 'godkjenn' });
    assert.equal(approved.status, 200);
    assert.equal((await approved.json()).status, 'godkjent');
    assert.equal((await api(live.server, null, 'GET', `/api/v1/kjoretoy/${vehicle.id}`)).status, 200);
    const page = await (await fetch(`${live.server.baseUrl}/transportorer/${TRANSPORT}/kjoretoy/${vehicle.id}`)).text();
    assert.match(page, /Godkjent/);
    assert.match(page, /Endringshistorikk|endringshistorikk/i);
  });

  test('dispatcher links a vehicle to a project and removes it; others may not', async () => {
    const dispatcher = await loggedIn(live.server, DEMO.transport);
    const vehicles = await (await api(live.server, dispatcher, 'GET', `/api/v1/transportorer/${TRANSPORT}/kjoretoy`)).json();
    const vehicle = vehicles.data.find((v) => v.status === 'godkjent');
    assert.ok(vehicle, 'the demo carrier has an approved vehicle');
    const projects = await (await api(live.server, null, 'GET', '/api/v1/prosjekter?limit=5')).json();
    const project = projects.data[0];

    const linked = await api(live.server, dispatcher, 'PUT', `/api/v1/kjoretoy/${vehicle.id}/prosjekter/${project.id}`);
    assert.equal(linked.status, 200, await linked.clone().text());
    assert.ok((await linked.json()).prosjekter.includes(project.id));
    const open = await (await api(live.server, null, 'GET', `/api/v1/kjoretoy/${vehicle.id}`)).json();
    assert.ok(open.prosjekter.includes(project.id), 'the link is public like the vehicle');
    const html = await (await fetch(`${live.server.baseUrl}/transportorer/${TRANSPORT}/kjoretoy/${vehicle.id}`)).text();
    assert.ok(html.includes(`/prosjekter/${project.id}`), 'the vehicle page links the project');

    const unknown = await api(live.server, dispatcher, 'PUT', `/api/v1/kjoretoy/${vehicle.id}/prosjekter/finnes-ikke`);
    assert.equal(unknown.status, 422);
    const problem = await unknown.json();
    assert.equal(problem.errors[0].field, 'prosjekt');
    assert.match(problem.errors[0].detail, /prosjekt/i);
    const developer = await loggedIn(live.server, DEMO.byggherre);
    assert.equal((await api(live.server, developer, 'DELETE', `/api/v1/kjoretoy/${vehicle.id}/prosjekter/${project.id}`)).status, 403);
    assert.equal((await api(live.server, null, 'PUT', `/api/v1/kjoretoy/${vehicle.id}/prosjekter/${project.id}`)).status, 401);

    const removed = await api(live.server, dispatcher, 'DELETE', `/api/v1/kjoretoy/${vehicle.id}/prosjekter/${project.id}`);
    assert.equal(removed.status, 200);
    assert.ok(!(await removed.json()).prosjekter.includes(project.id));
  });

  test('org admin registers its carrier and approves its own vehicle; pending member gets 403', async () => {
    const admin = await loggedIn(live.server, DEMO.byggherre);
    const created = await api(live.server, admin, 'POST', '/api/v1/transportorer', {
      organisasjonsnummer: DEVELOPER,
      tjenester: ['tipp', 'maskin'],
      kommuner: ['3201', '3203'],
      antall_kjoretoy: 3,
      tonn_per_dag: 150,
      kontakt: { navn: 'Berit Byggherre', telefon: '+47 400 00 117', epost: 'berit@example.no' },
      beskrivelse: 'Egen transport for egne prosjekter.',
    });
    assert.equal(created.status, 201, await created.clone().text());
    const carrier = await created.json();
    assert.equal(carrier.kontakt.navn, 'Berit Byggherre');
    const anonymous = await (await api(live.server, null, 'GET', `/api/v1/transportorer/${DEVELOPER}`)).json();
    assert.equal(anonymous.kontakt, undefined);
    const page = await (await fetch(`${live.server.baseUrl}/transportorer/${DEVELOPER}`)).text();
    assert.match(page, /har ikke næringskode 49\.410/, 'warns, does not block, without NACE 49.410');

    const badEdit = await api(live.server, admin, 'PUT', `/api/v1/transportorer/${DEVELOPER}`, { tjenester: [], kommuner: ['9999'] });
    assert.equal(badEdit.status, 422);
    assert.deepEqual((await badEdit.json()).errors.map((e) => e.field).sort(), ['kommuner', 'tjenester']);

    const added = await (await api(live.server, admin, 'POST', `/api/v1/transportorer/${DEVELOPER}/kjoretoy`, {
      kjennemerke: 'EV61002',
      drivstoff: 'elektrisk',
    })).json();
    assert.equal(added.status, 'venter');
    const approved = await api(live.server, admin, 'POST', `/api/v1/kjoretoy/${added.id}/godkjenning`, { handling: 'godkjenn' });
    assert.equal((await approved.json()).status, 'godkjent');

    const pending = await loggedIn(live.server, DEMO.representant);
    const forbidden = await api(live.server, pending, 'POST', '/api/v1/transportorer', {
      organisasjonsnummer: QUARRY,
      tjenester: ['tipp'],
    });
    assert.equal(forbidden.status, 403);
    const forbiddenVehicle = await api(live.server, pending, 'POST', `/api/v1/transportorer/${DEVELOPER}/kjoretoy`, {
      kjennemerke: 'DT51003',
      drivstoff: 'diesel',
    });
    assert.equal(forbiddenVehicle.status, 403);
  });
});

describe('kjøretøyoppslag mot Statens vegvesen (levende klient mot en stubb)', () => {
  let stub;
  const requests = [];

  before(async () => {
    stub = createServer(async (request, response) => {
      requests.push({ url: request.url, headers: request.headers });
      const plate = new URL(request.url, 'http://x').searchParams.get('kjennemerke');
      try {
        const body = await readFile(path.join(FIXTURES, 'kjoretoy', `${plate}.json`));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(await readFile(path.join(FIXTURES, 'feil', '404-DT99999.json')));
      }
    });
    await new Promise((resolve) => stub.listen(0, '127.0.0.1', resolve));
  });
  const live = useSeededServer({
    env: () => ({
      MASSEFLYT_VEGVESEN: 'live',
      MASSEFLYT_VEGVESEN_API_KEY: 'test-nokkel-42',
      MASSEFLYT_VEGVESEN_URL: `http://127.0.0.1:${stub.address().port}`,
    }),
  });
  after(async () => {
    await new Promise((resolve) => stub?.close(resolve));
  });

  test('invalid plate: Norwegian message and no outbound call; valid plate sends the API key', async () => {
    const client = await loggedIn(live.server, DEMO.transport);
    for (const plate of ['12345', 'ABC', 'AB123', 'AB%20012345']) {
      const response = await api(live.server, client, 'GET', `/api/v1/kjoretoy/oppslag/${plate}`);
      assert.equal(response.status, 422, plate);
    }
    const form = await client.page(`/transportorer/${TRANSPORT}/kjoretoy/ny?kjennemerke=1234`);
    assert.equal(form.response.status, 422);
    assert.match(form.html, /Kjennemerket må ha to bokstaver og fire eller fem sifre/);
    const post = await api(live.server, client, 'POST', `/api/v1/transportorer/${TRANSPORT}/kjoretoy`, {
      kjennemerke: 'ÆØ 12345',
      drivstoff: 'diesel',
    });
    assert.equal(post.status, 422);
    assert.match((await post.json()).errors[0].detail, /to bokstaver/);
    assert.equal(requests.length, 0, 'no call reached Statens vegvesen');

    const found = await (await api(live.server, client, 'GET', '/api/v1/kjoretoy/oppslag/DT61001')).json();
    assert.equal(found.euroklasse.navn, 'Euro VI');
    assert.equal(requests.length, 1);
    assert.equal(requests[0].headers['svv-authorization'], 'Apikey test-nokkel-42');
    assert.match(requests[0].headers['user-agent'], /^Masseflyt\//);
    assert.equal(requests[0].url, '/enkeltoppslag/kjoretoydata?kjennemerke=DT61001');
    await api(live.server, client, 'GET', '/api/v1/kjoretoy/oppslag/DT61001');
    assert.equal(requests.length, 1, 'the answer is cached');
    assert.ok(!live.server.output.join('\n').includes('test-nokkel-42'), 'the key is never logged');
  });
});
