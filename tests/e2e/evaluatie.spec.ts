import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { listEvaluaties } from '../../electron/main/store/repositories/evaluaties';
import { listLessen } from '../../electron/main/store/repositories/lessen';
import { nu } from '../../shared/klok';
import {
  alsDmj,
  expect,
  expectNoAxeViolations,
  openVoorbeeld,
  opSchijf,
  test,
  verwachtOpgeslagen,
} from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const LES = 'De VOG-aanvraag via de gemeente duurt zes weken; vraag hem aan bij de intake.';

async function naarEvaluatie(page: Page) {
  await page.getByRole('link', { name: /^Evaluatie/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie' })).toBeVisible();
}

/** Waits for the success messages to close (3 s), so a screenshot shows the page, not toasts over it. */
async function meldingenWeg(page: Page) {
  await expect(page.getByRole('button', { name: 'Melding sluiten' })).toHaveCount(0);
}

test.beforeEach(async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await openVoorbeeld(page, appUrl);
});

test('een les vastleggen, een evaluatie maken met conclusies, het FO-pakket exporteren en verzenden', async ({
  page,
  main,
}) => {
  const pad = () => main.session.requireFile().path;
  await naarEvaluatie(page);

  // A lesson for the werkgroep, found back with the search box.
  await page.getByRole('tab', { name: 'Lessen' }).click();
  await page.getByRole('button', { name: 'Les toevoegen' }).click();
  const les = page.getByRole('dialog', { name: 'Les toevoegen' });
  await expect(les.getByText(/Noem geen namen van kandidaten/)).toBeVisible();
  await les.getByRole('button', { name: 'Opslaan' }).click();
  await expect(les.getByText('Vul de les in.')).toBeVisible();
  await les.getByText('Lopen we tegenaan', { exact: true }).click();
  await les.getByRole('textbox', { name: 'Les' }).fill(LES);
  await les.getByRole('button', { name: 'Opslaan' }).click();
  await expect(les).toBeHidden();
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('vog-aanvraag via');
  await expect(page.getByTestId('les')).toHaveCount(1);
  await expect(page.getByTestId('les').getByText(LES)).toBeVisible();
  await expect(page.getByTestId('les').getByText('Lopen we tegenaan')).toBeVisible();
  expect(await opSchijf(pad(), (db) => listLessen(db).find((l) => l.tekst === LES))).toMatchObject({
    soort: 'lopen_we_tegenaan',
    groepId: null,
  });
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('');
  await meldingenWeg(page);
  await page.screenshot({ path: `${SHOTS}16c-lessen.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);

  // An evaluation of this calendar year: the figures are frozen and shown as a table.
  await page.getByRole('tab', { name: 'Evaluaties' }).click();
  await page.getByRole('button', { name: 'Evaluatie maken' }).click();
  const maken = page.getByRole('dialog', { name: 'Evaluatie maken' });
  const jaar = nu().getFullYear();
  await expect(maken.getByLabel('Van')).toHaveValue(alsDmj(`${jaar}-01-01`));
  await expect(maken.getByLabel('Tot en met')).toHaveValue(alsDmj(`${jaar}-12-31`));
  await maken.getByRole('textbox', { name: 'Titel' }).fill(`Evaluatie ${jaar} voor de FO`);
  await maken.getByRole('button', { name: 'Evaluatie maken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Evaluatie ${jaar} voor de FO` })).toBeVisible();
  const indicatoren = page.getByTestId('indicatoren');
  await expect(indicatoren.getByRole('row', { name: /^Kandidaten \d+/ })).toBeVisible();
  await expect(
    indicatoren.getByRole('row', { name: /Besparing op uitkeringen \(schatting\)/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Uitstroom' })).toContainText('betaald werk');
  // SROI per gemeente adds up on screen too: a total row, and the amount no gemeente can be given.
  const perGemeente = page.getByRole('table', { name: 'SROI per gemeente' });
  await expect(perGemeente.getByRole('row', { name: /^Totaal/ })).toBeVisible();
  await expect(page.getByText(/is niet toe te rekenen aan een gemeente/)).toBeVisible();
  await expect(page.getByText(/^Cijfers vastgelegd op/)).toBeVisible();
  await expect(page.getByText(LES)).toBeVisible();

  const conclusies = page.getByRole('textbox', { name: 'Conclusies' });
  await conclusies.fill('Een vaste begeleider per kandidaat werkt; de VOG moet eerder worden aangevraagd.');
  await page
    .getByRole('textbox', { name: 'Voorstellen' })
    .fill('De gemeente vraagt de VOG aan bij de intake.');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  await meldingenWeg(page);
  await page.screenshot({ path: `${SHOTS}16b-evaluatie.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);

  // The FO-pakket: main writes it in the background while the screen shows the progress.
  const pakket = join(main.userData, 'fo-pakket.xlsx');
  main.dialogs.excelSavePath = pakket;
  await page.getByRole('button', { name: 'FO-pakket maken' }).click();
  await verwachtOpgeslagen(page, 'Het FO-pakket is opgeslagen als', pakket);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pakket);
  const bladen = wb.worksheets.map((w) => w.name);
  expect(bladen.length).toBeGreaterThan(2);
  expect(bladen[0]).toMatch(/^Voorblad/);

  // Sent to the FO: from now on the evaluation stays as it went.
  await page.getByRole('button', { name: 'Verzonden naar de FO' }).click();
  const verzenden = page.getByRole('dialog', { name: 'Verzonden naar de FO' });
  await expect(verzenden.getByText(/niet meer worden gewijzigd/)).toBeVisible();
  await verzenden.getByRole('button', { name: 'Verzonden markeren' }).click();
  await expect(verzenden).toBeHidden();
  await expect(page.getByTestId('evaluatie-status')).toHaveText(/^Naar de FO op \d{2}-\d{2}-\d{4}$/);
  await expect(conclusies).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cijfers vernieuwen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
  const opgeslagen = await opSchijf(pad(), (db) =>
    listEvaluaties(db).find((e) => e.titel === `Evaluatie ${jaar} voor de FO`),
  );
  expect(opgeslagen?.status).toBe('verzonden');

  await page.getByRole('link', { name: '← Alle evaluaties' }).click();
  const rij = page.getByTestId('evaluatie-rij').filter({ hasText: `Evaluatie ${jaar} voor de FO` });
  await expect(rij.getByTestId('evaluatie-status')).toHaveText(/^Naar de FO op/);
  await meldingenWeg(page);
  await page.screenshot({ path: `${SHOTS}16a-evaluaties.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);
});
