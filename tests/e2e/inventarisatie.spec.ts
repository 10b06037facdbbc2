import { mkdir, mkdtemp, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import {
  expect,
  expectNoAxeViolations,
  nieuweWerkgroep,
  openVoorbeeld,
  test,
  verwachtOpgeslagen,
  vulDatum,
} from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const ANKERPUNT = 'Het Ankerpunt Dagbesteding (fictief)';
const SCHELDEWERK = 'Werkbedrijf Scheldewerk (fictief)';

/** The row of the "Formulier" sheet whose question text (column A) starts with `begin`. */
function rij(blad: ExcelJS.Worksheet, begin: string): number {
  for (let r = 1; r <= blad.rowCount; r++) {
    const v = blad.getCell(r, 1).value;
    if (typeof v === 'string' && v.trim().startsWith(begin)) return r;
  }
  throw new Error(`Rij "${begin}" niet gevonden`);
}

/** Opens a generated form, lets `invullen` type into its "Formulier" sheet, and saves it as `uit`. */
async function vulFormulier(pad: string, uit: string, invullen: (blad: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  invullen(wb.getWorksheet('Formulier') as ExcelJS.Worksheet);
  await wb.xlsx.writeFile(uit);
  return uit;
}

/** Fills a generated form the way a person types (mixed case, spaces, numbers as text). */
function vulIn(pad: string, uit: string): Promise<string> {
  return vulFormulier(pad, uit, (blad) => {
    blad.getCell(rij(blad, 'Werken er bij u'), 2).value = ' Twee deelnemers aan de dagbesteding ';
    blad.getCell(rij(blad, 'Heeft u bij andere'), 2).value = 'Ja';
    blad.getCell(rij(blad, 'Werkervaringsplaats'), 2).value = 'x';
    blad.getCell(rij(blad, 'Werkervaringsplaats'), 3).value = ' 4 ';
    blad.getCell(rij(blad, 'Aanvullend project'), 2).value = 'JA';
    blad.getCell(rij(blad, 'Wie is bij u'), 2).value = 'R. Anker';
  });
}

async function naarInventarisatie(page: Page) {
  await page.getByRole('link', { name: /^Inventarisatie/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventarisatie' })).toBeVisible();
}

test.beforeEach(async ({ page, appUrl }, info) => {
  await mkdir(SHOTS, { recursive: true });
  if (info.title.startsWith('een nieuwe werkgroep')) return;
  await openVoorbeeld(page, appUrl);
  await naarInventarisatie(page);
});

test('een nieuwe werkgroep zonder rondes legt uit wat een ronde is', async ({ page, appUrl }) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Proef');
  await naarInventarisatie(page);
  await expect(page.getByText('Nog geen inventarisatieronde')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}10h-inventarisatie-leeg.png` });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Eerste ronde starten' }).click();
  await expect(page.getByRole('dialog', { name: 'Nieuwe ronde' })).toBeVisible();
});

test('het voorbeeld: wie nog niet antwoordde, de resultaten en het formulier', async ({ page }) => {
  // A long walk through three tabs and a dialog, each checked with axe.
  test.slow();
  await expect(page.getByRole('combobox', { name: 'Ronde' })).toHaveValue('Inventarisatie voorjaar');
  await expect(page.getByTestId('herinnering')).toHaveText(`Nog geen antwoord van: ${ANKERPUNT}.`);
  const deelnemers = page.getByRole('table', { name: 'Deelnemers' });
  await expect(deelnemers.getByRole('row')).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}10a-inventarisatie-deelnemers.png`, fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Resultaten' }).click();
  await expect(page.getByTestId('respons')).toContainText('75');
  const matrix = page.getByRole('table', { name: 'Aanbod per organisatie' });
  await expect(matrix.getByRole('row', { name: /Schelpenbank/ })).toContainText('4');
  // Werkervaringsplaats: 3 + 2 + 1 places from three organisations.
  await expect(page.getByTestId('plaatsen-werkervaringsplaats')).toHaveText('6');
  await expect(page.getByTestId('organisaties-werkervaringsplaats')).toHaveText('3');
  await expect(page.getByText('J. Verhage')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}10b-inventarisatie-resultaten.png`, fullPage: true });
  await expectNoAxeViolations(page);
  // Only what was already discussed at the FO.
  await page.getByText('Besproken', { exact: true }).click();
  // Header, one organisation, two total rows.
  await expect(matrix.getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('plaatsen-werkervaringsplaats')).toHaveText('3');

  await page.getByRole('tab', { name: 'Formulier' }).click();
  await expect(page.getByText('Welke mogelijkheden van de menukaart kunt u bieden?')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}10c-inventarisatie-formulier.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Vraag toevoegen / bewerken' }).click();
  const editor = page.getByRole('dialog');
  await expect(editor.getByText(/Opslaan maakt een nieuwe versie/)).toBeVisible();
  await editor.getByRole('button', { name: 'Vraag toevoegen aan onderdeel 1' }).click();
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor.getByText('Vul de vraag in.')).toBeVisible();
  await editor
    .getByRole('textbox', { name: 'Vraag 1.6', exact: true })
    .fill('Hoeveel vrijwilligers heeft u?');
  await editor.getByRole('combobox', { name: 'Soort vraag 1.6' }).click();
  await page.getByRole('option', { name: 'Getal' }).click();
  await page.screenshot({ path: `${SHOTS}10d-inventarisatie-formulier-bewerken.png` });
  await expectNoAxeViolations(page);
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Het formulier is opgeslagen als versie 2.')).toBeVisible();
  await expect(page.getByText('Hoeveel vrijwilligers heeft u?')).toBeVisible();
  // The round keeps the version it was sent with.
  await expect(page.getByText('Deze ronde gebruikt versie 1.')).toBeVisible();
});

test('een ronde voor twee organisaties: formulieren maken, één ingevuld inlezen, één in de app invullen', async ({
  page,
  main,
}) => {
  // The whole round trip in one story: round, forms out, one back in, one typed in.
  test.slow();
  await page.getByRole('button', { name: 'Nieuwe ronde' }).click();
  const nieuw = page.getByRole('dialog', { name: 'Nieuwe ronde' });
  await nieuw.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(nieuw.getByText('Kies minstens één organisatie.')).toBeVisible();
  await nieuw.getByRole('textbox', { name: 'Naam van de ronde' }).fill('Inventarisatie najaar');
  await vulDatum(nieuw, 'Antwoord uiterlijk', '2026-10-31');
  await nieuw.getByRole('combobox', { name: 'Organisaties' }).click();
  await expect(page.getByRole('option', { name: /^Gemeente/ })).toHaveCount(0);
  await page.getByRole('option', { name: ANKERPUNT }).click();
  await page.getByRole('option', { name: SCHELDEWERK }).click();
  await nieuw.getByRole('textbox', { name: 'Naam van de ronde' }).click();
  await expect(nieuw.getByRole('combobox', { name: 'Formulier' })).toHaveValue(
    'Inventarisatie SROI bij zorgaanbieders (versie 1)',
  );
  await page.screenshot({ path: `${SHOTS}10e-inventarisatie-nieuwe-ronde.png` });
  await expectNoAxeViolations(page);
  await nieuw.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(nieuw).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Ronde' })).toHaveValue('Inventarisatie najaar');
  await expect(page.getByTestId('herinnering')).toContainText(`${ANKERPUNT}, ${SCHELDEWERK}`);

  // Forms out, into a folder the (fake) dialog picks.
  const map = await mkdtemp(join(main.userData, 'formulieren-'));
  main.dialogs.folder = map;
  await page.getByRole('button', { name: 'Formulieren maken…' }).click();
  await page.getByRole('menuitem', { name: 'Voor alle organisaties in de ronde' }).click();
  await verwachtOpgeslagen(page, '2 formulieren opgeslagen in', map);
  const bestanden = (await readdir(map)).sort();
  expect(bestanden).toEqual([
    'Inventarisatie najaar - Het Ankerpunt Dagbesteding (fictief).xlsx',
    'Inventarisatie najaar - Werkbedrijf Scheldewerk (fictief).xlsx',
  ]);

  // One comes back filled in, beside a file that is not a form at all.
  const ingevuld = await vulIn(
    join(map, bestanden[0] as string),
    join(main.userData, 'ankerpunt-terug.xlsx'),
  );
  const vreemd = new ExcelJS.Workbook();
  vreemd.addWorksheet('Blad1').getCell('A1').value = 'Boodschappenlijst';
  const vreemdPad = join(main.userData, 'boodschappen.xlsx');
  await vreemd.xlsx.writeFile(vreemdPad);
  main.dialogs.excelOpenPaths = [ingevuld, vreemdPad];
  await page.getByRole('button', { name: 'Ingevulde formulieren inlezen…' }).click();
  const inlezen = page.getByRole('dialog', { name: 'Ingevulde formulieren inlezen' });
  const voorbeeld = inlezen.getByRole('table', { name: 'Gekozen formulieren' });
  await expect(voorbeeld.getByRole('row', { name: /^ankerpunt-terug/ })).toContainText('nieuw');
  await expect(voorbeeld.getByRole('row', { name: /^boodschappen/ })).toContainText('geweigerd');
  await expect(inlezen.getByText('1 formulier kan worden ingelezen')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}10f-inventarisatie-inlezen.png` });
  await expectNoAxeViolations(page);
  await inlezen.getByRole('button', { name: 'Inlezen' }).click();
  await expect(inlezen).toBeHidden();
  await expect(page.getByText('1 formulier ingelezen.')).toBeVisible();
  await expect(page.getByTestId('herinnering')).toHaveText(`Nog geen antwoord van: ${SCHELDEWERK}.`);

  await page.getByRole('tab', { name: 'Resultaten' }).click();
  const matrix = page.getByRole('table', { name: 'Aanbod per organisatie' });
  const ankerpunt = matrix.getByRole('row', { name: /Ankerpunt/ });
  await expect(ankerpunt).toContainText('4');
  await expect(ankerpunt).toContainText('aangeboden, aantal onbekend');
  await expect(page.getByText('Twee deelnemers aan de dagbesteding')).toBeVisible();

  // The other answers by phone: typed into the form the app renders from the template.
  await page.getByRole('tab', { name: 'Deelnemers' }).click();
  await page.getByRole('button', { name: `Antwoorden invullen voor ${SCHELDEWERK}` }).click();
  const antwoorden = page.getByRole('dialog', { name: `Antwoorden van ${SCHELDEWERK}` });
  await antwoorden.getByRole('textbox', { name: 'Intake en screening: plaatsen' }).fill('2');
  await antwoorden.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(antwoorden.getByText('Deze vraag is verplicht.')).toBeVisible();
  await antwoorden.getByRole('textbox', { name: /aanspreekpunt voor SROI/ }).fill('T. Schelde');
  // SegmentedControl hides its radio inputs behind their labels; click the label as a user does.
  await antwoorden.getByText('Nee', { exact: true }).click();
  await expect(antwoorden.getByRole('radio', { name: 'Nee' })).toBeChecked();
  await antwoorden.getByRole('checkbox', { name: 'Betaalde baan: aangeboden' }).check();
  await page.screenshot({ path: `${SHOTS}10g-inventarisatie-antwoorden.png` });
  await expectNoAxeViolations(page);
  await antwoorden.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await expect(antwoorden).toBeHidden();
  await expect(page.getByTestId('herinnering')).toHaveText('Alle organisaties hebben geantwoord.');

  await page.getByRole('tab', { name: 'Resultaten' }).click();
  await expect(page.getByTestId('respons')).toContainText('100');
  await expect(matrix.getByRole('row', { name: /Scheldewerk/ })).toContainText('2');
  await expect(page.getByTestId('plaatsen-intake')).toHaveText('2');
  await expect(page.getByTestId('plaatsen-werkervaringsplaats')).toHaveText('4');

  // Discussed at the FO.
  await page.getByRole('tab', { name: 'Deelnemers' }).click();
  await page.getByRole('combobox', { name: `Status van ${ANKERPUNT}` }).click();
  await page.getByRole('option', { name: 'Besproken' }).click();
  await expect(
    page.getByRole('table', { name: 'Deelnemers' }).getByRole('row', { name: /Ankerpunt/ }),
  ).toContainText('Besproken');
});

test('een teruggestuurd formulier met fouten: elk probleem staat in het voorbeeld, met cel en vraag', async ({
  page,
  main,
}) => {
  const map = await mkdtemp(join(main.userData, 'formulieren-'));
  main.dialogs.folder = map;
  await page.getByRole('button', { name: 'Formulieren maken…' }).click();
  await page.getByRole('menuitem', { name: 'Alleen voor wie nog niet heeft geantwoord' }).click();
  await verwachtOpgeslagen(page, '1 formulier opgeslagen in', map);
  const [naam] = await readdir(map);
  const leeg = join(map, naam as string);
  // One form typed loosely but clearly ("Ja.", "ja!"), one with four things wrong at once.
  const goed = await vulFormulier(leeg, join(main.userData, 'ankerpunt-goed.xlsx'), (blad) => {
    blad.getCell(rij(blad, 'Heeft u bij andere'), 2).value = 'Ja.';
    blad.getCell(rij(blad, 'Werkervaringsplaats'), 2).value = 'ja!';
    blad.getCell(rij(blad, 'Wie is bij u'), 2).value = 'R. Anker';
  });
  const cellen: Record<string, string> = {};
  const fout = await vulFormulier(leeg, join(main.userData, 'ankerpunt-fout.xlsx'), (blad) => {
    const zet = (begin: string, kolom: 2 | 3, waarde: ExcelJS.CellValue) => {
      const cel = blad.getCell(rij(blad, begin), kolom);
      cel.value = waarde;
      cellen[`${begin}/${kolom}`] = cel.address;
    };
    zet('Heeft u bij andere', 2, 'misschien');
    zet('Werkervaringsplaats', 2, 'nee');
    zet('Werkervaringsplaats', 3, 3);
    zet('BBL-plaats', 3, 'veel');
    zet('Wie is bij u', 2, null);
  });
  main.dialogs.excelOpenPaths = [goed, fout];
  await page.getByRole('button', { name: 'Ingevulde formulieren inlezen…' }).click();
  const inlezen = page.getByRole('dialog', { name: 'Ingevulde formulieren inlezen' });
  const voorbeeld = inlezen.getByRole('table', { name: 'Gekozen formulieren' });
  await expect(voorbeeld.getByRole('row', { name: /^ankerpunt-goed/ })).toContainText('nieuw');
  await expect(voorbeeld.getByRole('row', { name: /^ankerpunt-fout/ })).toContainText('geweigerd');
  const problemen = inlezen.getByRole('table', { name: 'Problemen in ankerpunt-fout.xlsx' });
  const aanbod = 'Welke mogelijkheden van de menukaart kunt u bieden?';
  const verwacht = [
    [
      cellen['Heeft u bij andere/2'],
      'Heeft u bij andere opdrachtgevers een SROI-verplichting?',
      '"misschien" is geen ja of nee.',
    ],
    [cellen['Werkervaringsplaats/2'], aanbod, 'Werkervaringsplaats: hier staat "nee" maar ook 3 plaatsen.'],
    [cellen['BBL-plaats/3'], aanbod, 'BBL-plaats: "veel" is geen geheel aantal plaatsen.'],
    [cellen['Wie is bij u/2'], 'Wie is bij u het aanspreekpunt voor SROI?', 'Deze vraag is verplicht'],
  ];
  const rijen = problemen.locator('tbody tr');
  await expect(rijen).toHaveCount(verwacht.length);
  for (const [i, [cel, vraag, melding]] of verwacht.entries()) {
    const cellenVanRij = rijen.nth(i).getByRole('cell');
    await expect(cellenVanRij.nth(0)).toHaveText(cel as string);
    await expect(cellenVanRij.nth(1)).toHaveText(vraag as string);
    await expect(cellenVanRij.nth(2)).toContainText(melding as string);
  }
  await expect(inlezen.getByText('4 punten om aan te passen:')).toBeVisible();
  for (const [breed, hoog] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breed, height: hoog });
    await page.screenshot({ path: `${SHOTS}10i-inventarisatie-problemen-${breed}.png` });
  }
  await expectNoAxeViolations(page);
  // Only the good form is read in; the refused one stores nothing.
  await inlezen.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByText('1 formulier ingelezen.')).toBeVisible();
});

test('de resultaten exporteren naar Excel', async ({ page, main }) => {
  const pad = join(main.userData, 'resultaten.xlsx');
  main.dialogs.excelSavePath = pad;
  await page.getByRole('button', { name: 'Resultaten exporteren…' }).click();
  await verwachtOpgeslagen(page, 'De resultaten zijn opgeslagen als', pad);
  expect((await stat(pad)).size).toBeGreaterThan(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  expect(wb.worksheets.length).toBeGreaterThan(1);
});
