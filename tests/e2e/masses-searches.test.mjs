// Browser journey for saved searches (issue 5 item 6): a buyer searches for rock near Fornebu,
// saves the search from the result page (a Norwegian message when the name is missing), sees it
// among the saved searches and deletes it again. Every page: zero axe violations, no horizontal
// scrolling at 360 px, no CSP problem, nothing fetched from another host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const ACCOUNTS = [DEMO.kvalitet, DEMO.mottak];

describe('lagrede søk i nettleseren', () => {
  const live = useBrowserJourney();

  for (const [index, viewport] of VIEWPORTS.entries()) {
    test(`save a search and find it again i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await logInTo(page, live.server.baseUrl, '/masser', ACCOUNTS[index], { open: true });
        await page.goto(`${live.server.baseUrl}/masser?type=overskudd&fraksjonsgruppe=stein`);
        await Promise.all([
          page.waitForNavigation(),
          page.getByRole('link', { name: 'Lagre søket og få varsel' }).click(),
        ]);
        assert.equal(new URL(page.url()).pathname, '/masser/lagrede-sok');
        await page.getByRole('heading', { level: 1, name: 'Lagrede søk og varsler' }).waitFor();
        await page.getByText('Du har ingen lagrede søk.').waitFor();
        await checkPage(page, problems, viewport, '/masser/lagrede-sok?sok=…');

        await click(page, 'Lagre søket');
        await page.locator('#navn-feil').getByText('Gi søket et navn').waitFor();
        await checkPage(page, problems, viewport, 'lagre uten navn');

        await page.getByLabel('Navn på søket').fill('Stein til fylling');
        await click(page, 'Lagre søket');
        await page.getByText('Søket er lagret.').waitFor();
        const saved = page.getByRole('region', { name: 'Søkene dine' }).getByRole('link', { name: 'Stein til fylling' });
        await saved.waitFor();
        assert.equal(await saved.getAttribute('href'), '/masser?type=overskudd&fraksjonsgruppe=stein');
        await checkPage(page, problems, viewport, '/masser/lagrede-sok?lagret=1');

        await click(page, 'Slett søket Stein til fylling');
        await page.getByText('Søket er slettet.').waitFor();
        await page.getByText('Du har ingen lagrede søk.').waitFor();
      } finally {
        await context.close();
      }
    });
  }
});
