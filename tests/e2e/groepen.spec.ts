import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { listGroepen } from '../../electron/main/store/repositories/groepen';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { tredeBeweging } from '../../renderer/src/features/kandidaten/weergave';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** What is on disk now, read the way main reads it (with names, to look for them). */
async function opSchijf(path: string) {
  const { db } = await readSnapshot(path);
  try {
    const groepen = listGroepen(db);
    const kandidaten = listKandidaten(db, { metNamen: true });
    return { groepen, kandidaten };
  } finally {
    db.close();
  }
}

test.beforeEach(async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Groepen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
});

test('een groep toevoegen en in de lijst zien', async ({ page }) => {
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Groep toevoegen' });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByLabel('Naam van de groep')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Naam van de groep').fill('Groep 3 – najaar');
  await dialog.getByLabel('Startdatum').fill('2025-09-01');
  await dialog.getByLabel('Terugkoppeldatum').fill('2025-12-01');
  await dialog.getByRole('combobox', { name: 'Deelnemende organisaties' }).click();
  await page.getByRole('option').first().click();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}06c-groep-formulier.png` });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Groep "Groep 3 – najaar" is opgeslagen.')).toBeVisible();
  await expect(dialog).toBeHidden();
  const rij = page.getByTestId('groep-rij').filter({ hasText: 'Groep 3 – najaar' });
  await expect(rij).toContainText('01-09-2025');
  await expect(rij).toContainText('01-12-2025');
  await expect(page.getByTestId('groep-rij')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}06a-groepen-lijst.png`, fullPage: true });
});

test('de groepspagina toont van iedereen de huidige stap en trede', async ({ page, main }) => {
  const { groepen, kandidaten } = await opSchijf(main.session.requireFile().path);
  const groep = groepen[0];
  if (!groep) throw new Error('Het voorbeeld heeft geen groepen.');
  const leden = kandidaten.filter((k) => k.groepId === groep.id);
  expect(leden.length).toBeGreaterThanOrEqual(5);

  await page.getByRole('link', { name: groep.naam }).click();
  await expect(page.getByRole('heading', { level: 2, name: groep.naam })).toBeVisible();
  for (const o of groep.organisaties) await expect(page.getByRole('listitem').getByText(o)).toBeVisible();
  const rijen = page.getByTestId('kandidaat-rij');
  await expect(rijen).toHaveCount(leden.length);
  for (const k of leden) {
    const rij = rijen.filter({ hasText: k.code });
    if (k.huidigeStap) await expect(rij).toContainText(k.huidigeStap);
    if (k.huidigeStapOrganisatie) await expect(rij).toContainText(k.huidigeStapOrganisatie);
    await expect(rij).toContainText(tredeBeweging(k.tredeStart, k.tredeNu));
    // Privacy first: names only after the switch.
    if (k.naam) await expect(page.getByText(k.naam)).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}06b-groep-pagina.png`, fullPage: true });

  const metNaam = leden.find((k) => k.naam);
  await page.getByRole('switch', { name: 'Namen tonen' }).check();
  if (metNaam?.naam) await expect(rijen.filter({ hasText: metNaam.code })).toContainText(metNaam.naam);

  await page.getByRole('button', { name: 'Groep bewerken' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Groep bewerken' }).getByLabel('Naam van de groep'),
  ).toHaveValue(groep.naam);
  await page.keyboard.press('Escape');

  await rijen.filter({ hasText: leden[0]?.code ?? '' }).click();
  await expect(page).toHaveURL(new RegExp(`#/kandidaten/${leden[0]?.id}$`));
});

test('de export van kandidaten bevat standaard geen namen', async ({ page, main }) => {
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  const pad = join(main.userData, 'kandidaten.xlsx');
  main.dialogs.excelSavePath = pad;
  await page.getByRole('button', { name: 'Excel' }).click();
  await page.getByRole('menuitem', { name: 'Kandidaten en trajecten exporteren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kandidaten en trajecten exporteren' });
  await expect(dialog.getByRole('checkbox', { name: 'Namen opnemen' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Belemmeringen opnemen/ })).not.toBeChecked();
  await expect(dialog.getByText('Dit bestand bevat persoonsgegevens')).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /Belemmeringen opnemen/ }).check();
  await expect(dialog.getByText('Dit bestand bevat persoonsgegevens')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}05z-kandidaten-export.png` });
  await expectNoAxeViolations(page);
  await dialog.getByRole('checkbox', { name: /Belemmeringen opnemen/ }).uncheck();
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(`De kandidaten en trajecten zijn opgeslagen als ${pad}.`)).toBeVisible();

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const tekst = wb.worksheets
    .flatMap((ws) => ws.getSheetValues().flatMap((rij) => (Array.isArray(rij) ? rij : [])))
    .map((cel) => (cel === null || cel === undefined ? '' : JSON.stringify(cel)))
    .join('\n');
  const { kandidaten } = await opSchijf(main.session.requireFile().path);
  const namen = kandidaten.flatMap((k) => (k.naam ? [k.naam] : []));
  expect(namen.length).toBeGreaterThan(0);
  for (const k of kandidaten) expect(tekst).toContain(k.code);
  for (const naam of namen) expect(tekst, `naam ${naam} staat in de export`).not.toContain(naam);
});
