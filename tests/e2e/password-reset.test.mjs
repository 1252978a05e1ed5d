// Browser journey for "Glemt passord": from the login page to the e-mail (read from a real SMTP
// sink on loopback), through the link to a new password and back to login. Every page on the way:
// zero axe violations, no horizontal scrolling at 360 px, no CSP problem, no third-party request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO, totp } from '../support/accounts.mjs';
import { startSmtpSink } from '../support/smtp-sink.mjs';
import { checkPage, clickButton as submit, openPage, useBrowserJourney, VIEWPORTS } from './browser.mjs';

describe('glemt passord i nettleseren', () => {
  let sink;
  before(async () => {
    sink = await startSmtpSink();
  });
  const live = useBrowserJourney({ serverEnv: () => ({ MASSEFLYT_SMTP_URL: sink.url }) });
  after(async () => {
    await sink?.close();
  });

  const accounts = [DEMO.representant, DEMO.transport];
  VIEWPORTS.forEach((viewport, index) => {
    test(`nytt passord via e-postlenke i ${viewport.width}×${viewport.height}`, async () => {
      const account = accounts[index];
      const newPassword = `Nytt passord for ${viewport.width} px`;
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await page.goto(`${live.server.baseUrl}/logg-inn`);
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Glemt passordet?' }).click()]);
        assert.match(page.url(), /\/glemt-passord$/);
        await checkPage(page, problems, viewport, '/glemt-passord');

        // No address: the error summary and the field message.
        await submit(page, 'Send lenke');
        await page.getByText('Skriv inn e-postadressen din.').first().waitFor();
        await checkPage(page, problems, viewport, '/glemt-passord med feil');

        await page.getByLabel('E-postadresse').fill(account.email);
        await submit(page, 'Send lenke');
        await page.getByText('Hvis det finnes en konto med denne e-postadressen').waitFor();
        await checkPage(page, problems, viewport, '/glemt-passord sendt');

        const message = await sink.waitForMessage((m) => m.to.includes(account.email));
        const link = message.text.match(/http:\/\/\S+\/glemt-passord\/ny\?nokkel=[A-Za-z0-9_-]{43}/)[0];
        const url = new URL(link);
        await page.goto(`${live.server.baseUrl}${url.pathname}${url.search}`);
        await checkPage(page, problems, viewport, '/glemt-passord/ny');

        await page.getByLabel('Nytt passord', { exact: true }).fill('for kort');
        await page.getByLabel('Gjenta det nye passordet').fill('for kort');
        await submit(page, 'Lagre nytt passord');
        await page.getByText('Passordet må ha minst 12 tegn.').first().waitFor();
        await checkPage(page, problems, viewport, '/glemt-passord/ny med feil');

        await page.getByLabel('Nytt passord', { exact: true }).fill(newPassword);
        await page.getByLabel('Gjenta det nye passordet').fill(newPassword);
        await submit(page, 'Lagre nytt passord');
        assert.match(page.url(), /\/logg-inn\?passord=endret$/);
        await page.getByText('Passordet er endret.').waitFor();
        await checkPage(page, problems, viewport, '/logg-inn etter nytt passord');

        // Log in with the new password; TOTP is still required.
        await page.getByLabel('E-postadresse').fill(account.email);
        await page.getByLabel('Passord', { exact: true }).fill(newPassword);
        await submit(page, 'Neste');
        assert.match(page.url(), /\/logg-inn\/totp/);
        await page.getByLabel('Engangskode').fill(totp(account.secret));
        await submit(page, 'Logg inn');
        assert.match(page.url(), /\/konto$/);

        // The used link now says so.
        await page.goto(link.replace(url.origin, live.server.baseUrl));
        await page.getByRole('heading', { name: 'Lenken virker ikke' }).waitFor();
        await checkPage(page, problems, viewport, 'brukt lenke');
      } finally {
        await context.close();
      }
    });
  });
});
