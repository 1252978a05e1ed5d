// Browser journeys for mass handling plans (issue 5 item 5): anyone finds a project's plan in the
// list of plans and reads it; a verified representative of the project's contractor (360 px) or
// developer (1280 px) imports the template as CSV text — first with an error that is shown by row
// and column with nothing imported, then a good one — and edits the plan's settings. Zero axe
// violations on every page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DEMO } from '../support/accounts.mjs';
import { VIEWPORTS, checkPage, clickButton as click, logInTo, openPage, useBrowserJourney } from './browser.mjs';

const lines = (page) => page.getByRole('table', { name: 'Planlagt overskudd og behov' }).locator('tbody tr');
const HEADER = 'Type;Fraksjon;Fase;Fra dato;Til dato;Mengde;Enhet;Volumtilstand;Disponering;Mottaker';

describe('massehåndteringsplaner i nettleseren', () => {
  const live = useBrowserJourney({ serverEnv: { MASSEFLYT_BRREG: 'fixture' } });

  // 360 px: the contractor's representative on E18 (has a demo plan); 1280 px: the developer's
  // admin on Bekkestua skole (no plan yet: the import creates it).
  const editors = [
    { account: DEMO.representant, project: (name) => name.startsWith('E18') },
    { account: DEMO.byggherre, project: (name) => name.startsWith('Bekkestua skole') },
  ];

  VIEWPORTS.forEach((viewport, index) => {
    test(`plan vises, importeres og redigeres i ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, problems } = await openPage(live.browser, live.server.baseUrl, viewport);
      const projects = await (await fetch(`${live.server.baseUrl}/api/v1/prosjekter?limit=200`)).json();
      const fornebu = projects.data.find((p) => p.navn === 'Fornebubanen');
      const target = projects.data.find((p) => editors[index].project(p.navn));
      try {
        // Anyone finds the demo plan in the list of plans and reads it.
        await page.goto(`${live.server.baseUrl}/massehandteringsplaner`);
        await page.getByRole('heading', { level: 1, name: 'Massehåndteringsplaner' }).waitFor();
        await checkPage(page, problems, viewport, 'liste over planer');
        await Promise.all([
          page.waitForURL(`**/prosjekter/${fornebu.id}/massehandteringsplan`),
          page.getByRole('link', { name: 'Fornebubanen', exact: true }).click(),
        ]);
        await page.getByRole('heading', { level: 1, name: 'Massehåndteringsplan for Fornebubanen' }).waitFor();
        assert.ok((await lines(page).count()) >= 3);
        await page.getByRole('heading', { name: 'Endringshistorikk' }).waitFor();
        await checkPage(page, problems, viewport, 'plan (åpen)');

        const path = `/prosjekter/${target.id}/massehandteringsplan`;
        await logInTo(page, live.server.baseUrl, path, editors[index].account, { open: true });
        await page.getByRole('heading', { level: 2, name: 'Importer fra fil' }).waitFor();
        await checkPage(page, problems, viewport, 'plan (redaktør)');

        // An error in one row: shown by row and column, nothing imported.
        const before = await lines(page).count();
        await page.getByLabel('Eller lim inn CSV-tekst (med overskriftsraden fra malen)').fill(
          `${HEADER}\noverskudd;sprengstein;Fase 1;2027-01-01;2027-12-31;5000;m3;fast;;\nbehov;gullmalm;;2027-01-01;2027-06-30;100;tonn;;;\n`,
        );
        await click(page, 'Importer teksten');
        await page.getByText('Rad 3, Fraksjon: Ukjent fraksjon', { exact: false }).waitFor();
        assert.equal(await lines(page).count(), before, 'ingenting ble importert');
        await checkPage(page, problems, viewport, 'plan med importfeil');

        await page.getByLabel('Eller lim inn CSV-tekst (med overskriftsraden fra malen)').fill(
          `${HEADER}\noverskudd;sprengstein;Fase 1;2027-01-01;2027-12-31;5000;m3;fast;annet prosjekt;Fornebubanen\nbehov;leire;;01.03.2027;30.06.2027;1 250;tonn;;;\n`,
        );
        await click(page, 'Importer teksten');
        await page.getByText('Filen er importert.', { exact: false }).waitFor();
        assert.equal(await lines(page).count(), 2);
        await page.getByRole('cell', { name: '1 250 t' }).first().waitFor();

        // Settings with an error next to nothing saved, then saved.
        await page.getByLabel('Gjenbruksmål (prosent av overskuddet)').fill('150');
        await click(page, 'Lagre innstillingene');
        await page.getByText('Gjenbruksmålet må være et helt tall fra 0 til 100.', { exact: false }).waitFor();
        await checkPage(page, problems, viewport, 'innstillinger med feil');
        await page.getByLabel('Gjenbruksmål (prosent av overskuddet)').fill('75');
        await click(page, 'Lagre innstillingene');
        await page.getByText('Planen er lagret.').waitFor();

        // The lines form.
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Rediger linjene' }).click()]);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await checkPage(page, problems, viewport, 'rediger linjer');
      } finally {
        await context.close();
      }
    });
  });
});
