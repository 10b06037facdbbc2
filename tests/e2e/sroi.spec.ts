import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { formatBedrag } from '../../shared/format/nl';
import { nu } from '../../shared/klok';
import { expect, expectNoAxeViolations, openVoorbeeld, test, verwachtOpgeslagen, vulDatum } from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const euro = (cent: number) => formatBedrag(cent).replace(/,00$/, '');
const jaar = nu().getFullYear();

async function overzichtOpSchijf(path: string) {
  const { db } = await readSnapshot(path);
  try {
    return sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`);
  } finally {
    db.close();
  }
}

test.beforeEach(async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await openVoorbeeld(page, appUrl);
});

test('het overzicht toont verplichting en realisatie per aanbieder en per gemeente', async ({
  page,
  main,
}) => {
  await page.getByRole('link', { name: /^SROI/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SROI' })).toBeVisible();
  const verwacht = await overzichtOpSchijf(main.session.requireFile().path);
  expect(verwacht.totaalCent).toBeGreaterThan(0);
  await expect(page.getByTestId('totaal-nemer')).toHaveText(euro(verwacht.totaalCent));
  await expect(page.getByTestId('totaal-gemeente')).toHaveText(euro(verwacht.totaalCent));
  await expect(page.getByTestId('gerealiseerd-nemer')).toHaveText(euro(verwacht.gerealiseerdCent));
  await expect(page.getByText('gebundeld').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}08a-sroi-overzicht.png`, fullPage: true });
  await expectNoAxeViolations(page);

  // Sorting on "Gerealiseerd" descending puts the provider with the most realised first.
  const perAanbieder = page.getByRole('table', { name: 'Per aanbieder' });
  await perAanbieder.getByRole('button', { name: 'Sorteer op gerealiseerd' }).click();
  await perAanbieder.getByRole('button', { name: 'Sorteer op gerealiseerd' }).click();
  const meeste = [...verwacht.perOpdrachtnemer].sort((a, b) => b.gerealiseerdCent - a.gerealiseerdCent)[0];
  await expect(perAanbieder.getByRole('row').nth(1)).toContainText(meeste?.naam ?? '');

  await page.getByRole('combobox', { name: 'Jaar' }).click();
  await page.getByRole('option', { name: String(jaar + 2) }).click();
  await expect(
    page.getByText(`Er lopen in ${jaar + 2} geen contracten met een SROI-verplichting`),
  ).toBeVisible();
});

test('een aanbieder en een contract toevoegen en de verplichting in het overzicht zien', async ({
  page,
  main,
}) => {
  await page.getByRole('link', { name: /^Organisaties/ }).click();
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const org = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
  await org.getByRole('textbox', { name: 'Naam' }).fill('Zorgboerderij De Kreek (fictief)');
  await org.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Zorgaanbieder' }).click();
  await org.getByRole('button', { name: 'Opslaan' }).click();
  await expect(org).toBeHidden();

  await page.getByRole('link', { name: /^SROI/ }).click();
  await page.getByRole('tab', { name: 'Contracten' }).click();
  await page.getByRole('button', { name: 'Contract toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contract toevoegen' });
  // Bad input is refused at the form, in Dutch.
  await dialog.getByRole('textbox', { name: 'Contractwaarde (€)' }).fill('-5');
  await dialog.getByRole('textbox', { name: 'SROI-percentage (%)' }).fill('120');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul de naam van het contract in.')).toBeVisible();
  await expect(dialog.getByText('De contractwaarde kan niet negatief zijn.')).toBeVisible();
  await expect(dialog.getByText('Het SROI-percentage kan niet boven 100 % liggen.')).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByRole('textbox', { name: 'Naam van het contract' }).fill('Dagbesteding Kreek');
  await dialog.getByRole('combobox', { name: 'Opdrachtnemer' }).click();
  await page.getByRole('option', { name: 'Zorgboerderij De Kreek (fictief)' }).click();
  await dialog.getByRole('combobox', { name: 'Opdrachtgevers' }).click();
  await page.getByRole('option', { name: 'Goes' }).click();
  await page.getByRole('option', { name: 'Tholen' }).click();
  await dialog.getByRole('textbox', { name: 'Naam van het contract' }).click();
  await dialog.getByRole('textbox', { name: 'Aandeel Goes' }).fill('300.000');
  await dialog.getByRole('textbox', { name: 'Aandeel Tholen' }).fill('100.000');
  await vulDatum(dialog, 'Startdatum', `${jaar}-01-01`);
  await vulDatum(dialog, 'Einddatum', `${jaar}-12-31`);
  await dialog.getByRole('textbox', { name: 'Contractwaarde (€)' }).fill('400.000');
  await dialog.getByRole('textbox', { name: 'SROI-percentage (%)' }).fill('5');
  await page.screenshot({ path: `${SHOTS}08c-contract-toevoegen.png` });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dagbesteding Kreek bewerken' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}08b-sroi-contracten.png`, fullPage: true });

  // 5 % of € 400.000 = € 20.000, split 3:1 over Goes and Tholen.
  await page.getByRole('tab', { name: 'Overzicht' }).click();
  const rij = page.getByRole('table', { name: 'Per aanbieder' }).getByRole('row', { name: /De Kreek/ });
  await expect(rij).toContainText('€ 20.000');
  const opSchijf = await overzichtOpSchijf(main.session.requireFile().path);
  expect(opSchijf.perOpdrachtnemer.find((r) => r.naam.includes('De Kreek'))?.verplichtingCent).toBe(
    2_000_000,
  );
});

test('een realisatie vastleggen telt mee als gerealiseerd, gewaardeerd met de huidige tabel', async ({
  page,
  main,
}) => {
  await page.getByRole('link', { name: /^SROI/ }).click();
  const voor = await overzichtOpSchijf(main.session.requireFile().path);
  await page.getByRole('tab', { name: 'Realisaties' }).click();
  await page.getByRole('button', { name: 'Realisatie vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Realisatie vastleggen' });
  await dialog.getByRole('combobox', { name: 'Aanbieder' }).click();
  await page.getByRole('option', { name: 'Stichting Duinroos Begeleiding (fictief)' }).click();
  await dialog.getByRole('combobox', { name: 'Wat is er geleverd (menukaart)' }).click();
  await page.getByRole('option', { name: 'Intake en screening' }).click();
  await dialog.getByRole('textbox', { name: 'Omschrijving' }).fill('Intakes groep 3');
  await dialog.getByRole('textbox', { name: 'Aantal uren' }).fill('-3');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Het aantal uren kan niet negatief zijn.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Aantal uren' }).fill('12');
  await vulDatum(dialog, 'Datum', `${jaar}-03-02`);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  // The example's current table pays € 100 per hour: 12 hours → € 1.200.
  const rij = page.getByRole('row', { name: /Intakes groep 3/ });
  await expect(rij).toContainText('€ 1.200');
  await expect(rij).toContainText('Werkgroep SROI Oosterschelderegio (versie 1)');
  await page.screenshot({ path: `${SHOTS}08d-sroi-realisaties.png`, fullPage: true });
  const na = await overzichtOpSchijf(main.session.requireFile().path);
  expect(na.gerealiseerdCent - voor.gerealiseerdCent).toBe(120_000);
});

test('waardering: een nieuwe tabelversie laat eerdere realisaties ongemoeid', async ({ page, main }) => {
  await page.getByRole('link', { name: /^SROI/ }).click();
  await page.getByRole('tab', { name: 'Waardering en menukaart' }).click();
  await expect(page.getByRole('heading', { name: 'Menukaart' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}08e-sroi-waardering.png`, fullPage: true });
  await expectNoAxeViolations(page);
  const voor = await overzichtOpSchijf(main.session.requireFile().path);

  await page.getByRole('button', { name: 'Tabel aanpassen' }).click();
  const dialog = page.getByRole('dialog');
  await expectNoAxeViolations(page);
  await dialog.getByRole('textbox', { name: /Uurtarief/ }).fill('80');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/versie 2/).first()).toBeVisible();
  const na = await overzichtOpSchijf(main.session.requireFile().path);
  expect(na.gerealiseerdCent).toBe(voor.gerealiseerdCent);
});

test('het SROI-overzicht exporteren naar Excel', async ({ page, main }) => {
  await page.getByRole('link', { name: /^SROI/ }).click();
  const pad = join(main.userData, 'sroi.xlsx');
  main.dialogs.excelSavePath = pad;
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  await verwachtOpgeslagen(page, 'Het SROI-overzicht is opgeslagen als', pad);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    'Per aanbieder',
    'Per gemeente',
    'Contracten',
    'Realisaties',
  ]);
  const verwacht = await overzichtOpSchijf(main.session.requireFile().path);
  const blad = wb.getWorksheet('Per aanbieder');
  const totaal = blad?.getRows(1, blad.rowCount)?.find((r) => r.getCell(1).value === 'Totaal');
  const som = totaal?.getCell(4).value as { result: number };
  expect(Math.round(som.result * 100)).toBe(verwacht.totaalCent);
});
