// Browser journey for imported sites (issue 4 item 6): anyone sees that a site was imported from a
// public register, with its licence, and that nobody has claimed it; a verified representative
// logs in, claims it for their organisation on a confirmation page and then owns it. Every page:
// zero axe violations at 360 and 1280 px, no horizontal scrolling at 360 px, no CSP problem,
// nothing fetched from another host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

// One site per viewport, so the journeys do not depend on each other.
const SITES = ['Bærums Verk Jordmottak (fiktiv)', 'Slemmestad Massemottak (fiktiv)'];

describe('importerte anlegg i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture' } });

  VIEWPORTS.forEach((viewport, index) => {
    test(`en representant gjør krav på et importert anlegg, ${viewport.width} px`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      // The list may offer the map; its tiles are not needed here and must not reach the network.
      await page.route('https://cache.kartverket.no/**', (route) => route.abort());
      const name = SITES[index];
      try {
        await page.goto(`${live.server.baseUrl}/anlegg?q=${encodeURIComponent(name)}`);
        const link = page.getByRole('link', { name, exact: true });
        await Promise.all([page.waitForNavigation(), link.click()]);
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.getByText(/Importert fra Miljødirektoratet .*\(NLOD 2\.0\), ikke gjort krav på/).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Gjør krav på anlegget for din organisasjon' }).count(), 0);
        await checkPage(page, problems, viewport, 'importert anlegg uten innlogging', {
          allowForeign: (url) => url.startsWith('https://cache.kartverket.no/'),
        });
        const sitePath = new URL(page.url()).pathname;

        await logInTo(page, live.server.baseUrl, sitePath, DEMO.representant, { open: true });
        await Promise.all([
          page.waitForNavigation(),
          page.getByRole('link', { name: 'Gjør krav på anlegget for din organisasjon' }).click(),
        ]);
        await page.getByRole('heading', { level: 1, name: `Gjør krav på anlegg: ${name}` }).waitFor();
        const choice = page.getByLabel('Organisasjon som driver anlegget');
        assert.match(await choice.locator('option:checked').textContent(), /315500222/);
        await checkPage(page, problems, viewport, 'kravside');

        await click(page, 'Gjør krav på anlegget');
        assert.equal(new URL(page.url()).pathname, sitePath);
        await page.getByText('Organisasjonen din eier nå anlegget.', { exact: false }).waitFor();
        await page.getByText(/Eieren har gjort krav på anlegget/).waitFor();
        await page.getByRole('link', { name: 'Sandvika Grunnarbeid AS (demo)' }).first().waitFor();
        await page.getByRole('cell', { name: 'Overtatt av eieren' }).or(page.getByText('Overtatt av eieren')).first().waitFor();
        await checkPage(page, problems, viewport, 'anlegget etter kravet');
      } finally {
        await context.close();
      }
    });
  });
});
