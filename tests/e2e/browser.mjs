// Shared set-up for the browser tests: Debian's chromium driven by playwright-core (never a
// downloaded browser), and axe-core with the WCAG 2.1 A/AA rule tags.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const CHROMIUM = process.env.MASSEFLYT_CHROMIUM ?? '/usr/bin/chromium';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** launch() gives every browser a fresh temporary profile, removed again on close(). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page that records what a test must never see: requests to any other origin than the
 * server's, CSP violations (from the console and the securitypolicyviolation event) and
 * uncaught script errors.
 */
export async function openPage(browser, baseUrl, viewport) {
  const context = await browser.newContext({ viewport, locale: 'nb-NO' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems = { foreignRequests: [], csp: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:')) problems.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) problems.csp.push(text);
    else if (message.type() === 'error') problems.errors.push(text);
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__mfCspViolations = window.__mfCspViolations ?? [];
      window.__mfCspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return { context, page, problems };
}

export async function cspViolationsInPage(page) {
  return page.evaluate(() => window.__mfCspViolations ?? []);
}

/** Runs axe with the WCAG 2.1 AA tags; returns a readable report of every violation. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
      .join('\n');
    return `${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
  });
}
