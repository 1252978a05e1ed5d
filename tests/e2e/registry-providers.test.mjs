// Browser journey for quality-control providers (issue 4 item 5). At 360 px a visitor filters the
// list to accredited labs and opens the demo lab's profile (accreditation shown prominently, no
// contact person); the lab's quality controller then edits the profile, first with mistakes
// (Norwegian messages next to the fields, nothing saved), then correctly, and sees the change in
// the history. At 1280 px the demo developer's organisation admin registers the organisation as
// a provider. Every page: zero axe violations, no horizontal scrolling at 360 px (the header with
// its navigation included), no CSP problem, nothing fetched from another host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney, openMenu } from './browser.mjs';

const LAB = '315500885'; // Norsk Miljølab AS (demo); kvalitet is its quality controller
const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo); byggherre is its verified admin

describe('kontrolltjenester i nettleseren', () => {
  const live = useBrowserJourney();

  test(`finn et akkreditert laboratorium og endre profilen i ${VIEWPORTS[0].width}×${VIEWPORTS[0].height}`, async () => {
    const viewport = VIEWPORTS[0];
    const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      await page.goto(live.server.baseUrl + '/');
      await openMenu(page);
      await page.getByRole('link', { name: 'Kontrolltjenester' }).first().waitFor();
      await page.goto(`${live.server.baseUrl}/kontrolltjenester`);
      await page.getByRole('heading', { level: 1, name: 'Kontrolltjenester' }).waitFor();
      await checkPage(page, problems, viewport, '/kontrolltjenester');
      await page.getByLabel('Tjeneste', { exact: true }).selectOption('kjemiske_analyser');
      await page.getByLabel('Bare akkrediterte').check();
      await click(page, 'Vis kontrolltjenester');
      assert.match(page.url(), /akkreditert=1/);
      await page.getByRole('link', { name: 'Norsk Miljølab AS (demo)' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Asker Miljørådgivning AS (demo)' }).count(), 0);
      await checkPage(page, problems, viewport, '/kontrolltjenester?akkreditert=1');
      await page.getByLabel('Søk på navn eller organisasjonsnummer').fill('finnesikke');
      await click(page, 'Vis kontrolltjenester');
      await page.getByText('Ingen kontrolltjenester passer med filtrene.').waitFor();
      await checkPage(page, problems, viewport, '/kontrolltjenester tom');

      await page.goto(`${live.server.baseUrl}/kontrolltjenester/${LAB}`);
      await page.locator('#akkreditering').getByText('TEST 901').waitFor();
      await page.getByText('Kontaktpersonen vises for innloggede brukere.').waitFor();
      await checkPage(page, problems, viewport, `/kontrolltjenester/${LAB}`);

      await logInTo(page, live.server.baseUrl, `/kontrolltjenester/${LAB}/endre`, DEMO.kvalitet);
      await checkPage(page, problems, viewport, `/kontrolltjenester/${LAB}/endre`);
      // Mistakes: no service, a number without a scheme, a bad e-mail address.
      for (const label of ['Miljøteknisk prøvetaking', 'Kjemiske analyser', 'Mottakskontroll']) {
        await page.getByLabel(label).uncheck();
      }
      await page.getByLabel('Akkrediteringsordning').fill('');
      await page.getByLabel('E-post').fill('ikke-epost');
      await click(page, 'Lagre endringene');
      await page.locator('.ds-error-summary').getByText('Velg minst én tjeneste').waitFor();
      await page.locator('#ordning-feil').waitFor();
      await page.locator('#epost-feil').waitFor();
      await checkPage(page, problems, viewport, `/kontrolltjenester/${LAB}/endre med feil`);

      await page.getByLabel('Kjemiske analyser').check();
      await page.getByLabel('Bergteknisk testing (LA, MDE)').check();
      await page.getByLabel('Akkrediteringsordning').fill('Norsk akkreditering');
      await page.getByLabel('Akkrediteringsnummer').fill('TEST 905');
      await page.getByLabel('E-post').fill('kvalitet@demo.masseflyt.no');
      await click(page, 'Lagre endringene');
      assert.equal(new URL(page.url()).pathname, `/kontrolltjenester/${LAB}`);
      await page.getByText('Endringene er lagret.').waitFor();
      await page.locator('#akkreditering').getByText('TEST 905').waitFor();
      await page.locator('main').getByText('Kari Kvalitet').first().waitFor();
      await page.getByRole('heading', { name: 'Endringshistorikk' }).waitFor();
      await checkPage(page, problems, viewport, `/kontrolltjenester/${LAB}?lagret=1`);
    } finally {
      await context.close();
    }
  });

  test(`registrer en kontrolltjeneste i ${VIEWPORTS[1].width}×${VIEWPORTS[1].height}`, async () => {
    const viewport = VIEWPORTS[1];
    const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      await logInTo(page, live.server.baseUrl, '/kontrolltjenester/ny', DEMO.byggherre);
      await checkPage(page, problems, viewport, '/kontrolltjenester/ny');
      await page.getByLabel('Organisasjon').selectOption(DEVELOPER);
      await page.getByLabel('Geoteknisk undersøkelse').check();
      await page.getByLabel('Tilstandsvurdering').check();
      await page.getByLabel('Bærum').check();
      await page.getByLabel('Navn', { exact: true }).fill('Berit Byggherre');
      await click(page, 'Registrer kontrolltjeneste');
      assert.equal(new URL(page.url()).pathname, `/kontrolltjenester/${DEVELOPER}`);
      await page.getByText('Organisasjonen er registrert som kontrolltjeneste.').waitFor();
      await page.getByText('Ingen akkreditering oppgitt.').waitFor();
      await checkPage(page, problems, viewport, `/kontrolltjenester/${DEVELOPER}`);
      await page.goto(`${live.server.baseUrl}/kontrolltjenester?sorter=akkreditert`);
      await page.getByRole('link', { name: 'Fornebu Byutvikling AS (demo)' }).waitFor();
      await checkPage(page, problems, viewport, '/kontrolltjenester?sorter=akkreditert');
    } finally {
      await context.close();
    }
  });
});
