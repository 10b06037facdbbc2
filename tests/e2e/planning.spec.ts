import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getPlanning } from '../../electron/main/store/repositories/planning';
import { plusMaand } from '../../shared/domain/planning';
import { vandaagIso } from '../../shared/format/nl';
import {
  expect,
  expectNoAxeViolations,
  kiesMaand,
  maandTekst,
  nieuweWerkgroep,
  openVoorbeeld,
  opSchijf,
  test,
  vastleggen,
  verwachtOpgeslagen,
  vulDatum,
} from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
// Read in beforeEach, not at load: a fixed-moment project sets the clock when its worker starts,
// after this file is loaded (fixtures.ts).
let nu: string;
test.beforeEach(() => {
  nu = vandaagIso().slice(0, 7);
});
const KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** `2026-12` → `dec 2026`, as the bars say it. */
const kort = (maand: string) => `${KORT[Number(maand.slice(5)) - 1]} ${maand.slice(0, 4)}`;

/** The planning as the saved file holds it, read the way the app reads it. */
const planningOpSchijf = (path: string) => opSchijf(path, getPlanning);

async function naarPlanning(page: Page) {
  await page.getByRole('link', { name: /^Planning/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning' })).toBeVisible();
}

async function activiteitToevoegen(page: Page, titel: string, van: string, tot: string, wachtOp?: string) {
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
  await dialoog.getByRole('combobox', { name: 'Fase' }).click();
  await page.getByRole('option', { name: 'Nazorg' }).click();
  await dialoog.getByRole('textbox', { name: 'Titel' }).fill(titel);
  await dialoog.getByRole('textbox', { name: 'Eigenaar' }).fill('Secretaris');
  await kiesMaand(dialoog, 'Eerste maand', van);
  await kiesMaand(dialoog, 'Laatste maand', tot);
  if (wachtOp) {
    await dialoog.getByRole('combobox', { name: 'Wacht op' }).click();
    await page.getByRole('option', { name: wachtOp }).click();
  }
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
}

test.beforeEach(async ({ page, appUrl }, info) => {
  await mkdir(SHOTS, { recursive: true });
  if (!info.title.includes('lege planning')) await openVoorbeeld(page, appUrl);
});

test('een lege planning beginnen uit het voorbeeld', async ({ page, appUrl, main }) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Proef');
  await naarPlanning(page);
  await expect(page.getByRole('heading', { name: 'Nog geen plan van aanpak' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Startmaand' })).toHaveText(maandTekst(nu));
  await vastleggen(page, { path: `${SHOTS}planning-leeg.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start uit het voorbeeld' }).click();
  await expect(
    page.getByRole('button', { name: `Plan van aanpak opstellen, ${kort(nu)} t/m ${kort(nu)}, Gepland` }),
  ).toBeVisible();
  const p = await planningOpSchijf(main.session.requireFile().path);
  expect(p.fasen.map((f) => f.naam)).toEqual([
    'Voorbereiding',
    'Uitvoering in groepen',
    'Monitoring en evaluatie',
  ]);
  expect(p.bereik?.van).toBe(nu);
});

test('een lege planning beginnen met een eigen eerste fase: de dialoog sluit en de fase staat er één keer', async ({
  page,
  appUrl,
  main,
}) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Eigen Plan');
  await naarPlanning(page);
  await page.getByRole('button', { name: 'Fase toevoegen' }).click();
  const fase = page.getByRole('dialog', { name: 'Fase toevoegen' });
  await fase.getByRole('textbox', { name: 'Naam van de fase' }).fill('Voorbereiding');
  await fase.getByRole('button', { name: 'Opslaan' }).click();
  // The first phase turns the empty page into the Gantt view; the dialog must close with it (a
  // trial saw it stay open and empty, inviting the same phase again).
  await expect(page.getByText('Fase "Voorbereiding" is opgeslagen.')).toBeVisible();
  await expect(fase).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Gantt' })).toBeVisible();
  const p = await planningOpSchijf(main.session.requireFile().path);
  expect(p.fasen.map((f) => f.naam)).toEqual(['Voorbereiding']);
});

test('de planning in de Gantt zien, een fase met activiteiten toevoegen en een balk verslepen', {
  tag: '@datum',
}, async ({ page, main }) => {
  const pad = () => main.session.requireFile().path;
  await naarPlanning(page);
  await expect(page.getByRole('button', { name: /^Groep 1, .* Klaar$/ })).toBeVisible();
  await expect(page.getByTestId('vandaag-lijn')).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Mijlpaal: Evaluatie in de Fysieke Overlegtafel/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Fase toevoegen' }).click();
  const fase = page.getByRole('dialog', { name: 'Fase toevoegen' });
  await fase.getByRole('textbox', { name: 'Naam van de fase' }).fill('Nazorg');
  await fase.getByRole('button', { name: 'Opslaan' }).click();
  await expect(fase).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Nazorg' })).toBeVisible();

  // A last month before the first is refused in the form, in Dutch.
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
  await dialoog.getByRole('textbox', { name: 'Titel' }).fill('Verkeerd om');
  await kiesMaand(dialoog, 'Eerste maand', plusMaand(nu, 2));
  await kiesMaand(dialoog, 'Laatste maand', plusMaand(nu, 1));
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog.getByText('De laatste maand ligt voor de eerste maand.')).toBeVisible();
  // Something was typed, so closing asks first; this time the change goes.
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialoog).toBeHidden();

  await activiteitToevoegen(page, 'Nazorg groep 1', plusMaand(nu, 1), plusMaand(nu, 2));
  await activiteitToevoegen(page, 'Eindverslag', plusMaand(nu, 3), plusMaand(nu, 3), 'Nazorg groep 1');
  const eindverslag = page.getByRole('button', {
    name: `Eindverslag, ${kort(plusMaand(nu, 3))} t/m ${kort(plusMaand(nu, 3))}, Gepland`,
  });
  await expect(eindverslag).toBeVisible();
  await expect(
    page.getByRole('button', {
      name: `Nazorg groep 1, ${kort(plusMaand(nu, 1))} t/m ${kort(plusMaand(nu, 2))}, Gepland`,
    }),
  ).toBeVisible();
  const opgeslagen = (await planningOpSchijf(pad())).fasen.find((f) => f.naam === 'Nazorg');
  const [groep, verslag] = opgeslagen?.activiteiten ?? [];
  expect(groep).toMatchObject({
    titel: 'Nazorg groep 1',
    startMaand: plusMaand(nu, 1),
    eigenaar: 'Secretaris',
  });
  expect(verslag).toMatchObject({ titel: 'Eindverslag', afhankelijkVan: groep?.id });

  await vastleggen(page, { path: `${SHOTS}planning.png`, fullPage: true, animations: 'disabled' });

  // Drag the report one month (one column) to the right: it keeps its length.
  await eindverslag.scrollIntoViewIfNeeded();
  const vak = await eindverslag.boundingBox();
  if (!vak) throw new Error('De balk is niet te zien.');
  const y = vak.y + vak.height / 2;
  await page.mouse.move(vak.x + 10, y);
  await page.mouse.down();
  await page.mouse.move(vak.x + 40, y, { steps: 5 });
  await page.mouse.move(vak.x + 10 + vak.width + 4, y, { steps: 5 });
  await page.mouse.up();
  const later = `Eindverslag, ${kort(plusMaand(nu, 4))} t/m ${kort(plusMaand(nu, 4))}, Gepland`;
  await expect(page.getByRole('button', { name: later })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect
    .poll(async () => {
      const p = await planningOpSchijf(pad());
      const a = p.fasen.flatMap((f) => f.activiteiten).find((x) => x.titel === 'Eindverslag');
      return [a?.startMaand, a?.eindMaand];
    })
    .toEqual([plusMaand(nu, 4), plusMaand(nu, 4)]);

  // Alt+arrow does the same from the keyboard; a click opens the form.
  await page.getByRole('button', { name: later }).press('Alt+ArrowLeft');
  await expect(eindverslag).toBeVisible();
  await eindverslag.click();
  await expect(page.getByRole('dialog', { name: 'Activiteit wijzigen' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();

  await page.getByRole('tab', { name: 'Lijst' }).click();
  const tabel = page.getByRole('table', { name: 'Nazorg' });
  await expect(tabel.getByRole('row', { name: /Nazorg groep 1.*Secretaris.*Gepland/ })).toBeVisible();
  await expect(tabel.getByRole('row', { name: /Eindverslag.*Gepland.*Nazorg groep 1/ })).toBeVisible();
  await vastleggen(page, { path: `${SHOTS}planning-lijst.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);
});

test('een mijlpaal toevoegen en de planning exporteren naar Excel', async ({ page, main }) => {
  await naarPlanning(page);
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Mijlpaal toevoegen' });
  await dialoog.getByRole('textbox', { name: 'Naam van de mijlpaal' }).fill('Tussenrapportage');
  await vulDatum(dialoog, 'Datum', `${plusMaand(nu, 1)}-15`);
  await expectNoAxeViolations(page);
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Mijlpaal: Tussenrapportage, 15-/ })).toBeVisible();

  const bestand = join(main.userData, 'planning.xlsx');
  main.dialogs.excelSavePath = bestand;
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  await verwachtOpgeslagen(page, 'De planning is opgeslagen als', bestand);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bestand);
  expect(wb.worksheets.length).toBeGreaterThan(0);
});
