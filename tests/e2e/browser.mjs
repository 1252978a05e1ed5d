// Shared set-up for the browser tests: Debian's chromium driven by playwright-core (never a
// downloaded browser), and axe-core with the WCAG 2.1 A/AA rule tags.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, freshTotp, startSeededServer, stopSeededServer } from '../support/accounts.mjs';

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
 * The set-up of a browser journey for the enclosing describe(): a seeded server (see
 * useSeededServer in tests/support/accounts.mjs; `serverEnv`/`serverArgs` are its `env`/`args`)
 * and a browser, closed again after the last test. Returns the object the hooks fill,
 * `{ dir, database, server, browser }`. Hooks a file registers after this call run after these.
 */
export function useBrowserJourney({ serverEnv = {}, serverArgs = [], seed = true } = {}) {
  const live = {};
  before(async () => {
    await startSeededServer(live, { env: serverEnv, args: serverArgs, seed });
    live.browser = await launchBrowser();
  });
  after(async () => {
    try {
      await live.browser?.close();
    } finally {
      await stopSeededServer(live);
    }
  });
  return live;
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

/**
 * Everything a journey asserts on each page it visits: Norwegian, zero axe violations, no
 * page-level horizontal scrolling at 360 px, no CSP violations, no request to another origin,
 * no script errors (a page answering 4xx on purpose — a form sent back with its errors, a wrong
 * password — is logged by chromium as a console error, so those are let through).
 * `allowForeign(url)`: the one kind of request to another host a page may make (map tiles from
 * cache.kartverket.no, integrations.md §3), when the test has routed those to a local answer.
 */
export async function checkPage(page, problems, viewport, label, { allowForeign = () => false } = {}) {
  assert.equal(await page.getAttribute('html', 'lang'), 'nb', label);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe fant brudd på ${label}:\n${violations.join('\n')}`);
  if (viewport.width <= 360) {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `horisontal rulling på ${label}: ${scrollWidth} > ${innerWidth}`);
  }
  assert.deepEqual(await cspViolationsInPage(page), [], label);
  assert.deepEqual(problems.csp, [], label);
  assert.deepEqual(problems.foreignRequests.filter((url) => !allowForeign(url)), [], label);
  const errors = problems.errors.filter((e) => !/responded with a status of 4\d\d/.test(e));
  assert.deepEqual(errors, [], label);
}

/** Clicks the button with exactly this accessible name and waits for the page it leads to. */
export async function clickButton(page, name) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
}

/**
 * Opens `target` (a protected page sends the visitor to the login by itself; for an open one we go
 * to the login with `neste`), logs in with password and TOTP, and lands on `target`.
 */
export async function logInTo(page, baseUrl, target, account, { open = false } = {}) {
  await page.goto(open ? `${baseUrl}/logg-inn?neste=${encodeURIComponent(target)}` : baseUrl + target);
  assert.match(page.url(), /\/logg-inn\?neste=/);
  await page.getByLabel('E-postadresse').fill(account.email);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await clickButton(page, 'Neste');
  await page.getByLabel('Engangskode').fill(await freshTotp(account));
  await clickButton(page, 'Logg inn');
  assert.equal(new URL(page.url()).pathname, target);
}

/** On a narrow screen the main menu is folded behind «Meny»; opens it when it is. */
export async function openMenu(page) {
  const button = page.getByRole('button', { name: 'Meny', exact: true });
  if (await button.isVisible()) {
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
  }
}

