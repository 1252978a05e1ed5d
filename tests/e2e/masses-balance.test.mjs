// Browser journeys for the fraction catalog and the regional mass balance (issue 5 items 1, 3
// and 7): a planner reads the catalog, converts 10 000 m³ of blasted rock with the form (no
// JavaScript needed), then opens the balance for Bærum and reads the chart and the table. Every
// page: zero axe violations at 360 and 1280 px, no page-level horizontal scrolling at 360 px, no
// CSP problem, nothing fetched from another host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, clickButton, openPage, useBrowserJourney } from './browser.mjs';

describe('fraksjoner og massebalanse i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture' } });

  for (const viewport of VIEWPORTS) {
    test(`katalogen og omregningen, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await page.goto(`${live.server.baseUrl}/fraksjoner`);
        await page.getByRole('heading', { level: 1, name: 'Fraksjonskatalog' }).waitFor();
        await page.getByText('Katalogversjon 2026-1').waitFor();
        await checkPage(page, problems, viewport, '/fraksjoner');

        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Sprengstein', exact: true }).click()]);
        await page.getByRole('heading', { level: 1, name: 'Sprengstein' }).waitFor();
        await page.getByLabel('Mengde', { exact: true }).fill('10 000');
        await page.getByLabel('Enhet').selectOption('m3');
        await page.getByLabel('Volumtilstand (for m³)').selectOption('fast');
        await clickButton(page, 'Regn om');
        const table = page.getByRole('table', { name: /10 000 m³ pfm³ Sprengstein i alle enheter/ });
        await table.waitFor();
        assert.match(await table.innerText(), /27 000 t/);
        assert.match(await table.innerText(), /16 000 m³ ulm³/);
        assert.match(await page.getByText(/Faktorer brukt:/).innerText(), /svelling 1,6/);
        await checkPage(page, problems, viewport, '/fraksjoner/sprengstein med omregning');

        await page.getByLabel('Mengde', { exact: true }).fill('mye');
        await clickButton(page, 'Regn om');
        await page.getByText('Skriv mengden som et tall', { exact: false }).first().waitFor();
        assert.equal(await page.getByLabel('Mengde', { exact: true }).getAttribute('aria-invalid'), 'true');
        await checkPage(page, problems, viewport, '/fraksjoner/sprengstein med feil');

        await page.goto(`${live.server.baseUrl}/fraksjoner/alunskifer`);
        await page.getByText(/tillatelse fra Direktoratet for strålevern/).waitFor();
        await checkPage(page, problems, viewport, '/fraksjoner/alunskifer');
      } finally {
        await context.close();
      }
    });

    test(`massebalansen for Bærum, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await page.goto(`${live.server.baseUrl}/massebalanse`);
        await page.getByRole('heading', { level: 1, name: 'Massebalanse for regionen' }).waitFor();
        await checkPage(page, problems, viewport, '/massebalanse');

        await page.getByLabel('Område', { exact: true }).selectOption('3201');
        await page.getByLabel('Fra kvartal', { exact: true }).selectOption('2026-K1');
        await page.getByLabel('Antall kvartaler', { exact: true }).fill('16');
        await clickButton(page, 'Vis balansen');
        assert.match(page.url(), /kommune=3201/);
        await page.getByRole('heading', { level: 2, name: /Bærum kommune, 1\. kv\. 2026–4\. kv\. 2029/ }).waitFor();
        const chart = page.getByRole('img', { name: /Overskudd, behov og kapasitet per kvartal: Bærum kommune/ });
        await chart.waitFor();
        const table = page.getByRole('table', { name: /Overskudd, behov, kapasitet og netto i tonn per kvartal/ });
        assert.equal(await table.locator('tbody tr').count(), 16);
        // The chart scrolls inside its own focusable region, never the page.
        await page.getByRole('region', { name: /Overskudd, behov og kapasitet per kvartal/ }).focus();
        await checkPage(page, problems, viewport, '/massebalanse for Bærum');

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Last ned som CSV' }).click(),
        ]);
        assert.equal(download.suggestedFilename(), 'massebalanse.csv');
      } finally {
        await context.close();
      }
    });
  }
});
