import type { Locator, Page } from '@playwright/test';
import { getBijeenkomst, listBijeenkomsten } from '../../electron/main/store/repositories/bijeenkomsten';
import { STANDAARD_AGENDA } from '../../shared/domain/standaard-agenda';
import { expect, openVoorbeeld, opSchijf, test, verwachtOpgeslagen } from './fixtures';

/** The new secretary's trial (#21): the small things that were in the way, each checked on screen. */

const SCHERMEN = [
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
] as const;

async function naarBijeenkomsten(page: Page) {
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
}

/** Whether two elements' boxes on screen share any pixel. */
async function overlappen(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) throw new Error('Een element staat niet op het scherm.');
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
});

test('een lege agenda wijst de knop aan, en de standaardagenda zet een getypt punt er niet nog eens bij', async ({
  page,
  main,
}) => {
  await naarBijeenkomsten(page);
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  const punten = page.getByTestId('agendapunt');
  const aantal = await punten.count();
  for (let i = 0; i < aantal; i++) await page.getByRole('button', { name: 'Punt 1 verwijderen' }).click();
  await expect(punten).toHaveCount(0);

  // The hint names the button that fills the agenda, and that button is right there.
  const knop = page.getByRole('button', { name: /^Standaardagenda \(/ });
  const knopNaam = (await knop.textContent()) ?? '';
  await expect(page.getByText(`Klik hieronder op "${knopNaam}"`)).toBeVisible();
  await expect(page.getByText('Volgende bijeenkomst voorbereiden')).toHaveCount(0);

  await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await page.getByRole('textbox', { name: 'Agendapunt 1' }).fill('  rondvraag EN sluiting ');
  await knop.click();
  const standaard = STANDAARD_AGENDA.werkgroep;
  await expect(punten).toHaveCount(standaard.length);
  const titels = await page
    .getByRole('textbox', { name: /^Agendapunt \d+$/ })
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(titels.filter((t) => /rondvraag en sluiting/i.test(t))).toHaveLength(1);
  // Clicking it again adds nothing: every point is there.
  await knop.click();
  await expect(punten).toHaveCount(standaard.length);
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  await expect
    .poll(() =>
      opSchijf(main.session.requireFile().path, (db) => {
        const [b] = listBijeenkomsten(db);
        return b ? getBijeenkomst(db, b.id).agenda.length : -1;
      }),
    )
    .toBe(standaard.length);
});

test('een actie heeft "Uiterlijk" en geen Engels, en "Uit bijeenkomst" past op 1024 pixels', async ({
  page,
}) => {
  await page.setViewportSize(SCHERMEN[1]);
  await naarBijeenkomsten(page);
  await page.getByRole('tab', { name: 'Actielijst' }).click();
  await expect(page.getByRole('columnheader', { name: 'Uiterlijk' })).toBeVisible();
  // An action's meeting is named as everywhere else (kind and date), not by its date alone.
  const herkomst = page.getByRole('link', {
    name: /^(Werkgroep|Startbijeenkomst|Fysieke Overlegtafel) \d\d-\d\d-\d{4}$/,
  });
  await expect(herkomst.first()).toBeVisible();
  // With the longer name the row's own buttons still fit at 1024 pixels.
  const rechts = await page
    .getByRole('table')
    .first()
    .evaluate((t) =>
      Math.max(...[...t.querySelectorAll('td:last-child')].map((c) => c.getBoundingClientRect().right)),
    );
  expect(rechts).toBeLessThanOrEqual(SCHERMEN[1].width);
  await page.screenshot({ path: test.info().outputPath('actielijst-1024.png') });
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await expect(dialoog.getByRole('textbox', { name: 'Uiterlijk', exact: true })).toBeVisible();
  await expect(page.getByText(/deadline/i)).toHaveCount(0);

  const veld = dialoog.getByRole('combobox', { name: 'Uit bijeenkomst' });
  await veld.click();
  const eerste = page.getByRole('option').first();
  const naam = (await eerste.textContent()) ?? '';
  await eerste.click();
  await expect(veld).toHaveValue(naam);
  // The whole name shows: the text is no wider than the field.
  const past = await veld.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(past, `"${naam}" is afgesneden`).toBe(true);
  await page.screenshot({ path: '/tmp/vlot/actie-formulier-1024.png' });
});

test('een exportmelding toont de bestandsnaam en bedekt de kop en het sluitkruisje van een venster niet', async ({
  page,
  main,
}) => {
  const pad = `${main.userData}/planning-export.xlsx`;
  main.dialogs.excelSavePath = pad;
  await page.getByRole('link', { name: /^Planning/ }).click();
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const melding = await verwachtOpgeslagen(page, 'De planning is opgeslagen als', pad);

  // The notice stays (it has buttons); a dialog opened now keeps its close button free.
  await naarBijeenkomsten(page);
  await page.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Bijeenkomst toevoegen' });
  await expect(dialoog).toBeVisible();
  for (const scherm of SCHERMEN) {
    await page.setViewportSize(scherm);
    await expect(melding).toBeVisible();
    expect(await overlappen(melding, page.getByRole('banner')), `kop op ${scherm.width}`).toBe(false);
    expect(
      await overlappen(melding, dialoog.getByRole('button', { name: 'Venster sluiten' })),
      `sluitkruisje op ${scherm.width}`,
    ).toBe(false);
    await page.screenshot({ path: `/tmp/vlot/exportmelding-${scherm.width}.png` });
  }
});
