// Issue 5 item 6 from outside: a buyer saves a search, a seller publishes a matching surplus, and
// the alert reaches the SMTP sink (sent by the worker thread of `serve`) and the buyer's alert
// list and the buyer's "Mine data"; searches are personal, bad input is answered in Norwegian
// and stores nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO, apiRequest, loggedIn, useSeededServer } from '../support/accounts.mjs';
import { startSmtpSink } from '../support/smtp-sink.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo): byggherre@ is its org admin
const NEAR_FORNEBU = 'type=overskudd&fraksjon=sprengstein&lat=59.896&lon=10.618&radius_km=10';

describe('lagrede søk og varsler', () => {
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

  test('a saved search sends its e-mail to the test SMTP sink when a matching surplus is published', async () => {
    const buyer = await loggedIn(live.server, DEMO.kvalitet);
    const saved = await apiRequest(live.server, buyer, 'POST', '/api/v1/masser/lagrede-sok', {
      navn: 'Sprengstein nær Fornebu',
      sok: NEAR_FORNEBU,
      epostvarsel: true,
    });
    assert.equal(saved.status, 201, await saved.clone().text());
    const search = await saved.json();
    assert.equal(search.sok, NEAR_FORNEBU);
    assert.ok(saved.headers.get('location').endsWith(search.id));

    const seller = await loggedIn(live.server, DEMO.byggherre);
    const created = await apiRequest(live.server, seller, 'POST', '/api/v1/masser', {
      organisasjon: DEVELOPER,
      type: 'overskudd',
      tittel: 'Sprengstein fra byggegrop på Fornebu (varseltest)',
      fraksjon: 'sprengstein',
      enhet: 'm3',
      mengde: '2000',
      volumtilstand: 'fast',
      periode_fra: '2027-03-01',
      periode_til: '2027-08-31',
      lat: '59.9000',
      lon: '10.6200',
      kommunenummer: '3201',
      stedsnavn: 'Fornebu',
      publiser: true,
    });
    assert.equal(created.status, 201, await created.clone().text());
    const listing = await created.json();

    const message = await sink.waitForMessage((m) => m.subject.includes('Sprengstein nær Fornebu'), 15_000);
    assert.ok(message.to.some((to) => to === DEMO.kvalitet.email));
    assert.match(message.text, /Sprengstein fra byggegrop på Fornebu \(varseltest\)/);
    assert.ok(message.text.includes(`http://masseflyt.test:8080/masser/${listing.id}`));
    assert.ok(message.text.includes('http://masseflyt.test:8080/masser/lagrede-sok'));

    // The job records the sending right after the relay accepted it: wait for that commit.
    let alerts;
    let alert;
    for (let attempt = 0; attempt < 50 && !alert?.epost_sendt; ++attempt) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      alerts = await (await apiRequest(live.server, buyer, 'GET', '/api/v1/masser/varsler')).json();
      alert = alerts.data.find((a) => a.masse.id === listing.id);
    }
    assert.ok(alert, 'the alert is in the list');
    assert.ok(alerts.ulest >= 1);
    assert.equal(alert.lagret_sok.id, search.id);
    assert.ok(alert.epost_sendt, 'the sending is recorded');

    // The page shows the alert (and marks it seen); the API then counts it as seen.
    const { html } = await buyer.page('/masser/lagrede-sok');
    assert.match(html, /Sprengstein fra byggegrop på Fornebu \(varseltest\)/);
    assert.match(html, /Sprengstein nær Fornebu/);
    const after = await (await apiRequest(live.server, buyer, 'GET', '/api/v1/masser/varsler')).json();
    assert.equal(after.ulest, 0);

    // The buyer's own copy ("Mine data") has the search and the alert; the page says so.
    const mine = await (await apiRequest(live.server, buyer, 'GET', '/api/v1/meg/data')).json();
    const part = mine.andreDeler['masses.searches'];
    assert.ok(part.lagrede_sok.some((s) => s.id === search.id && s.sok === NEAR_FORNEBU));
    assert.ok(part.varsler.some((a) => a.masse.id === listing.id && a.lagret_sok.id === search.id && a.sett));
    assert.match((await buyer.page('/konto/mine-data')).html, /Lagrede søk etter masser/);
  });

  test('searches are personal: anonymous 401, others get 404, the owner deletes', async () => {
    assert.equal((await apiRequest(live.server, null, 'GET', '/api/v1/masser/lagrede-sok')).status, 401);
    const owner = await loggedIn(live.server, DEMO.transport);
    const saved = await (await apiRequest(live.server, owner, 'POST', '/api/v1/masser/lagrede-sok', {
      navn: 'Alt av pukk',
      sok: 'fraksjon=pukk',
    })).json();
    const other = await loggedIn(live.server, DEMO.mottak);
    const list = await (await apiRequest(live.server, other, 'GET', '/api/v1/masser/lagrede-sok')).json();
    assert.ok(!list.data.some((s) => s.id === saved.id));
    assert.equal((await apiRequest(live.server, other, 'DELETE', `/api/v1/masser/lagrede-sok/${saved.id}`)).status, 404);
    assert.equal((await apiRequest(live.server, owner, 'DELETE', `/api/v1/masser/lagrede-sok/${saved.id}`)).status, 204);
    const mine = await (await apiRequest(live.server, owner, 'GET', '/api/v1/masser/lagrede-sok')).json();
    assert.ok(!mine.data.some((s) => s.id === saved.id));
  });

  test('bad input: Norwegian field errors and nothing stored; a malformed body is 400', async () => {
    const person = await loggedIn(live.server, DEMO.sjafor);
    const bad = await apiRequest(live.server, person, 'POST', '/api/v1/masser/lagrede-sok', {
      navn: '',
      sok: 'type=flybensin&min_tonn=mye',
    });
    assert.equal(bad.status, 422);
    const problem = await bad.json();
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ['navn', 'sok']);
    assert.match(problem.errors.find((e) => e.field === 'navn').detail, /Gi søket et navn/);
    const malformed = await apiRequest(live.server, person, 'POST', '/api/v1/masser/lagrede-sok', {
      navn: 'x',
      sok: 'fraksjon=pukk',
      ukjent: 1,
    });
    assert.equal(malformed.status, 400);
    const list = await (await apiRequest(live.server, person, 'GET', '/api/v1/masser/lagrede-sok')).json();
    assert.equal(list.data.length, 0);

    // The page form: the same rules, the message beside the field, status 422.
    await person.page('/masser/lagrede-sok?sok=fraksjon%3Dpukk');
    const form = await person.post('/masser/lagrede-sok', { navn: '', sok: 'fraksjon=pukk', epost: 'ja' });
    assert.equal(form.status, 422);
    assert.match(await form.text(), /Gi søket et navn/);
    const saved = await person.post('/masser/lagrede-sok', { navn: 'Pukk', sok: 'fraksjon=pukk', epost: 'ja' });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/masser/lagrede-sok?lagret=1');
    const { html } = await person.page('/masser/lagrede-sok?lagret=1');
    assert.match(html, /Søket er lagret/);
    assert.match(html, /href="\/masser\?fraksjon=pukk"/);
  });
});
