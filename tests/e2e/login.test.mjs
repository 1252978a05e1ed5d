// Browser journeys for local login: password + TOTP as a demo user, enrolling an authenticator
// for an account without one (reading the secret off the page), and replacing it after a step-up.
// Every page on the way: zero axe violations, no horizontal scrolling at 360 px, no CSP problem.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO, DEMO_PASSWORD, freshTotp, totp } from '../support/accounts.mjs';
import { checkPage, openMenu, openPage, VIEWPORTS, useBrowserJourney } from './browser.mjs';

async function submitPassword(page, email) {
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Neste' }).click()]);
}

async function submitCode(page, code, button) {
  await page.getByLabel('Engangskode').fill(code);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
}

describe('innlogging i nettleseren', () => {
  // Each TOTP step is accepted once per account; journeys that log the same person in twice
  // use the previous step first.
  const now = () => Date.now() / 1000;

  const live = useBrowserJourney();

  const accounts = [DEMO.byggherre, DEMO.admin];
  VIEWPORTS.forEach((viewport, index) => {
    test(`logg inn med passord og engangskode i ${viewport.width}×${viewport.height}`, async () => {
      const account = accounts[index];
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await page.goto(`${live.server.baseUrl}/konto`);
        assert.match(page.url(), /\/logg-inn\?neste=%2Fkonto$/);
        await checkPage(page, problems, viewport, '/logg-inn');

        // A wrong password: the form comes back with an error summary.
        await page.getByLabel('E-postadresse').fill(account.email);
        await page.getByLabel('Passord').fill('feil-passord');
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Neste' }).click()]);
        await page.getByText('Feil e-postadresse eller passord.').first().waitFor();
        await checkPage(page, problems, viewport, '/logg-inn med feil');

        await submitPassword(page, account.email);
        assert.match(page.url(), /\/logg-inn\/totp/);
        await checkPage(page, problems, viewport, '/logg-inn/totp');
        await submitCode(page, await freshTotp(account), 'Logg inn');
        assert.match(page.url(), /\/konto$/);
        await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
        await checkPage(page, problems, viewport, '/konto');

        // The header names who is logged in (behind «Meny» on a phone).
        await openMenu(page);
        await page.getByText(account.name).first().waitFor();
        await checkPage(page, problems, viewport, '/konto med menyen åpen');
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Logg ut', exact: true }).click()]);
        await openMenu(page);
        await page.getByRole('link', { name: 'Logg inn' }).waitFor();
      } finally {
        await context.close();
      }
    });
  });

  test('ny bruker uten engangskode setter opp autentiseringsapp (360 px)', async () => {
    const viewport = VIEWPORTS[0];
    const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      await page.goto(`${live.server.baseUrl}/logg-inn`);
      await submitPassword(page, DEMO.ny.email);
      assert.match(page.url(), /\/konto\/totp/);
      // Nothing else until enrolled (not followed: the login page would start afresh).
      const blocked = await page.request.get(`${live.server.baseUrl}/konto`, { maxRedirects: 0 });
      assert.equal(blocked.status(), 303);
      assert.match(blocked.headers().location, /^\/logg-inn/);
      assert.equal((await page.request.get(`${live.server.baseUrl}/api/v1/meg`)).status(), 401);
      await page.locator('.mf-qr svg[role="img"]').waitFor();
      await checkPage(page, problems, viewport, '/konto/totp');

      const secret = (await page.locator('#hemmelighet').textContent()).replace(/\s/g, '');
      assert.match(secret, /^[A-Z2-7]{32}$/);
      await submitCode(page, '000000', 'Bekreft og fullfør');
      await page.locator('.ds-error-summary').waitFor();
      await checkPage(page, problems, viewport, '/konto/totp med feil');
      assert.equal((await page.locator('#hemmelighet').textContent()).replace(/\s/g, ''), secret);

      await submitCode(page, totp(secret, now()), 'Bekreft og fullfør');
      assert.match(page.url(), /\/konto$/);
      await openMenu(page);
      await page.getByText('Nina Ny').first().waitFor();
      await page.getByText('beskyttet med engangskode').waitFor();
    } finally {
      await context.close();
    }
  });

  test('bytte autentiseringsapp krever ny engangskode først (1280 px)', async () => {
    const viewport = VIEWPORTS[1];
    const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      const account = DEMO.kvalitet;
      await page.goto(`${live.server.baseUrl}/logg-inn`);
      await submitPassword(page, account.email);
      await submitCode(page, await freshTotp(account), 'Logg inn');
      // The login itself counts as a step-up for 5 minutes, too long to wait here: open the
      // step-up page directly, as the redirect after those 5 minutes would.
      await page.goto(`${live.server.baseUrl}/konto/bekreft?neste=%2Fkonto%2Ftotp`);
      await checkPage(page, problems, viewport, '/konto/bekreft');
      await submitCode(page, await freshTotp(account), 'Bekreft');
      assert.match(page.url(), /\/konto\/totp$/);
      await page.locator('.mf-qr svg').waitFor();
      await checkPage(page, problems, viewport, '/konto/totp (bytte)');
    } finally {
      await context.close();
    }
  });
});
