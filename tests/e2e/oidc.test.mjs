// The OpenID Connect entry points people see: the login page with the provider's button and the
// Norwegian error page for a callback that cannot be accepted. Both must be axe-clean at phone
// and desktop width. (The full login flow is covered end to end in tests/oidc/login.test.mjs.)
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';

import { startProvider, CLIENT_ID, CLIENT_SECRET } from '../oidc/provider.mjs';
import { VIEWPORTS, axeViolations, cspViolationsInPage, openPage, useBrowserJourney } from './browser.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

describe('innlogging med ID-porten eller annen OIDC-leverandør', { concurrency: false }, () => {
  let provider;
  let port;
  let base;

  before(async () => {
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await startProvider({ redirectUris: [`${base}/logg-inn/oidc/tilbake`] });
  });
  const live = useBrowserJourney({
    seed: false,
    serverArgs: () => ['--port', String(port)],
    serverEnv: () => ({
      MASSEFLYT_PUBLIC_URL: base,
      MASSEFLYT_OIDC_ISSUER: provider.issuer,
      MASSEFLYT_OIDC_CLIENT_ID: CLIENT_ID,
      MASSEFLYT_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      MASSEFLYT_OIDC_NAME: 'ID-porten',
    }),
  });
  after(async () => {
    await provider?.close();
  });

  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}×${viewport.height}`;

    test(`innloggingssiden viser knappen for leverandøren i ${size}`, async () => {
      const { context, page, problems } = await openPage(live.browser, base, viewport);
      try {
        await page.goto(`${base}/logg-inn`);
        const button = page.getByRole('link', { name: 'Logg inn med ID-porten' });
        assert.equal(await button.count(), 1);
        assert.ok(await button.isVisible());
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual([...problems.csp, ...(await cspViolationsInPage(page))], []);
        assert.deepEqual(problems.foreignRequests, []);
      } finally {
        await context.close();
      }
    });

    test(`en tilbakemelding som ikke kan godtas gir en norsk feilside i ${size}`, async () => {
      const { context, page, problems } = await openPage(live.browser, base, viewport);
      try {
        const response = await page.goto(`${base}/logg-inn/oidc/tilbake?code=x&state=ukjent`);
        assert.equal(response.status(), 400);
        assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
        assert.ok(await page.locator('main h1').isVisible());
        assert.ok(await page.locator('main').getByRole('link', { name: 'Tilbake til innlogging' }).isVisible());
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual([...problems.csp, ...(await cspViolationsInPage(page))], []);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= viewport.width, `horizontal scroll: ${scroll}px`);
      } finally {
        await context.close();
      }
    });
  }
});
