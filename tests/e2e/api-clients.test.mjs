// Browser journey for API clients (issue 3 item 7): the demo developer's organisation admin opens
// the organisation, follows the link to its API clients, is refused an empty form with Norwegian
// messages, creates a client, sees the secret exactly once, and revokes the client. Every page:
// zero axe violations, no horizontal scrolling at 360 px, no CSP problem, nothing from other hosts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo); byggherre is its verified admin

describe('API-klienter i nettleseren', () => {
  const live = useBrowserJourney();

  VIEWPORTS.forEach((viewport) => {
    test(`opprette og tilbakekalle en API-klient i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      const name = `Massesystem ${viewport.width}`;
      try {
        await logInTo(page, live.server.baseUrl, `/organisasjoner/${DEVELOPER}`, DEMO.byggherre, { open: true });
        await Promise.all([page.waitForNavigation(),
          page.getByRole('link', { name: 'API-klienter for organisasjonens systemer' }).click()]);
        assert.equal(new URL(page.url()).pathname, `/organisasjoner/${DEVELOPER}/api-klienter`);
        await page.getByRole('heading', { level: 1, name: /^API-klienter for/ }).waitFor();
        await checkPage(page, problems, viewport, 'api-klienter');

        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Ny API-klient' }).click()]);
        await page.getByRole('heading', { level: 1, name: 'Ny API-klient' }).waitFor();
        await checkPage(page, problems, viewport, 'api-klienter/ny');

        // Nothing filled in: messages next to the fields and in the summary; nothing saved.
        await click(page, 'Opprett API-klient');
        await page.locator('.ds-error-summary').getByText('Gi klienten et navn').waitFor();
        await page.locator('#scopes-feil').getByText('Velg minst én tilgang').waitFor();
        await checkPage(page, problems, viewport, 'api-klienter/ny med feil');

        await page.getByLabel('Navn på klienten').fill(name);
        await page.getByLabel(/Se medlemmer og forespørsler/).check();
        await click(page, 'Opprett API-klient');
        await page.getByRole('heading', { level: 1, name: `Hemmeligheten til ${name}` }).waitFor();
        const secret = (await page.locator('#hemmelighet').textContent()).trim();
        const clientId = (await page.locator('#klient-id').textContent()).trim();
        assert.ok(secret.length >= 43);
        await checkPage(page, problems, viewport, 'hemmelighet');

        await Promise.all([page.waitForNavigation(),
          page.getByRole('link', { name: 'Jeg har tatt vare på hemmeligheten' }).click()]);
        const row = page.getByRole('row').filter({ hasText: name });
        await row.getByText(clientId).waitFor();
        assert.equal(await page.getByText(secret).count(), 0, 'the secret is shown once only');
        await checkPage(page, problems, viewport, 'api-klienter med klient');

        await click(page, `Tilbakekall ${name}`);
        await page.getByText('API-klienten er tilbakekalt').waitFor();
        await row.getByText('Tilbakekalt').waitFor();
        assert.equal(await page.getByRole('button', { name: `Tilbakekall ${name}` }).count(), 0);
        await checkPage(page, problems, viewport, 'api-klienter etter tilbakekalling');
      } finally {
        await context.close();
      }
    });
  });
});
