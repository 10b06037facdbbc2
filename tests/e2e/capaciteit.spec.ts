import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { capaciteitsOverzicht } from '../../electron/main/services/capaciteit';
import { listAanbestedingen } from '../../electron/main/store/repositories/aanbestedingen';
import { nu } from '../../shared/klok';
import {
  expect,
  expectNoAxeViolations,
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
let jaar: number;
let ditJaar: { van: string; tot: string };
test.beforeEach(() => {
  jaar = nu().getFullYear();
  ditJaar = { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
});

const bordOpSchijf = (path: string) => opSchijf(path, (db) => capaciteitsOverzicht(db, ditJaar).bord);

async function naarCapaciteit(page: Page) {
  await page.getByRole('link', { name: /^Capaciteit/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Capaciteit' })).toBeVisible();
}

test.beforeEach(async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await openVoorbeeld(page, appUrl);
});

test('een tekort op het bord zien, een stap toewijzen uit het voorstel en het tekort zien verdwijnen', {
  tag: '@datum',
}, async ({ page, main }) => {
  const pad = () => main.session.requireFile().path;
  await naarCapaciteit(page);

  // The example has an unassigned werkervaringsplaats with free places elsewhere: assign it from the proposal.
  const wep = page.getByTestId('optie-werkervaringsplaats');
  await expect(wep.getByTestId('niet-toegewezen')).toHaveText('1');
  await vastleggen(page, { path: `${SHOTS}13a-capaciteitsbord.png`, fullPage: true, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await wep.getByRole('button', { name: /^Voorstel voor/ }).click();
  const voorstel = page.getByRole('dialog', { name: /^Voorstel voor/ });
  await expect(voorstel.getByText('De werkgroep beslist; Tafelwerk stelt alleen voor')).toBeVisible();
  await expect(voorstel.getByRole('row')).not.toHaveCount(1);
  await vastleggen(page, { path: `${SHOTS}13b-capaciteit-voorstel.png`, animations: 'disabled' });
  await expectNoAxeViolations(page);
  const eerste = voorstel.getByRole('button', { name: /^Toewijzen aan / }).first();
  const organisatie = ((await eerste.getAttribute('aria-label')) ?? '').replace('Toewijzen aan ', '');
  await eerste.click();
  await expect(voorstel).toBeHidden();
  await expect(wep.getByTestId('niet-toegewezen')).toHaveText('0');
  const wepOpSchijf = (await bordOpSchijf(pad())).find((o) => o.optieCode === 'werkervaringsplaats');
  expect(wepOpSchijf?.nietToegewezen).toEqual([]);
  expect(wepOpSchijf?.regels.find((r) => r.organisatie === organisatie)?.inGebruik).toBeGreaterThan(0);

  // The BBL step has no free place: a shortage. An extra offer makes room; assigning then places the step.
  const bbl = page.getByTestId('optie-bbl');
  await expect(bbl.getByTestId('tekort')).toHaveText('Tekort: 1');
  // The card's figures are the badge's: no net "free" figure beside them that says otherwise.
  await expect(bbl.getByTestId('totaal-tekort')).toHaveText('1');
  await bbl.getByRole('button', { name: /^Voorstel voor/ }).click();
  await expect(page.getByText('Geen organisatie met een vrije plaats')).toBeVisible();
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();

  await page.getByRole('tab', { name: 'Aanbod' }).click();
  await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
  const aanbod = page.getByRole('dialog', { name: 'Aanbod toevoegen' });
  await aanbod.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('-1');
  await aanbod.getByRole('button', { name: 'Opslaan' }).click();
  await expect(aanbod.getByText('Het aantal plaatsen kan niet negatief zijn.')).toBeVisible();
  await aanbod.getByRole('combobox', { name: 'Organisatie' }).click();
  await page.getByRole('option', { name: 'Zorggroep De Schelpenbank (fictief)' }).click();
  await aanbod.getByRole('combobox', { name: 'Mogelijkheid (menukaart)' }).click();
  await page.getByRole('option', { name: 'BBL-plaats' }).click();
  await aanbod.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('1');
  await vastleggen(page, { path: `${SHOTS}13c-capaciteit-aanbod-toevoegen.png`, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await aanbod.getByRole('button', { name: 'Opslaan' }).click();
  await expect(aanbod).toBeHidden();
  await expect(
    page.getByRole('row', { name: /Zorggroep De Schelpenbank.*BBL-plaats.*1.*Handmatig/ }),
  ).toBeVisible();
  await vastleggen(page, {
    path: `${SHOTS}13d-capaciteit-aanbod.png`,
    fullPage: true,
    animations: 'disabled',
  });
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Capaciteitsbord' }).click();
  await expect(bbl.getByTestId('tekort')).toBeHidden();
  await expect(bbl.getByTestId('totaal-tekort')).toHaveText('0');
  const bblVoorstel = bbl.getByRole('button', { name: /^Voorstel voor/ });
  const bblCode = ((await bblVoorstel.getAttribute('aria-label')) ?? '').replace('Voorstel voor ', '');
  await bblVoorstel.click();
  await page.getByRole('button', { name: 'Toewijzen aan Zorggroep De Schelpenbank (fictief)' }).click();
  await expect(bbl.getByTestId('niet-toegewezen')).toHaveText('0');
  await expect(bbl.getByTestId('in-gebruik')).toHaveText('3');
  const bblOpSchijf = async () => (await bordOpSchijf(pad())).find((o) => o.optieCode === 'bbl');
  expect(await bblOpSchijf()).toMatchObject({ aangeboden: 3, inGebruik: 3, tekort: 0, nietToegewezen: [] });

  // The assignment can be taken back: the notice says what happened, Ctrl+Z undoes it.
  const toegewezen = `De stap van ${bblCode} is toegewezen aan Zorggroep De Schelpenbank (fictief).`;
  await expect(page.getByTestId('ongedaan-melding').filter({ hasText: bblCode })).toHaveText(
    `${toegewezen}Ongedaan maken`,
  );
  await page.keyboard.press('Control+z');
  await expect(
    page.getByText(`De stap van ${bblCode} is niet meer toegewezen aan Zorggroep De Schelpenbank (fictief).`),
  ).toBeVisible();
  await expect(bbl.getByTestId('niet-toegewezen')).toHaveText('1');
  await expect.poll(async () => (await bblOpSchijf())?.nietToegewezen.length).toBe(1);
  expect(await bblOpSchijf()).toMatchObject({ aangeboden: 3, inGebruik: 2 });
});

test('aanbod overnemen uit de inventarisatie en ongedaan maken', async ({ page, main }) => {
  await naarCapaciteit(page);
  await page.getByRole('tab', { name: 'Aanbod' }).click();
  // A number typed over the round's answer: taking the round over again replaces it.
  const naam = /plaatsen van Zorggroep De Schelpenbank \(fictief\) voor Betaalde baan wijzigen/;
  const uitRonde = (await page.getByRole('button', { name: naam }).textContent()) ?? '';
  expect(uitRonde).not.toBe('5');
  await page.getByRole('button', { name: naam }).click();
  const wijzigen = page.getByRole('dialog', { name: 'Aanbod wijzigen' });
  await wijzigen.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('5');
  await wijzigen.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('button', { name: naam })).toHaveText('5');
  const aanbodOpSchijf = () =>
    opSchijf(main.session.requireFile().path, (db) =>
      capaciteitsOverzicht(db, ditJaar)
        .aanbod.filter((a) => a.organisatie.startsWith('Zorggroep De Schelpenbank'))
        .find((a) => a.optieCode === 'betaalde_baan'),
    );
  expect(await aanbodOpSchijf()).toMatchObject({ plaatsen: 5, bron: 'handmatig' });

  await page.getByRole('button', { name: 'Overnemen uit inventarisatie…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Overnemen uit inventarisatie' });
  await expect(dialoog.getByText('telt als 1 plaats')).toBeVisible();
  await dialoog.getByRole('button', { name: 'Overnemen' }).click();
  await expect(dialoog.getByText('Kies een inventarisatieronde.')).toBeVisible();
  await dialoog.getByRole('combobox', { name: 'Inventarisatieronde' }).click();
  await page.getByRole('option').first().click();
  await vastleggen(page, { path: `${SHOTS}13e-capaciteit-overnemen.png`, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await dialoog.getByRole('button', { name: 'Overnemen' }).click();
  await expect(dialoog).toBeHidden();
  const melding = page.getByTestId('ongedaan-melding');
  await expect(melding).toContainText(/overgenomen uit de inventarisatie\./);
  await expect(page.getByRole('button', { name: naam })).toHaveText(uitRonde);
  expect(await aanbodOpSchijf()).toMatchObject({ plaatsen: Number(uitRonde), bron: 'inventarisatie' });

  // Undo puts the typed-in number back, on screen and on disk.
  await melding.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Het aanbod van vóór de overname is teruggezet.')).toBeVisible();
  await expect(page.getByRole('button', { name: naam })).toHaveText('5');
  await expect.poll(aanbodOpSchijf).toMatchObject({ plaatsen: 5, bron: 'handmatig' });

  // An empty number removes the offer.
  await page.getByRole('button', { name: naam }).click();
  await expect(wijzigen.getByText('Leeg maken verwijdert het aanbod.')).toBeVisible();
  await expectNoAxeViolations(page);
  await wijzigen.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('');
  await wijzigen.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Het aanbod is verwijderd.')).toBeVisible();
  await expect(page.getByRole('button', { name: naam })).toHaveCount(0);
});

test('het capaciteitsbord en de aanbestedingskalender exporteren naar Excel', async ({ page, main }) => {
  await naarCapaciteit(page);
  const bord = join(main.userData, 'capaciteit.xlsx');
  main.dialogs.excelSavePath = bord;
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  await verwachtOpgeslagen(page, 'Het capaciteitsbord is opgeslagen als', bord);
  const kalender = join(main.userData, 'kalender.xlsx');
  main.dialogs.excelSavePath = kalender;
  await page.getByRole('tab', { name: 'Aanbestedingskalender' }).click();
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  await verwachtOpgeslagen(page, 'De aanbestedingskalender is opgeslagen als', kalender);
  for (const pad of [bord, kalender]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  }
});

test('een aanbesteding toevoegen, gunnen en het contract onder SROI zien', async ({ page, main }) => {
  await naarCapaciteit(page);
  await page.getByRole('tab', { name: 'Aanbestedingskalender' }).click();
  await expect(page.getByRole('heading', { name: `1e kwartaal ${jaar + 1}` })).toBeVisible();
  await vastleggen(page, {
    path: `${SHOTS}13f-aanbestedingskalender.png`,
    fullPage: true,
    animations: 'disabled',
  });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Aanbesteding toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Aanbesteding toevoegen' });
  await dialoog.getByRole('textbox', { name: 'Verwachte waarde (€)' }).fill('veel');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog.getByText('Vul een bedrag in, bijvoorbeeld 1.250.000.')).toBeVisible();
  await expect(dialoog.getByText('Kies minstens één gemeente als opdrachtgever.')).toBeVisible();
  await dialoog.getByRole('textbox', { name: 'Naam van de aanbesteding' }).fill('Leerlingenvervoer Tholen');
  await dialoog.getByRole('combobox', { name: 'Sector' }).click();
  await page.getByRole('option', { name: 'Vervoer' }).click();
  await dialoog.getByRole('combobox', { name: 'Gemeenten (opdrachtgevers)' }).click();
  await page.getByRole('option', { name: 'Tholen' }).click();
  await dialoog.getByRole('textbox', { name: 'Naam van de aanbesteding' }).click();
  await vulDatum(dialoog, 'Verwachte start', `${jaar + 1}-08-01`);
  await dialoog.getByRole('textbox', { name: 'Verwachte waarde (€)' }).fill('2.000.000');
  await dialoog.getByRole('textbox', { name: 'SROI-percentage (%)' }).fill('4,5');
  await vastleggen(page, { path: `${SHOTS}13g-aanbesteding-toevoegen.png`, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();

  // 4,5 % of € 2.000.000 = € 90.000, in the third quarter.
  const k3 = page.getByRole('table', { name: `Aanbestedingen 3e kwartaal ${jaar + 1}` });
  const rij = k3.getByRole('row', { name: /Leerlingenvervoer Tholen/ });
  await expect(rij).toContainText('€ 90.000');
  await expect(rij).toContainText('Verwacht');
  const opgeslagen = await opSchijf(main.session.requireFile().path, listAanbestedingen);
  expect(opgeslagen.find((a) => a.naam === 'Leerlingenvervoer Tholen')?.verwachteSroiCent).toBe(9_000_000);

  await rij.getByRole('button', { name: 'Leerlingenvervoer Tholen gunnen' }).click();
  const gunnen = page.getByRole('dialog', { name: 'Leerlingenvervoer Tholen gunnen' });
  await gunnen.getByRole('combobox', { name: 'Opdrachtnemer' }).click();
  await page.getByRole('option', { name: 'Thuiszorg Zeeuwse Golf (fictief)' }).click();
  await vulDatum(gunnen, 'Einddatum', `${jaar + 4}-07-31`);
  await vastleggen(page, { path: `${SHOTS}13h-aanbesteding-gunnen.png`, animations: 'disabled' });
  await expectNoAxeViolations(page);
  await gunnen.getByRole('button', { name: 'Gunnen' }).click();
  await expect(gunnen).toBeHidden();
  await expect(
    page.getByText('Contract "Leerlingenvervoer Tholen" is aangemaakt; te zien onder SROI.'),
  ).toBeVisible();
  await expect(rij).toContainText('Gegund');
  await expect(rij.getByRole('link', { name: 'contract onder SROI' })).toBeVisible();
  await vastleggen(page, {
    path: `${SHOTS}13i-aanbesteding-gegund.png`,
    fullPage: true,
    animations: 'disabled',
  });
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /^SROI/ }).click();
  await page.getByRole('tab', { name: 'Contracten' }).click();
  const contract = page.getByRole('row', { name: /Leerlingenvervoer Tholen/ });
  await expect(contract).toContainText('Thuiszorg Zeeuwse Golf (fictief)');
  await expect(contract).toContainText('€ 2.000.000');
  await expect(contract).toContainText('Tholen');
});
