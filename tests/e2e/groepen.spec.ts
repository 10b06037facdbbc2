import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { listGroepen } from '../../electron/main/store/repositories/groepen';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { tredeBeweging } from '../../renderer/src/features/kandidaten/weergave';
import { expect, expectNoAxeViolations, openVoorbeeld, test, verwachtOpgeslagen, vulDatum } from './fixtures';

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
  await vulDatum(dialog, 'Startdatum', '2025-09-01');
  await vulDatum(dialog, 'Terugkoppeldatum', '2025-12-01');
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
  await expect(
    dialog.getByRole('checkbox', { name: /Belemmeringen en resultaatnotities opnemen/ }),
  ).not.toBeChecked();
  await expect(dialog.getByText('Dit bestand bevat persoonsgegevens')).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /Belemmeringen en resultaatnotities opnemen/ }).check();
  await expect(dialog.getByText('Dit bestand bevat persoonsgegevens')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}05z-kandidaten-export.png` });
  await expectNoAxeViolations(page);
  await dialog.getByRole('checkbox', { name: /Belemmeringen en resultaatnotities opnemen/ }).uncheck();
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await verwachtOpgeslagen(page, 'De kandidaten en trajecten zijn opgeslagen als', pad);

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

/** Adds a candidate to a group through the form, with a wish in the plan and one step; returns the code. */
async function kandidaatInGroep(
  page: import('@playwright/test').Page,
  groep: string,
  wens: string,
  stapSoort: string,
) {
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kandidaat toevoegen' });
  await dialog.getByRole('combobox', { name: 'Gemeente' }).click();
  await page.getByRole('option', { name: 'Tholen' }).click();
  await dialog.getByRole('combobox', { name: 'Uitkering' }).click();
  await page.getByRole('option', { name: 'WW' }).click();
  await dialog.getByRole('combobox', { name: 'Groep' }).click();
  await page.getByRole('option', { name: groep }).click();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  const code = (await page.getByTestId('kandidaat-code').textContent()) ?? '';
  await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
  await page.getByRole('textbox', { name: 'Wensen en dromen' }).fill(wens);
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  await page.getByRole('tab', { name: 'Leerlijn' }).click();
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  const stap = page.getByRole('dialog', { name: 'Stap toevoegen' });
  await stap.getByRole('combobox', { name: 'Soort stap (menukaart)' }).click();
  await page.getByRole('option', { name: stapSoort }).click();
  await stap.getByRole('combobox', { name: 'Organisatie' }).click();
  await page.getByRole('option', { name: 'Stichting Duinroos Begeleiding (fictief)' }).click();
  await vulDatum(stap, 'Werkelijke start', '2026-09-01');
  await stap.getByRole('textbox', { name: 'Uren per week' }).fill('24');
  await stap.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Loopt' }).click();
  await stap.getByRole('button', { name: 'Opslaan' }).click();
  await expect(stap).toBeHidden();
  return code;
}

async function meet(page: import('@playwright/test').Page, datum: string, trede: string) {
  await page.getByRole('button', { name: 'Meting toevoegen' }).click();
  const meting = page.getByRole('dialog', { name: 'Meting toevoegen' });
  await vulDatum(meting, 'Datum', datum);
  await meting.getByRole('combobox', { name: 'Trede' }).click();
  await page.getByRole('option', { name: new RegExp(`^${trede} ·`) }).click();
  await meting.getByRole('button', { name: 'Opslaan' }).click();
  await expect(meting).toBeHidden();
}

test('een nieuwe groep met twee kandidaten: plan, stap, tredeverandering en uitstroom op de groepspagina', async ({
  page,
  main,
}) => {
  const groep = 'Groep 4 – proef';
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Groep toevoegen' });
  await dialog.getByLabel('Naam van de groep').fill(groep);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();

  const eerste = await kandidaatInGroep(page, groep, 'Werken in de keuken', 'Werkervaringsplaats');
  await page.getByRole('tab', { name: 'Participatieladder' }).click();
  await meet(page, '2026-09-01', '2');
  await meet(page, '2026-11-01', '4');
  await expect(page.getByTestId('ladder-beweging')).toHaveText(/Van trede 2 naar trede 4/);

  const tweede = await kandidaatInGroep(page, groep, 'Een diploma halen', 'BBL-plaats');
  await page.getByRole('tab', { name: 'Uitstroom' }).click();
  await page.getByRole('button', { name: 'Uitstroom vastleggen' }).click();
  const uit = page.getByRole('dialog', { name: 'Uitstroom vastleggen' });
  await uit.getByRole('combobox', { name: 'Uitstroom naar' }).click();
  await page.getByRole('option', { name: 'BBL / opleiding' }).click();
  await vulDatum(uit, 'Datum', '2026-11-15');
  await uit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(uit).toBeHidden();

  await page.getByRole('link', { name: /^Groepen/ }).click();
  await page.getByTestId('groep-rij').filter({ hasText: groep }).getByRole('link', { name: groep }).click();
  await expect(page.getByRole('heading', { level: 2, name: groep })).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Kandidaten' });
  await expect(tabel.getByRole('row')).toHaveCount(3);
  const rij1 = tabel.getByRole('row', { name: new RegExp(eerste) });
  await expect(rij1).toContainText('Werkervaringsplaats');
  await expect(rij1).toContainText('Stichting Duinroos Begeleiding (fictief)');
  await expect(rij1).toContainText('2 → 4');
  const rij2 = tabel.getByRole('row', { name: new RegExp(tweede) });
  await expect(rij2).toContainText('BBL-plaats');
  await expect(rij2).toContainText('BBL / opleiding');
  await expect(rij2).toContainText('Uitgestroomd');
  await expectNoAxeViolations(page);

  const { kandidaten } = await opSchijf(main.session.requireFile().path);
  const inGroep = kandidaten.filter((k) => k.groep === groep);
  expect(inGroep.map((k) => [k.code, k.tredeStart, k.tredeNu, k.uitstroom]).sort()).toEqual(
    [
      [eerste, 2, 4, null],
      [tweede, null, null, 'opleiding'],
    ].sort(),
  );
});
