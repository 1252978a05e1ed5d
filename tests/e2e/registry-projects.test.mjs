// Browser journeys for projects and the map (issue 4 items 3 and 7): a planner filters projects
// starting within a period, switches to the map (markers and clusters from OUR API, Kartverket's
// tiles routed to a local PNG so nothing leaves the machine, no CSP violation) and opens a
// project; a representative registers a project, filling the location with the address combobox
// by keyboard, and adds an approval for handling masses (after two refused attempts). Every page: zero axe violations at 360 and 1280 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, cspViolationsInPage, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const TILE_HOST = 'https://cache.kartverket.no/';
const TILE_PATH = /^https:\/\/cache\.kartverket\.no\/v1\/wmts\/1\.0\.0\/topograatone\/default\/webmercator\/\d+\/\d+\/\d+\.png$/;
// A 1×1 transparent PNG stands in for every tile.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Routes tile requests to the local PNG; returns the list of tile URLs the page asked for. */
async function routeTiles(context, { fail = false } = {}) {
  const tiles = [];
  await context.route(`${TILE_HOST}**`, (route) => {
    tiles.push(route.request().url());
    return fail ? route.abort() : route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  return tiles;
}

// Tiles are the one allowed request to another host (and only in the documented template);
// everything else still counts (checkPage's allowForeign).
const TILES_ALLOWED = { allowForeign: (url) => TILE_PATH.test(url) };

describe('prosjekter og kart i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture', MASSEFLYT_KARTVERKET: 'fixture' } });

  // Per viewport a different verified representative (each TOTP step is accepted once).
  const registrants = [
    { account: DEMO.representant, developer: 'Sandvika Grunnarbeid AS (demo)' },
    { account: DEMO.byggherre, developer: 'Fornebu Byutvikling AS (demo)' },
  ];

  VIEWPORTS.forEach((viewport, index) => {
    test(`planlegger filtrerer på oppstart, ser kartet og åpner et prosjekt i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      const tiles = await routeTiles(context);
      try {
        await page.goto(`${live.server.baseUrl}/prosjekter`);
        await page.getByRole('heading', { level: 1, name: 'Prosjekter' }).waitFor();
        await checkPage(page, problems, viewport, '/prosjekter', TILES_ALLOWED);

        await page.getByLabel('Oppstart fra').fill('2027');
        await page.getByLabel('Oppstart til').fill('2028-12');
        await click(page, 'Vis prosjekter');
        assert.match(page.url(), /start_fra=2027&start_til=2028-12/);
        const rows = page.locator('tbody tr');
        assert.ok((await rows.count()) >= 2);
        for (const start of await page.locator('tbody tr td:nth-child(3)').allTextContents()) {
          assert.match(start, /2027|2028/, start);
        }
        await checkPage(page, problems, viewport, '/prosjekter?start_fra=2027', TILES_ALLOWED);

        // The map shows the same filter, from our API.
        const geojson = page.waitForResponse((r) => r.url().includes('/api/v1/prosjekter?format=geojson'));
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Kart', exact: true }).click()]);
        const response = await geojson;
        assert.match(response.url(), /start_fra=2027&start_til=2028-12/);
        const features = (await response.json()).features;
        assert.equal(features.length, await rows.count());
        const map = page.locator('.mf-map');
        await page.locator('.mf-map.mf-map--ready').waitFor();
        await page.locator('.leaflet-tile-loaded').first().waitFor();
        assert.equal(await map.getAttribute('data-markers'), String(features.length));
        const icons = page.locator('.mf-map__marker, .mf-map__cluster');
        assert.ok((await icons.count()) >= 1);
        assert.ok(tiles.length > 0 && tiles.every((url) => TILE_PATH.test(url)), tiles.join('\n'));
        await page.getByText('© Kartverket').waitFor();
        assert.ok(!(await page.locator('.mf-map__fallback').isVisible()));
        // The legend names the phases present, in text.
        const legend = await page.locator('.mf-map__legend-item').allTextContents();
        const phases = new Set(features.map((f) => f.properties.kategori_navn));
        assert.deepEqual(new Set(legend), phases);

        // Keyboard: markers and clusters are reachable; Enter on a marker opens its popup.
        const marker = page.locator('.mf-map__marker').first();
        if ((await marker.count()) > 0) {
          await marker.focus();
          await page.keyboard.press('Enter');
          await page.locator('.mf-map__popup a').first().waitFor();
        } else {
          await page.locator('.mf-map__cluster').first().focus();
          assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('mf-map__cluster')), true);
        }
        assert.deepEqual(await cspViolationsInPage(page), [], 'CSP på kartet');
        await checkPage(page, problems, viewport, '/prosjekter?visning=kart', TILES_ALLOWED);

        // Open a project from the list.
        await page.getByRole('link', { name: 'Liste', exact: true }).click();
        await page.waitForURL(/visning=liste|\/prosjekter\?/);
        const first = page.locator('tbody tr td:first-child a').first();
        const name = (await first.textContent()).trim();
        await Promise.all([page.waitForNavigation(), first.click()]);
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.getByRole('heading', { name: 'Endringshistorikk' }).waitFor();
        assert.ok((await page.locator('a[href^="/organisasjoner/"]').count()) >= 1);
        await checkPage(page, problems, viewport, 'prosjektside', TILES_ALLOWED);
      } finally {
        await context.close();
      }
    });

    test(`en representant registrerer et prosjekt med adressesøk på tastaturet i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      const { account, developer } = registrants[index];
      try {
        await logInTo(page, live.server.baseUrl, '/prosjekter/ny', account);
        await page.getByRole('heading', { level: 1, name: 'Registrer prosjekt' }).waitFor();
        await checkPage(page, problems, viewport, '/prosjekter/ny');
        const name = `Testprosjekt ${viewport.width} (e2e)`;
        await page.getByLabel('Navn (må fylles ut)').fill(name);
        assert.match(await page.getByLabel('Byggherre (må fylles ut)').locator('option:checked').textContent(), new RegExp(developer.replace(/[()]/g, '\\$&')));
        await page.getByLabel('Fase (må fylles ut)').selectOption('planlegging');
        await page.getByLabel('Forventet oppstart').fill('2031');
        await page.locator('#oppstart_usikker').check();

        // The address combobox, by keyboard only.
        const combobox = page.getByRole('combobox', { name: 'Adresse' });
        await combobox.focus();
        await page.keyboard.type('Arnold Haukelands');
        await page.getByRole('listbox', { name: 'Adresseforslag' }).getByRole('option').first().waitFor();
        assert.equal(await combobox.getAttribute('aria-expanded'), 'true');
        await page.getByRole('status').filter({ hasText: 'adresse' }).first().waitFor();
        await checkPage(page, problems, viewport, '/prosjekter/ny adresseforslag');
        await page.keyboard.press('ArrowDown');
        const activeId = await combobox.getAttribute('aria-activedescendant');
        assert.ok(activeId, 'aria-activedescendant');
        assert.equal(await page.locator(`#${activeId}`).getAttribute('aria-selected'), 'true');
        await page.keyboard.press('Enter');
        assert.equal(await combobox.getAttribute('aria-expanded'), 'false');
        assert.equal(await combobox.inputValue(), 'Arnold Haukelands plass 10, 1338 SANDVIKA');
        assert.match(await page.getByLabel('Breddegrad (desimalgrader) (må fylles ut)').inputValue(), /^59\.89/);
        assert.match(await page.getByLabel('Lengdegrad (desimalgrader) (må fylles ut)').inputValue(), /^10\.52/);
        assert.equal(await page.getByLabel('Kommunenummer (må fylles ut)').inputValue(), '3201');
        await page.getByText('Valgt: Arnold Haukelands plass 10').waitFor();
        await checkPage(page, problems, viewport, '/prosjekter/ny adresse valgt');

        await click(page, 'Lagre prosjektet');
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.getByText('Prosjektet er registrert.').waitFor();
        await page.locator('dd', { hasText: 'ca. 2031' }).waitFor();
        await page.getByRole('link', { name: developer }).waitFor();
        await page.getByText('Ingen godkjenninger er registrert for prosjektet.').waitFor();
        await checkPage(page, problems, viewport, 'nytt prosjekt');

        // An approval for handling masses: refused without an authority, then saved and listed.
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Legg til godkjenning' }).click()]);
        await page.getByLabel('Type godkjenning').selectOption('tiltaksplan');
        await page.getByLabel('Gyldig fra').fill('2026-01-15');
        await click(page, 'Lagre godkjenningen');
        await page.locator('.ds-error-summary').getByText('Skriv hvem som har gitt godkjenningen.').waitFor();
        assert.equal(await page.getByLabel('Gitt av').getAttribute('aria-invalid'), 'true');
        await checkPage(page, problems, viewport, 'godkjenning med feil');
        await page.getByLabel('Gitt av').fill('Bærum kommune');
        await page.getByLabel('Gyldig til').fill('2020-01-01');
        await click(page, 'Lagre godkjenningen');
        await page.locator('.ds-error-summary').getByText('Sluttdatoen kan ikke være før startdatoen.').waitFor();
        await page.getByLabel('Gyldig til').fill('');
        await click(page, 'Lagre godkjenningen');
        await page.getByText('Godkjenningen er lagret.').waitFor();
        const row = page.locator('section[aria-labelledby="godkjenninger"] tbody tr');
        assert.equal(await row.count(), 1);
        assert.match(await row.textContent(), /Godkjent tiltaksplan for forurenset grunn/);
        assert.ok(await row.locator('.ds-tag').isVisible(), 'statusen er synlig');
        await checkPage(page, problems, viewport, 'prosjekt med godkjenning');
      } finally {
        await context.close();
      }
    });
  });

  test('kartet faller tilbake til teksten når fliser eller data ikke kan hentes, og siden virker', async () => {
    const viewport = VIEWPORTS[1];
    for (const mode of ['tiles', 'data']) {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      await routeTiles(context, { fail: mode === 'tiles' });
      if (mode === 'data') {
        await context.route('**/api/v1/prosjekter?format=geojson*', (route) => route.fulfill({ status: 503, body: '' }));
      }
      try {
        await page.goto(`${live.server.baseUrl}/prosjekter?visning=kart`);
        await page.locator(mode === 'tiles' ? '.mf-map--tiles-failed' : '.mf-map--failed').waitFor();
        assert.ok(await page.getByText('Kart ikke tilgjengelig').isVisible(), mode);
        // The rest of the page works: the list is there and the filter form submits.
        assert.ok((await page.locator('tbody tr').count()) > 0);
        await click(page, 'Vis prosjekter');
        assert.deepEqual(await cspViolationsInPage(page), [], mode);
        assert.deepEqual(problems.csp, [], mode);
      } finally {
        await context.close();
      }
    }
  });
});
