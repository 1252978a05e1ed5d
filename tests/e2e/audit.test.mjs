// Browser test of the audit log page: an administrator logs in (password + TOTP), browses and
// filters /admin/revisjonslogg, checks the chain, with zero axe violations on a phone and a
// desktop and no page-level horizontal scrolling at 360 px (the table scrolls in its own region).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, axeViolations, cspViolationsInPage, logInTo, openPage, useBrowserJourney } from './browser.mjs';

describe('revisjonsloggen i nettleseren', () => {
  let cookies;
  const live = useBrowserJourney();

  before(async () => {
    // One login for the whole file: a TOTP step may be used only once.
    const { context, page } = await openPage(live.browser, live.server.baseUrl, VIEWPORTS[1]);
    try {
      // A failed attempt first, so the log holds a login.failed entry to filter for.
      await page.goto(`${live.server.baseUrl}/logg-inn`);
      await page.fill('#epost', DEMO.admin.email);
      await page.fill('#passord', 'feil-passord');
      await page.click('button[type=submit]');

      await logInTo(page, live.server.baseUrl, '/admin/revisjonslogg', DEMO.admin);
      cookies = await context.cookies();
    } finally {
      await context.close();
    }
  });

  for (const viewport of VIEWPORTS) {
    test(`bla, filtrer og kontroller i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await context.addCookies(cookies);
        const response = await page.goto(`${live.server.baseUrl}/admin/revisjonslogg`);
        assert.equal(response.status(), 200);
        assert.equal(await page.textContent('h1'), 'Revisjonslogg');
        const actions = await page.$$eval('td[data-action]', (cells) =>
          cells.map((cell) => cell.dataset.action),
        );
        assert.ok(actions.includes('login.succeeded'), `handlinger: ${actions.join(', ')}`);
        assert.ok(actions.includes('login.failed'), `handlinger: ${actions.join(', ')}`);
        // People and organisations are shown by name, not by id.
        await page.locator('td a', { hasText: DEMO.admin.name }).first().waitFor();

        const check = async (label) => {
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `axe fant brudd (${label}):\n${violations.join('\n')}`);
          if (viewport.width <= 360) {
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            assert.ok(scrollWidth <= innerWidth, `horisontal rulling (${label}): ${scrollWidth} > ${innerWidth}`);
          }
        };
        await check('uten filter');

        // Filter to failed logins through the form; the filter lands in the URL.
        await page.selectOption('#filter-handling', 'login.failed');
        await Promise.all([
          page.waitForURL(/handling=login\.failed/),
          page.click('form[action="/admin/revisjonslogg"] button[data-variant=primary]'),
        ]);
        const filtered = await page.$$eval('td[data-action]', (cells) =>
          cells.map((cell) => cell.dataset.action),
        );
        assert.ok(filtered.length >= 1);
        assert.ok(filtered.every((a) => a === 'login.failed'), `filtrert: ${filtered.join(', ')}`);
        assert.equal(await page.inputValue('#filter-handling'), 'login.failed');
        await check('filtrert');

        // The chain check keeps the filter and reports an intact chain.
        await Promise.all([
          page.waitForURL(/kontroller=1/),
          page.click('text=Kontroller kjeden'),
        ]);
        assert.match(page.url(), /handling=login\.failed/);
        assert.match(await page.textContent('#kjedestatus'), /Revisjonsloggen er intakt: \d+ oppføringer kontrollert\./);
        await check('kontrollert');

        // A bad date is explained next to the field, in Norwegian.
        await page.goto(`${live.server.baseUrl}/admin/revisjonslogg?fra=i+går`);
        assert.match(await page.textContent('.ds-error-summary'), /ÅÅÅÅ-MM-DD/);
        await check('feil i filteret');

        assert.deepEqual(problems.foreignRequests, [], 'forespørsler til andre verter');
        assert.deepEqual(problems.csp, [], 'CSP-brudd i konsollen');
        assert.deepEqual(await cspViolationsInPage(page), [], 'CSP-brudd');
      } finally {
        await context.close();
      }
    });
  }
});
