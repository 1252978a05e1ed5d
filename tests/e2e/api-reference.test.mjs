// The API reference on /utviklere with operations opened: zero axe-core violations inside the
// parameter tables, request bodies and response schemas that swagger-ui renders only on demand.
//
// Opening every operation made swagger-ui re-render the whole document per click and took over
// four minutes once the API passed 80 operations. Every opened block is drawn by the same
// components, so one read, one create and one update per tag cover every kind of block (path and
// query parameters, JSON and multipart bodies, every response media type) at a fraction of that.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, axeViolations, cspViolationsInPage, openPage, useBrowserJourney } from './browser.mjs';

const live = useBrowserJourney({ seed: false });

test('API-referansen med operasjoner åpne i hver gruppe', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, VIEWPORTS[1]);
  try {
    await page.goto(live.server.baseUrl + '/utviklere', { waitUntil: 'networkidle' });
    await page.waitForSelector('#api-referanse .opblock');
    const { opened, groups } = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('#api-referanse .opblock-tag-section')];
      let count = 0;
      for (const section of sections) {
        const operations = [...section.querySelectorAll('.opblock')];
        const chosen = new Set(
          [
            operations[0],
            operations.find((op) => op.classList.contains('opblock-post')),
            operations.find((op) => op.classList.contains('opblock-patch') || op.classList.contains('opblock-put')),
          ].filter(Boolean),
        );
        for (const op of chosen) op.querySelector('.opblock-summary-control').click();
        count += chosen.size;
      }
      return { opened: count, groups: sections.length };
    });
    assert.ok(groups > 10, `bare ${groups} grupper i API-referansen`);
    // swagger-ui renders the opened blocks after the clicks; on a loaded 2-core machine that has
    // taken over 30 s, so the wait is generous (the file's own limit is 300 s).
    await page.waitForFunction(
      (expected) => document.querySelectorAll('#api-referanse .opblock.is-open .opblock-body').length >= expected,
      opened,
      { timeout: 150_000 },
    );
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe fant brudd i API-referansen:\n${violations.join('\n')}`);
    assert.deepEqual(problems.foreignRequests, [], 'forespørsler til andre verter');
    assert.deepEqual([...problems.csp, ...(await cspViolationsInPage(page))], [], 'CSP-brudd');
    assert.deepEqual(problems.errors, [], 'feil i konsollen');
  } finally {
    await context.close();
  }
});
