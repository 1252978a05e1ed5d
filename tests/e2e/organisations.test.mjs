// Browser journeys for organisations (issue 3 items 1 and 6): a demo user registers an
// organisation from Enhetsregisteret (fixture register, offline) after a refused invalid number,
// another asks to represent the demo developer, and its organisation admin approves. Every page on
// the way: zero axe violations, no horizontal scrolling at 360 px, no CSP problem, nothing fetched
// from another host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo); byggherre is its verified admin

describe('organisasjoner i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture' } });

  // Per viewport: who registers what, who asks to represent the developer. The developer's admin
  // logs in in both; freshTotp waits for a new TOTP step when the current one is used up.
  const journeys = [
    { registrant: DEMO.representant, number: '991825827', name: 'DIGITALISERINGSDIREKTORATET', requester: DEMO.kvalitet },
    { registrant: DEMO.transport, number: '315501105', name: 'Fornebu Gjenvinning AS (demo)', requester: DEMO.mottak },
  ];

  VIEWPORTS.forEach((viewport, index) => {
    const journey = journeys[index];

    test(`registrere en organisasjon i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        await page.goto(`${live.server.baseUrl}/organisasjoner`);
        await page.getByRole('heading', { level: 1, name: 'Organisasjoner' }).waitFor();
        await checkPage(page, problems, viewport, '/organisasjoner');
        await page.getByLabel('Søk etter navn eller organisasjonsnummer').fill('massetransport');
        await click(page, 'Søk');
        await page.getByRole('link', { name: 'Bærum Massetransport AS (demo)' }).waitFor();
        await checkPage(page, problems, viewport, '/organisasjoner?sok=');

        await logInTo(page, live.server.baseUrl, '/organisasjoner/ny', journey.registrant);
        await checkPage(page, problems, viewport, '/organisasjoner/ny');

        // An invalid number: a Norwegian message, the form kept, nothing looked up.
        await page.getByLabel('Organisasjonsnummer').fill('991 825 828');
        await click(page, 'Hent fra Enhetsregisteret');
        await page.locator('.ds-error-summary').getByText('kontrollsifferet stemmer ikke').waitFor();
        assert.equal(await page.getByLabel('Organisasjonsnummer').inputValue(), '991 825 828');
        await checkPage(page, problems, viewport, '/organisasjoner/ny med feil');

        // A deleted entity is shown with the reason and cannot be registered.
        await page.getByLabel('Organisasjonsnummer').fill('821227062');
        await click(page, 'Hent fra Enhetsregisteret');
        await page.getByText('slettet fra Enhetsregisteret, og kan derfor ikke').first().waitFor();
        assert.equal(await page.getByRole('button', { name: 'Registrer organisasjonen' }).count(), 0);
        await checkPage(page, problems, viewport, '/organisasjoner/ny slettet');

        // Searching by name lists the register's hits; choosing one looks it up.
        await page.getByLabel('Organisasjonsnummer').fill(journey.name.replace(' (demo)', ''));
        await click(page, 'Hent fra Enhetsregisteret');
        await page.getByRole('heading', { level: 2, name: 'Treff i Enhetsregisteret' }).waitFor();
        await checkPage(page, problems, viewport, '/organisasjoner/ny navnesøk');
        await Promise.all([
          page.waitForNavigation(),
          page.getByRole('link', { name: `Velg ${journey.name}` }).click(),
        ]);
        assert.equal(await page.getByLabel('Organisasjonsnummer').inputValue(), journey.number);
        await page.getByRole('heading', { level: 2, name: journey.name }).waitFor();
        await checkPage(page, problems, viewport, '/organisasjoner/ny bekreft');
        await click(page, 'Registrer organisasjonen');
        assert.equal(new URL(page.url()).pathname, `/organisasjoner/${journey.number}`);
        await page.getByRole('heading', { level: 1, name: journey.name }).waitFor();
        await page.getByText('venter på godkjenning').first().waitFor();
        await checkPage(page, problems, viewport, `/organisasjoner/${journey.number}`);
      } finally {
        await context.close();
      }
    });

    test(`en administrator godkjenner en representant i ${viewport.width}×${viewport.height}`, async () => {
      const asker = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        const { page, problems } = asker;
        await logInTo(page, live.server.baseUrl, `/organisasjoner/${DEVELOPER}`, journey.requester, { open: true });
        await checkPage(page, problems, viewport, `/organisasjoner/${DEVELOPER}`);
        await page.getByLabel('Rolle').selectOption('representative');
        await click(page, 'Send forespørselen');
        await page.getByText('Forespørselen er sendt').waitFor();
        await checkPage(page, problems, viewport, `/organisasjoner/${DEVELOPER}?forespurt=1`);
      } finally {
        await asker.context.close();
      }

      const admin = await openPage(live.browser, live.server.baseUrl, viewport);
      try {
        const { page, problems } = admin;
        await logInTo(page, live.server.baseUrl, `/organisasjoner/${DEVELOPER}/medlemmer`, DEMO.byggherre);
        const request = page.locator('article').filter({ hasText: `${journey.requester.name} ber om rollen Representant` });
        await request.waitFor();
        // The evidence from Enhetsregisteret is beside the request.
        await request.getByText('Grunnlag fra Enhetsregisteret').waitFor();
        await checkPage(page, problems, viewport, '/medlemmer');

        // Rejecting needs a reason: the page says so next to the field.
        await Promise.all([page.waitForNavigation(), request.getByRole('button', { name: 'Avvis' }).click()]);
        const again = page.locator('article').filter({ hasText: `${journey.requester.name} ber om rollen Representant` });
        await again.getByText('Skriv en begrunnelse').first().waitFor();
        await checkPage(page, problems, viewport, '/medlemmer med feil');

        await again.getByLabel('Begrunnelse').fill('Kjent kontaktperson hos oss.');
        await Promise.all([page.waitForNavigation(), again.getByRole('button', { name: 'Godkjenn' }).click()]);
        await page.getByText('Vedtaket er lagret.').waitFor();
        const row = page.locator('tr').filter({ hasText: journey.requester.name });
        await row.getByText('Godkjent').waitFor();
        await checkPage(page, problems, viewport, '/medlemmer etter vedtak');

        // Revoking is a step of its own that needs a reason; the person loses access at once.
        await Promise.all([page.waitForNavigation(), row.getByRole('link', { name: /Trekk tilbake/ }).click()]);
        await checkPage(page, problems, viewport, '/medlemmer/{id}/tilbakekall');
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Trekk tilbake' }).click()]);
        await page.getByText('Skriv en begrunnelse').first().waitFor();
        await checkPage(page, problems, viewport, '/medlemmer/{id}/tilbakekall med feil');
        await page.getByLabel('Begrunnelse').fill('Sluttet i firmaet.');
        await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Trekk tilbake' }).click()]);
        await page.getByText('Medlemskapet er trukket tilbake.').waitFor();
        await page.locator('tr').filter({ hasText: journey.requester.name }).getByText('Tilbakekalt').waitFor();
        await checkPage(page, problems, viewport, '/medlemmer etter tilbakekalling');

        // The admin can fetch the register data again; the demo register has not changed.
        await page.goto(`${live.server.baseUrl}/organisasjoner/${DEVELOPER}`);
        await click(page, 'Hent på nytt fra Enhetsregisteret');
        await page.getByText('Ingenting var endret').waitFor();
        await checkPage(page, problems, viewport, `/organisasjoner/${DEVELOPER}?oppdatert`);
      } finally {
        await admin.context.close();
      }
    });
  });
});
