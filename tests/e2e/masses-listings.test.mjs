// Browser journeys for listings (issue 5 items 2, 6): a verified representative publishes a rock
// surplus from a project (after a refused attempt with Norwegian messages), and a buyer finds it
// with a distance search from a point, in the list and on the map. Every page: zero axe violations
// at 360 and 1280 px, no horizontal scrolling at 360 px, nothing fetched from another host except
// the map tiles (answered locally here).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const TILE_HOST = 'https://cache.kartverket.no/';
const EMPTY_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const TILES_ALLOWED = { allowForeign: (url) => url.startsWith(TILE_HOST) };
function stubTiles(page) {
  return page.route(`${TILE_HOST}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: EMPTY_TILE }));
}

describe('masser i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture' } });

  VIEWPORTS.forEach((viewport) => {
    const title = `Sprengstein fra E18, reise ${viewport.width}`;

    test(`en representant publiserer overskudd fra et prosjekt, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      await stubTiles(page);
      try {
        await logInTo(page, live.server.baseUrl, '/masser/ny', DEMO.representant);
        await page.getByRole('heading', { level: 1, name: 'Registrer overskudd, behov eller kapasitet' }).waitFor();
        await checkPage(page, problems, viewport, '/masser/ny', TILES_ALLOWED);

        // Only a title: the messages come in Norwegian, and nothing is stored.
        await page.getByLabel('Tittel', { exact: true }).fill(title);
        await click(page, 'Publiser');
        await page.locator('.ds-error-summary').getByText('Velg en fraksjon fra fraksjonskatalogen.').waitFor();
        assert.equal(await page.getByLabel('Tittel', { exact: true }).inputValue(), title);
        await checkPage(page, problems, viewport, '/masser/ny med feil', TILES_ALLOWED);

        await page.getByLabel('Type', { exact: true }).selectOption('overskudd');
        await page.getByLabel('Fraksjon', { exact: true }).selectOption('sprengstein');
        const project = page.getByLabel('Prosjekt', { exact: true });
        const option = await project.locator('option', { hasText: 'E18 Lysaker' }).first().getAttribute('value');
        await project.selectOption(option);
        await page.getByLabel('Mengde', { exact: true }).fill('10 000');
        await page.getByLabel('Enhet', { exact: true }).selectOption('m3');
        await page.getByLabel('Volumtilstand', { exact: true }).selectOption('fast');
        await page.getByLabel('Fra dato').fill('2027-04-01');
        await page.getByLabel('Til dato').fill('2027-06-30');
        await click(page, 'Publiser');
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.getByText('Endringen er lagret.').waitFor();
        await page.getByText('10 000 m³ pfm³').first().waitFor();
        assert.ok((await page.getByText('(estimat)').count()) >= 3, 'tonn, løse og anbrakte m³ som estimat');
        await page.getByRole('link', { name: /Prosjekt: E18 Lysaker/ }).waitFor();
        await page.getByRole('heading', { name: 'Endringshistorikk' }).waitFor();
        await checkPage(page, problems, viewport, '/masser/{id}', TILES_ALLOWED);
      } finally {
        await context.close();
      }
    });

    test(`en kjøper finner overskuddet med avstandssøk, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      await stubTiles(page);
      try {
        await page.goto(`${live.server.baseUrl}/masser`);
        await page.getByRole('heading', { level: 1, name: 'Overskudd, behov og kapasitet' }).waitFor();
        await checkPage(page, problems, viewport, '/masser', TILES_ALLOWED);

        await page.getByLabel('Overskudd', { exact: true }).check();
        await page.getByLabel('Fraksjon', { exact: true }).selectOption('sprengstein');
        await page.getByLabel('Periode fra').fill('2027-05-01');
        await page.getByLabel('Periode til').fill('2027-05-31');
        // A point at Bekkestua (what the address search fills in), within 10 km.
        await page.getByLabel('Breddegrad').fill('59,9180');
        await page.getByLabel('Lengdegrad').fill('10,5870');
        await page.getByLabel('Innenfor (km)').fill('10');
        await click(page, 'Søk');
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('fraksjon'), 'sprengstein');
        assert.equal(url.searchParams.get('radius_km'), '10');
        await page.getByText(/\d+ oppføringer/).waitFor();
        const link = page.getByRole('link', { name: title });
        await link.waitFor();
        const distances = await page.locator('tbody tr td:last-child').allTextContents();
        assert.ok(distances.every((d) => /km|m$/.test(d.trim())), distances.join(', '));
        await checkPage(page, problems, viewport, '/masser søk', TILES_ALLOWED);

        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Kart', exact: true }).click()]);
        assert.match(await page.locator('.mf-map').getAttribute('data-geojson-url'), /format=geojson.*radius_km=10/);
        await checkPage(page, problems, viewport, '/masser kart', TILES_ALLOWED);

        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: title }).click()]);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await checkPage(page, problems, viewport, '/masser/{id} som kjøper', TILES_ALLOWED);
      } finally {
        await context.close();
      }
    });
  });

  // The same pages are checked with axe above; here only that the search works with scripts off.
  test('uten JavaScript blir en skrevet adresse et punkt for avstandssøket', async () => {
    const context = await live.browser.newContext({ viewport: VIEWPORTS[0], locale: 'nb-NO', javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${live.server.baseUrl}/masser`);
      await page.getByLabel('Adresse', { exact: true }).fill('Arnold Haukelands plass 10');
      await page.getByLabel('Innenfor (km)').fill('15');
      await click(page, 'Søk');
      const url = new URL(page.url());
      assert.match(url.searchParams.get('adresse'), /^Arnold Haukelands plass 10, 1338 /);
      assert.ok(url.searchParams.get('lat') && url.searchParams.get('lon'), url.search);
      assert.equal(await page.getByLabel('Breddegrad').inputValue(), url.searchParams.get('lat'));
      await page.getByText(/\d+ oppføringer/).waitFor();
      const distances = await page.locator('tbody tr td:last-child').allTextContents();
      assert.ok(distances.length > 0 && distances.every((d) => /km|m$/.test(d.trim())), distances.join(', '));

      await page.getByLabel('Adresse', { exact: true }).fill('Finnesikkeveien 999');
      await page.getByLabel('Breddegrad').fill('');
      await page.getByLabel('Lengdegrad').fill('');
      await click(page, 'Søk');
      await page.getByText('Fant ingen adresse som passer', { exact: false }).first().waitFor();
    } finally {
      await context.close();
    }
  });
});
