// Browser journeys for sites and permits (issue 4 items 1, 2, 7): a planner finds a landfill for
// inert waste that accepts rock and has a permit valid on a date, opens it and reads its permits;
// a verified representative registers a site (after a refused attempt), adds a permit and uploads
// it as PDF (after a refused picture). Every
// page: zero axe violations at 360 and 1280 px, no horizontal scrolling at 360 px, no CSP problem,
// nothing fetched from another host (the map view may fetch Kartverket's tiles, blocked here).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const TILE_HOST = 'https://cache.kartverket.no/';
// A transparent 1×1 PNG served for every tile, so the map sees tiles load without the network.
const EMPTY_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
// Map tiles are the one third-party request the platform allows (integrations.md §3): they are
// answered locally and let through by checkPage; anything else still fails it.
const TILES_ALLOWED = { allowForeign: (url) => url.startsWith(TILE_HOST) };
function stubTiles(page) {
  return page.route(`${TILE_HOST}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: EMPTY_TILE }));
}

function isoDate(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('anlegg i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture' } });

  VIEWPORTS.forEach((viewport, index) => {
    test(`finne et deponi for stein med gyldig tillatelse i en periode, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      await stubTiles(page);
      try {
        await page.goto(`${live.server.baseUrl}/anlegg`);
        await page.getByRole('heading', { level: 1, name: 'Anlegg' }).waitFor();
        await checkPage(page, problems, viewport, '/anlegg', TILES_ALLOWED);

        await page.getByLabel('Type anlegg').selectOption('deponi_inert');
        await page.getByLabel('Tar imot').selectOption('stein');
        await page.getByLabel('Gyldig tillatelse på dato').fill(isoDate(30 + index));
        await click(page, 'Vis anlegg');
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('kategori'), 'deponi_inert');
        assert.equal(url.searchParams.get('fraksjon'), 'stein');
        assert.equal(url.searchParams.get('gyldig_dato'), isoDate(30 + index));
        await page.getByText(/\d+ anlegg funnet/).waitFor();
        const rows = page.locator('tbody tr');
        assert.ok((await rows.count()) > 0, 'ingen deponier funnet');
        for (const kind of await page.locator('tbody tr td:nth-child(2)').allTextContents()) {
          assert.equal(kind.trim(), 'Deponi for inert avfall');
        }
        // The permit status is seen at a glance on a phone too: inside the screen, no sideways
        // scrolling (one card per site below 40rem).
        const status = page.locator('tbody tr').first().locator('td').last().locator('.ds-tag');
        const box = await status.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width, JSON.stringify(box));
        await checkPage(page, problems, viewport, '/anlegg filtrert', TILES_ALLOWED);

        // The same filters on the map view; the list stays below for people without JavaScript.
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Kart', exact: true }).click()]);
        assert.equal(new URL(page.url()).searchParams.get('visning'), 'kart');
        const map = page.locator('.mf-map');
        assert.match(await map.getAttribute('data-geojson-url'), /format=geojson.*kategori=deponi_inert/);
        await checkPage(page, problems, viewport, '/anlegg?visning=kart', TILES_ALLOWED);

        const first = page.locator('tbody tr a.ds-link').first();
        const name = (await first.textContent()).trim();
        await Promise.all([page.waitForNavigation(), first.click()]);
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Tillatelser' }).waitFor();
        const statuses = await page.locator('#tillatelser ~ * .ds-tag, section[aria-labelledby="tillatelser"] .ds-tag').allTextContents();
        assert.ok(statuses.some((s) => /Gyldig|Utløper snart/.test(s)), statuses.join(', '));
        await page.getByText('EUREF89 UTM33').waitFor();
        await page.getByRole('heading', { name: 'Endringshistorikk' }).waitFor();
        await checkPage(page, problems, viewport, '/anlegg/{id}', TILES_ALLOWED);
      } finally {
        await context.close();
      }
    });

    test(`en representant registrerer et anlegg med tillatelse, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      await stubTiles(page);
      try {
        await logInTo(page, live.server.baseUrl, '/anlegg/ny', DEMO.representant);
        await checkPage(page, problems, viewport, '/anlegg/ny', TILES_ALLOWED);
        const siteName = `Nytt mellomlager ${viewport.width}`;

        // Nothing but the name: Norwegian messages next to the fields and in the summary.
        await page.getByLabel('Navn', { exact: true }).fill(siteName);
        await click(page, 'Registrer anlegget');
        await page.locator('.ds-error-summary').getByText('Skriv inn breddegraden').waitFor();
        assert.equal(await page.getByLabel('Navn', { exact: true }).inputValue(), siteName);
        await checkPage(page, problems, viewport, '/anlegg/ny med feil', TILES_ALLOWED);

        await page.getByLabel('Type anlegg').selectOption('mellomlager');
        await page.getByLabel('Adresse', { exact: true }).fill('Industriveien 40, Sandvika');
        await page.getByLabel('Breddegrad').fill('59,8925');
        await page.getByLabel('Lengdegrad').fill('10,5205');
        await page.getByLabel('Kommunenummer').fill('3201');
        await page.getByLabel('Rein stein/berg (EAL 17 05 04)').check();
        await page.getByLabel('Kapasitet per år (tonn)').fill('120 000');
        await page.getByLabel('Ledig kapasitet resten av året (tonn)').fill('80 000');
        await click(page, 'Registrer anlegget');
        await page.getByRole('heading', { level: 1, name: siteName }).waitFor();
        await page.getByText('Anlegget er lagret.').waitFor();
        await page.getByText('Mangler gyldig tillatelse').first().waitFor();
        await checkPage(page, problems, viewport, 'nytt anlegg', TILES_ALLOWED);

        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Legg til tillatelse' }).click()]);
        await page.getByLabel('Type tillatelse').selectOption('forurensningsloven');
        await page.getByLabel('Utstedt av').fill('Statsforvalteren i Oslo og Viken');
        await page.getByLabel('Gyldig fra').fill('2025-01-01');
        await page.getByLabel('Gyldig til').fill('2024-01-01');
        await click(page, 'Legg til tillatelsen');
        await page.locator('.ds-error-summary').getByText('Sluttdatoen kan ikke være før startdatoen').waitFor();
        await checkPage(page, problems, viewport, 'tillatelse med feil', TILES_ALLOWED);
        await page.getByLabel('Gyldig til').fill(isoDate(3650));
        await page.getByLabel('Høyeste tilstandsklasse').selectOption('TK1');
        await click(page, 'Legg til tillatelsen');
        await page.getByText('Tillatelsen er lagret.').waitFor();
        const tags = await page.locator('section[aria-labelledby="tillatelser"] .ds-tag').allTextContents();
        assert.deepEqual(tags, ['Gyldig']);
        await page.getByText('Tillatelse etter forurensningsloven § 11').first().waitFor();
        await checkPage(page, problems, viewport, 'anlegg med tillatelse', TILES_ALLOWED);

        // The permit itself as PDF: a picture is refused at the field, a PDF is kept.
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /^Last opp PDF/ }).click()]);
        await page.getByRole('heading', { level: 1, name: 'Dokument for tillatelsen' }).waitFor();
        await page.getByText('Ingen PDF er lastet opp ennå.').waitFor();
        await checkPage(page, problems, viewport, 'tillatelsesdokument', TILES_ALLOWED);
        await page.getByLabel('Velg PDF-fil').setInputFiles({ name: 'kart.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n') });
        await click(page, 'Last opp');
        await page.locator('.ds-error-summary').getByText('Filen er ikke en PDF').waitFor();
        assert.equal(await page.getByLabel('Velg PDF-fil').getAttribute('aria-invalid'), 'true');
        await checkPage(page, problems, viewport, 'tillatelsesdokument med feil', TILES_ALLOWED);
        await page.getByLabel('Velg PDF-fil').setInputFiles({
          name: `Vedtak ${viewport.width}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
        });
        await click(page, 'Last opp');
        await page.getByText('Dokumentet er lastet opp.').waitFor();
        const download = page.getByRole('link', { name: /^Last ned PDF \(15 byte\)/ });
        assert.equal(await download.count(), 1);
        assert.ok(await download.isVisible(), 'nedlastingslenken er synlig ved 360 px');
        await checkPage(page, problems, viewport, 'anlegg med tillatelsesdokument', TILES_ALLOWED);
      } finally {
        await context.close();
      }
    });
  });
});
