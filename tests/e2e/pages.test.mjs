// Browser tests of the open pages: zero axe-core WCAG 2.1 AA violations on a phone and a desktop,
// no horizontal scrolling at 360 px, a working skip link, no request to any other host and no
// CSP violation. Set MASSEFLYT_SCREENSHOTS=<dir> to also save a screenshot of every page.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { VIEWPORTS, axeViolations, cspViolationsInPage, openPage, useBrowserJourney } from './browser.mjs';

const PAGES = [
  { path: '/', name: 'forside' },
  { path: '/personvern', name: 'personvern' },
  { path: '/tilgjengelighet', name: 'tilgjengelighet' },
  // The OpenAPI viewer renders after load; wait for its operations before checking.
  { path: '/utviklere', name: 'utviklere', ready: '#api-referanse .opblock' },
  { path: '/finnes-ikke', name: '404', status: 404 },
];

const screenshotDir = process.env.MASSEFLYT_SCREENSHOTS;

describe('sidene', () => {
  const live = useBrowserJourney({ seed: false });
  before(async () => {
    if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
  });

  for (const viewport of VIEWPORTS) {
    for (const spec of PAGES) {
      test(`${spec.path} i ${viewport.width}×${viewport.height}`, async () => {
        const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
        try {
          const response = await page.goto(live.server.baseUrl + spec.path, { waitUntil: 'networkidle' });
          assert.equal(response.status(), spec.status ?? 200, `status for ${spec.path}`);
          assert.equal(await page.getAttribute('html', 'lang'), 'nb');
          if (spec.ready) await page.waitForSelector(spec.ready, { timeout: 15_000 });

          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `axe fant brudd på ${spec.path}:\n${violations.join('\n')}`);

          if (viewport.width <= 360) {
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            assert.ok(scrollWidth <= innerWidth, `horisontal rulling: ${scrollWidth} > ${innerWidth}`);
          }

          if (screenshotDir) {
            await page.screenshot({
              path: path.join(screenshotDir, `${spec.name}-${viewport.width}.png`),
              fullPage: true,
            });
          }

          // The skip link is the first thing Tab reaches, and Enter moves focus into <main>.
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.keyboard.press('Tab');
          const first = await page.evaluate(() => ({
            className: document.activeElement?.className,
            href: document.activeElement?.getAttribute('href'),
          }));
          assert.equal(first.href, '#innhold', `første Tab-stopp er ${JSON.stringify(first)}`);
          assert.ok(await page.isVisible('.ds-skip-link:focus'), 'hopplenken vises ved fokus');
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => document.activeElement?.id === 'innhold', null, {
            timeout: 2_000,
          });

          assert.deepEqual(problems.foreignRequests, [], 'forespørsler til andre verter');
          assert.deepEqual([...problems.csp, ...(await cspViolationsInPage(page))], [], 'CSP-brudd');
          // The browser logs the 404 of the document itself as a console error; nothing else may fail.
          const expected = (e) => spec.status === 404 && /status of 404/.test(e);
          assert.deepEqual(problems.errors.filter((e) => !expected(e)), [], 'feil i konsollen');
        } finally {
          await context.close();
        }
      });
    }
  }

  test('statiske filer har innholdstype og lang hurtiglagring', async () => {
    const html = await (await fetch(live.server.baseUrl + '/')).text();
    const css = html.match(/href="(\/static\/app-[A-Z2-7]{8}\.css)"/)?.[1];
    assert.ok(css, 'forsiden lenker til app-<hash>.css');
    const response = await fetch(live.server.baseUrl + css);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/css/);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await fetch(live.server.baseUrl + '/static/manifest.json')).status, 404);
    // The edge may already refuse an encoded traversal (400); it must never reach a file.
    const traversal = (await fetch(live.server.baseUrl + '/static/..%2Fmanifest.json')).status;
    assert.ok([400, 404].includes(traversal), `status ${traversal} for an encoded ../`);
  });
});
