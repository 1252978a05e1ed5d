// Browser journey for "Mine data" (T2.15): a demo user logs in with password and TOTP, opens
// "Mine data" from "Min konto", downloads the JSON file, and deletes the account after a step-up
// (a new TOTP code). Zero axe violations at 360 and 1280, no horizontal scrolling at 360.
// Its own database: the journey deletes demo users.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

import { DEMO, DEMO_PASSWORD, totp } from '../support/accounts.mjs';
import { checkPage, openMenu, openPage, VIEWPORTS, useBrowserJourney } from './browser.mjs';

const run = promisify(execFile);

describe('mine data i nettleseren', () => {
  const sql = (statements) => {
    const url = live.database.env.MASSEFLYT_DATABASE_URL;
    if (url.startsWith('sqlite:')) return run('sqlite3', ['-bail', url.slice('sqlite:'.length), statements]);
    return run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtAc', statements]);
  };

  const live = useBrowserJourney();

  const accounts = [DEMO.byggherre, DEMO.representant];
  VIEWPORTS.forEach((viewport, index) => {
    test(`last ned mine data og slett kontoen i ${viewport.width}×${viewport.height}`, async () => {
      const account = accounts[index];
      const now = Date.now() / 1000;
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await page.goto(`${live.server.baseUrl}/konto`);
        await page.getByLabel('E-postadresse').fill(account.email);
        await page.getByLabel('Passord').fill(DEMO_PASSWORD);
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Neste' }).click()]);
        await page.getByLabel('Engangskode').fill(totp(account.secret, now));
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Logg inn' }).click()]);
        assert.match(page.url(), /\/konto$/);
        await checkPage(page, problems, viewport, '/konto');

        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /mine data/i }).click()]);
        assert.match(page.url(), /\/konto\/mine-data$/);
        await page.getByRole('heading', { level: 1, name: 'Mine data' }).waitFor();
        await page.getByText('Vi lagrer aldri fødselsnummer').waitFor();
        await checkPage(page, problems, viewport, '/konto/mine-data');

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Last ned mine data' }).click(),
        ]);
        assert.equal(download.suggestedFilename(), 'mine-data.json');
        const text = await readFile(await download.path(), 'utf8');
        const data = JSON.parse(text);
        assert.equal(data.person.epost, account.email);
        assert.equal(data.person.navn, account.name);
        assert.ok(!text.includes(account.secret));
        assert.doesNotMatch(text, /argon2/i);

        // Without the confirmation box: an error, nothing deleted.
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Slett kontoen min' }).click()]);
        await page.locator('.ds-error-summary').waitFor();
        await checkPage(page, problems, viewport, '/konto/mine-data med feil');

        // The login's step-up is made old: deleting asks for a new code first.
        await sql(`UPDATE sessions SET step_up_at = 1 WHERE user_id = (SELECT id FROM users WHERE email = '${account.email}')`);
        await page.getByLabel(/kontoen slettes for godt/).check();
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Slett kontoen min' }).click()]);
        assert.match(page.url(), /\/konto\/bekreft\?neste=%2Fkonto%2Fmine-data$/);
        await checkPage(page, problems, viewport, '/konto/bekreft');
        await page.getByLabel('Engangskode').fill(totp(account.secret, now + 30));
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Bekreft' }).click()]);
        assert.match(page.url(), /\/konto\/mine-data$/);

        await page.getByLabel(/kontoen slettes for godt/).check();
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Slett kontoen min' }).click()]);
        assert.match(page.url(), /\/konto\/slettet$/);
        await page.getByRole('heading', { level: 1, name: 'Kontoen er slettet' }).waitFor();
        await openMenu(page);
        await page.getByRole('link', { name: 'Logg inn' }).waitFor();
        await checkPage(page, problems, viewport, '/konto/slettet');
        // The unconfirmed form answered 422 on purpose; nothing else may fail.
        assert.deepEqual(problems.errors.filter((e) => !/status of 422/.test(e)), []);

        const meg = await page.request.get(`${live.server.baseUrl}/api/v1/meg`);
        assert.equal(meg.status(), 401);
      } finally {
        await context.close();
      }
    });
  });
});
