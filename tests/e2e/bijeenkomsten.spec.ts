import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  listActies,
  listBesluiten,
  listBijeenkomsten,
} from '../../electron/main/store/repositories/bijeenkomsten';
import {
  expect,
  expectNoAxeViolations,
  opBeideSchermen,
  openVoorbeeld,
  opSchijf,
  test,
  vastleggen,
  verwachtOpgeslagen,
  vulDatum,
} from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

async function naarBijeenkomsten(page: Page) {
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
}

test.beforeEach(async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await openVoorbeeld(page, appUrl);
});

test('een bijeenkomst houden met een besluit en een actie, en de volgende voorbereiden met die open actie', {
  tag: '@datum',
}, async ({ page, main }) => {
  const pad = () => main.session.requireFile().path;
  await naarBijeenkomsten(page);
  await expect(page.getByTestId('bijeenkomst-rij')).toHaveCount(3);
  await vastleggen(page, { path: `${SHOTS}14a-bijeenkomsten.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);

  // Hold the most recent meeting: a decision and an action.
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Werkgroep / })).toBeVisible();
  await expect(page.getByTestId('agendapunt')).toHaveCount(5);
  await page
    .getByRole('textbox', { name: 'Aantekeningen bij punt 1' })
    .fill('Welkom aan de nieuwe secretaris.');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);

  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await page.getByRole('textbox', { name: 'Nieuw besluit' }).fill('Groep 2 start met vier kandidaten.');
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByRole('row', { name: /^4 Groep 2 start met vier kandidaten\./ })).toBeVisible();

  await page.getByRole('tab', { name: /^Acties/ }).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const actie = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await actie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actie.getByText('Vul de omschrijving in.')).toBeVisible();
  await actie.getByRole('textbox', { name: 'Actie' }).fill('Vervoer regelen voor groep 2');
  await actie.getByRole('textbox', { name: 'Eigenaar' }).fill('Werkbedrijf');
  await vulDatum(actie, 'Uiterlijk', '2020-01-31');
  await actie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actie).toBeHidden();
  const rij = page.getByTestId('actie-rij').filter({ hasText: 'Vervoer regelen voor groep 2' });
  await expect(rij).toHaveAttribute('data-verlopen', 'true');
  await expect(rij.getByText('Verlopen')).toBeVisible();
  await vastleggen(page, { path: `${SHOTS}14b-bijeenkomst.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);

  expect(await opSchijf(pad(), (db) => listBesluiten(db).map((b) => b.nummer))).toEqual([1, 2, 3, 4]);
  expect(
    await opSchijf(pad(), (db) =>
      listActies(db).find((a) => a.omschrijving === 'Vervoer regelen voor groep 2'),
    ),
  ).toMatchObject({ eigenaar: 'Werkbedrijf', deadline: '2020-01-31', status: 'open' });

  // The pieces for this meeting as Excel.
  const stukken = join(main.userData, 'vergaderstukken.xlsx');
  main.dialogs.excelSavePath = stukken;
  await page.getByRole('button', { name: 'Vergaderstukken exporteren' }).click();
  await page.getByRole('menuitem', { name: /^Als Excel-werkmap/ }).click();
  await verwachtOpgeslagen(page, 'De vergaderstukken zijn opgeslagen als', stukken);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(stukken);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Agenda', 'Actielijst', 'Besluitenlijst']);
  expect(wb.getWorksheet('Agenda')?.getCell('C5').value).toBe('Welkom aan de nieuwe secretaris.');
  expect(wb.getWorksheet('Actielijst')?.getCell('A5').value).toBe('Vervoer regelen voor groep 2');

  // Prepare the next meeting: the open action is on the proposed agenda.
  await naarBijeenkomsten(page);
  await page.getByRole('button', { name: 'Volgende bijeenkomst voorbereiden' }).click();
  const voorbereiden = page.getByRole('dialog', { name: 'Volgende bijeenkomst voorbereiden' });
  const acties = voorbereiden.getByTestId('voorgesteld-punt').filter({ hasText: 'actielijst' });
  await expect(acties.getByRole('textbox', { name: /^Titel van punt/ })).toHaveValue(
    /^Actielijst: 3 open acties/,
  );
  await expect(acties.getByRole('textbox', { name: /^Toelichting bij punt/ })).toHaveValue(
    /VERLOPEN: Vervoer regelen voor groep 2 \(Werkbedrijf\), uiterlijk 31-01-2020/,
  );
  await vastleggen(page, { path: `${SHOTS}14c-voorbereiden.png`, animations: 'disabled' });
  await expectNoAxeViolations(page);
  // Leave out the closing item; accept the rest.
  const slot = voorbereiden.getByTestId('voorgesteld-punt').last();
  await expect(slot.getByRole('textbox')).toHaveValue('Rondvraag en sluiting');
  await slot.getByRole('checkbox').uncheck();
  const aantal = await voorbereiden
    .getByTestId('voorgesteld-punt')
    .getByRole('checkbox', { checked: true })
    .count();
  await voorbereiden.getByRole('button', { name: 'Bijeenkomst aanmaken met deze agenda' }).click();
  await expect(voorbereiden).toBeHidden();
  await expect(page.getByTestId('agendapunt')).toHaveCount(aantal);
  await expect(page.getByRole('textbox', { name: 'Agendapunt 1' })).toHaveValue('Opening en mededelingen');
  await expect(page.getByRole('textbox', { name: 'Agendapunt 3' })).toHaveValue(/^Actielijst: 3 open acties/);

  const nieuw = await opSchijf(pad(), (db) => listBijeenkomsten(db));
  expect(nieuw).toHaveLength(4);
  expect(nieuw[0]?.aantalAgendapunten).toBe(aantal);

  // The actielijst shows the overdue action first and in red.
  await naarBijeenkomsten(page);
  await page.getByRole('tab', { name: 'Actielijst' }).click();
  await expect(page.getByTestId('actie-rij').first()).toHaveAttribute('data-verlopen', 'true');
  await vastleggen(page, { path: `${SHOTS}14d-actielijst.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Vervoer regelen voor groep 2: klaar' }).click();
  await expect(
    page.getByTestId('actie-rij').filter({ hasText: 'Vervoer regelen voor groep 2' }),
  ).toBeHidden();

  await page.getByRole('tab', { name: 'Besluitenlijst' }).click();
  await expect(page.getByRole('table', { name: 'Besluitenlijst' }).getByRole('row')).toHaveCount(5);
});

test('de vergaderstukken als Word-document, en daarna het bestand of de map openen', async ({
  page,
  main,
}) => {
  await naarBijeenkomsten(page);
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Werkgroep / })).toBeVisible();

  const stukken = join(main.userData, 'stukken.docx');
  main.dialogs.excelSavePath = stukken;
  await page.getByRole('button', { name: 'Vergaderstukken exporteren' }).click();
  const word = page.getByRole('menuitem', { name: 'Als Word-document (.docx)…' });
  await expect(word).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Als Excel-werkmap (.xlsx)…' })).toBeVisible();
  await opBeideSchermen(page, 'menu');
  await expectNoAxeViolations(page);
  await word.click();

  const melding = await verwachtOpgeslagen(page, 'De vergaderstukken zijn opgeslagen als', stukken);
  const zip = await JSZip.loadAsync(await readFile(stukken));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toContain('Opening en mededelingen');
  await opBeideSchermen(page, 'melding');
  await expectNoAxeViolations(page);

  // The page asks main to open "the last export"; main opens the file it just wrote, nothing else.
  await melding.getByRole('button', { name: 'Bestand openen' }).click();
  await melding.getByRole('button', { name: 'Map openen' }).click();
  await expect
    .poll(() => main.geopend)
    .toEqual([
      { wat: 'bestand', pad: stukken },
      { wat: 'map', pad: stukken },
    ]);
});
