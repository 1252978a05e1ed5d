// Browser journey for carriers and vehicles (issue 4 items 4 and 5): "register a carrier and a
// vehicle". At 360 px the demo developer's organisation admin registers the organisation as a
// carrier (a warning, not a block, for the missing NACE 49.410), adds a vehicle by plate from the
// Statens vegvesen fixture, sees it pending and approves it. At 1280 px the demo transport
// company's dispatcher (already a carrier) edits its profile and adds a vehicle, which waits until
// a platform administrator approves it. Every page: zero axe violations, no horizontal scrolling
// at 360 px, no CSP problem, nothing fetched from another host.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const DEVELOPER = '315500117'; // Fornebu Byutvikling AS (demo); byggherre is its verified admin
const TRANSPORT = '315500664'; // Bærum Massetransport AS (demo); transport is its dispatcher

async function addVehicle(page, problems, viewport, number, plate, euro) {
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Legg til kjøretøy' }).click()]);
  assert.equal(new URL(page.url()).pathname, `/transportorer/${number}/kjoretoy/ny`);
  await checkPage(page, problems, viewport, 'kjoretoy/ny');
  // An invalid plate: a Norwegian message next to the field, nothing looked up.
  await page.getByLabel('Kjennemerke (registreringsnummer)').fill('12345');
  await click(page, 'Hent fra Statens vegvesen');
  await page.locator('#kjennemerke-feil').getByText('to bokstaver og fire eller fem sifre').waitFor();
  await checkPage(page, problems, viewport, 'kjoretoy/ny med feil');
  await page.getByLabel('Kjennemerke (registreringsnummer)').fill(plate.toLowerCase());
  await click(page, 'Hent fra Statens vegvesen');
  await page.locator('#euroklasse').getByText(euro, { exact: true }).waitFor();
  await checkPage(page, problems, viewport, 'kjoretoy/ny bekreft');
  await page.getByLabel('Drivstoff eller energi').selectOption('hvo100');
  await click(page, 'Lagre kjøretøyet');
  await page.locator('#status').getByText('Venter på godkjenning').waitFor();
  await checkPage(page, problems, viewport, 'kjoretoy venter');
  return new URL(page.url()).pathname;
}

describe('transportører i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_VEGVESEN: 'fixture' } });

  test(`register a carrier and a vehicle i ${VIEWPORTS[0].width}×${VIEWPORTS[0].height}`, async () => {
    const viewport = VIEWPORTS[0];
    const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      await page.goto(`${live.server.baseUrl}/transportorer`);
      await page.getByRole('heading', { level: 1, name: 'Transportører' }).waitFor();
      await checkPage(page, problems, viewport, '/transportorer');
      await page.getByLabel('Tjeneste').selectOption('lekter');
      await click(page, 'Vis transportører');
      await page.getByRole('link', { name: 'Oslofjord Lekter og Sjøtransport AS (demo)' }).waitFor();
      await checkPage(page, problems, viewport, '/transportorer?tjeneste=lekter');

      await logInTo(page, live.server.baseUrl, '/transportorer/ny', DEMO.byggherre);
      await checkPage(page, problems, viewport, '/transportorer/ny');
      // Nothing chosen: the messages are next to the fields, nothing is saved.
      await page.getByLabel('E-post').fill('ikke-epost');
      await click(page, 'Registrer transportør');
      await page.locator('.ds-error-summary').getByText('Velg minst én tjeneste').waitFor();
      await page.locator('#epost-feil').waitFor();
      await checkPage(page, problems, viewport, '/transportorer/ny med feil');

      await page.getByLabel('Organisasjon').selectOption(DEVELOPER);
      await page.getByLabel('Tipptransport').check();
      await page.getByLabel('Maskintransport').check();
      await page.getByLabel('Bærum').check();
      await page.getByLabel('Asker').check();
      await page.getByLabel('Antall kjøretøy').fill('3');
      await page.getByLabel('Kapasitet (tonn per dag)').fill('150');
      await page.getByLabel('Navn', { exact: true }).fill('Berit Byggherre');
      await page.getByLabel('E-post').fill('berit@example.no');
      await click(page, 'Registrer transportør');
      assert.equal(new URL(page.url()).pathname, `/transportorer/${DEVELOPER}`);
      await page.getByText('Organisasjonen er registrert som transportør.').waitFor();
      await page.getByText('har ikke næringskode 49.410').waitFor();
      await checkPage(page, problems, viewport, `/transportorer/${DEVELOPER}`);

      const vehicle = await addVehicle(page, problems, viewport, DEVELOPER, 'DT61001', 'Euro VI');
      await page.goto(`${live.server.baseUrl}/transportorer/${DEVELOPER}`);
      await page.getByRole('heading', { name: 'Kjøretøy som venter eller er deaktivert' }).waitFor();
      await page.goto(live.server.baseUrl + vehicle);
      // The organisation admin approves.
      await click(page, 'Godkjenn kjøretøyet');
      await page.locator('#status').getByText('Godkjent').waitFor();
      await page.getByText('Statusen er endret.').waitFor();
      await checkPage(page, problems, viewport, 'kjoretoy godkjent');
      // It works on a project: chosen from the registered ones, and removable again.
      const projectName = await page.getByLabel('Prosjekt', { exact: true }).locator('option').first().textContent();
      await click(page, 'Knytt til prosjekt');
      await page.getByText('Prosjektene er oppdatert.').waitFor();
      await page.getByRole('region', { name: 'Prosjekter kjøretøyet arbeider på' }).getByRole('link', { name: projectName }).waitFor();
      await checkPage(page, problems, viewport, 'kjoretoy med prosjekt');
      await click(page, `Fjern koblingen til ${projectName}`);
      await page.getByText('Ikke knyttet til noe prosjekt.').waitFor();
    } finally {
      await context.close();
    }
  });

  test(`register a carrier and a vehicle i ${VIEWPORTS[1].width}×${VIEWPORTS[1].height}`, async () => {
    const viewport = VIEWPORTS[1];
    let vehicle;
    const dispatcher = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      const { page, problems } = dispatcher;
      await logInTo(page, live.server.baseUrl, '/transportorer/ny', DEMO.transport);
      // The dispatcher's company is a carrier already: the page says what to do instead.
      await page.getByRole('link', { name: 'Registrer organisasjon' }).waitFor();
      await checkPage(page, problems, viewport, '/transportorer/ny uten organisasjon');
      await page.goto(`${live.server.baseUrl}/transportorer/${TRANSPORT}/endre`);
      await checkPage(page, problems, viewport, `/transportorer/${TRANSPORT}/endre`);
      await page.getByLabel('Krok/container').check();
      await click(page, 'Lagre endringene');
      await page.getByText('Endringene er lagret.').waitFor();
      await page.locator('.mf-history').getByText('Krok/container').first().waitFor();
      await checkPage(page, problems, viewport, `/transportorer/${TRANSPORT}?lagret=1`);
      vehicle = await addVehicle(page, problems, viewport, TRANSPORT, 'DT51003', 'Euro V');
      // A dispatcher adds vehicles but does not approve them.
      assert.equal(await page.getByRole('button', { name: 'Godkjenn kjøretøyet' }).count(), 0);
    } finally {
      await dispatcher.context.close();
    }

    const admin = await openPage(live.browser, live.server.baseUrl, viewport);
    try {
      const { page, problems } = admin;
      await logInTo(page, live.server.baseUrl, vehicle, DEMO.admin, { open: true });
      await click(page, 'Godkjenn kjøretøyet');
      await page.locator('#status').getByText('Godkjent').waitFor();
      await checkPage(page, problems, viewport, 'kjoretoy godkjent av administrator');
    } finally {
      await admin.context.close();
    }
  });
});
