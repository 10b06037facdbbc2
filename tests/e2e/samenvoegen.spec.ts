import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../electron/main/store/database';
import { nieuweSleutel } from '../../electron/main/store/versleuteling';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { expect, expectNoAxeViolations, opBeideSchermen, openVoorbeeld, opSchijf, test } from './fixtures';

const ORGANISATIE = 'Zorggroep De Schelpenbank (fictief)';
/**
 * A colleague's copy of the open file, changed on "their laptop" (another writer); sealed with the
 * app's own protection code when a passphrase is given.
 */
async function kopieVanCollega(pad: string, kopie: string, werk: (db: Db) => void, wachtwoord?: string) {
  await copyFile(pad, kopie);
  const { file } = await WerkgroepFile.open(kopie, {});
  await file.write(werk);
  if (wachtwoord)
    await file.zetSleutel((await nieuweSleutel(wachtwoord, { N: 2 ** 12, r: 8, p: 1 })).sleutel);
  await file.close();
}

const telefoonVan = (naam: string) =>
  `SELECT telefoon FROM organisatie WHERE naam = '${naam.replace(/'/g, "''")}'`;

test('een kopie van een collega samenvoegen: eerst zien wat binnenkomt en het conflict kiezen, dan pas opslaan', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);

  // A colleague's copy of the same werkgroep, changed on "their laptop" (another writer): the
  // phone number of one organisation and a new decision number.
  const kopie = join(main.userData, 'kopie van Fatima.tafelwerk');
  await kopieVanCollega(pad, kopie, (db) => {
    db.run(`UPDATE organisatie SET telefoon = '0113 111 111' WHERE naam = ?`, [ORGANISATIE]);
    db.run(`UPDATE organisatie SET email = 'planning@schelpenbank.example' WHERE naam = ?`, [ORGANISATIE]);
  });

  // Meanwhile here: the same phone number, changed differently.
  await page.getByRole('link', { name: 'Organisaties' }).click();
  await page.getByRole('link', { name: ORGANISATIE }).click();
  await page.getByRole('button', { name: 'Organisatie bewerken' }).click();
  const formulier = page.getByRole('dialog', { name: 'Organisatie bewerken' });
  await formulier.getByRole('textbox', { name: 'Telefoon' }).fill('0113 222 222');
  await formulier.getByRole('button', { name: 'Opslaan' }).click();
  await expect(formulier).toBeHidden();
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  const voor = await opSchijf(pad, (db) => db.get<{ telefoon: string }>(telefoonVan(ORGANISATIE))?.telefoon);
  expect(voor).toBe('0113 222 222');

  main.dialogs.openPath = kopie;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Samenvoegen met…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Samenvoegen met kopie van Fatima.tafelwerk' });
  await expect(dialoog).toBeVisible();
  // Two changes (phone and e-mail): the sentence's total is the table's sum, in agreeing words.
  await expect(
    dialoog.getByText('Uit deze kopie komen 2 wijzigingen binnen.', { exact: false }),
  ).toBeVisible();
  const tabel = dialoog.getByRole('table', { name: 'Wat binnenkomt' });
  await expect(tabel.getByRole('row')).toHaveText(['OnderdeelWijzigingen', 'Organisaties2']);
  const conflict = dialoog.getByTestId('samenvoeg-conflict');
  await expect(conflict).toHaveCount(1);
  // Each value by the file it comes from, then when; no author was recorded, so none is named.
  // Seconds only when both values were set within the same minute.
  const wanneer = String.raw`— \d\d-\d\d-\d{4} \d\d:\d\d(:\d\d)?$`;
  const vanHier = conflict.getByRole('radio', {
    name: new RegExp(`^In dit bestand: 0113 222 222 ${wanneer}`),
  });
  const vanKopie = conflict.getByRole('radio', {
    name: new RegExp(`^In kopie van Fatima\\.tafelwerk: 0113 111 111 ${wanneer}`),
  });
  await expect(vanHier).toBeVisible();
  await expect(vanKopie).toBeVisible();
  await expect(dialoog).not.toContainText('onbekend');
  await expectNoAxeViolations(page);
  await opBeideSchermen(page, 'samenvoegen-voorbeeld');
  await conflict.scrollIntoViewIfNeeded();
  await opBeideSchermen(page, 'samenvoegen-conflict');
  // Nothing is written before the confirmation.
  expect(await opSchijf(pad, (db) => db.get<{ telefoon: string }>(telefoonVan(ORGANISATIE))?.telefoon)).toBe(
    '0113 222 222',
  );

  // Choose the colleague's number (whatever the proposal was) and merge.
  await vanKopie.check();
  await dialoog.getByRole('button', { name: 'Samenvoegen' }).click();
  const verslag = page.getByRole('dialog', { name: 'Samengevoegd met kopie van Fatima.tafelwerk' });
  await expect(verslag).toContainText('Er zijn 2 wijzigingen overgenomen.');
  await expect(verslag).toContainText('Gekozen: In kopie van Fatima.tafelwerk: 0113 111 111 — ');
  await expect(verslag).toContainText('Niet gekozen: In dit bestand: 0113 222 222 — ');
  // The backup by its folder and local time, not its UTC file name.
  await expect(verslag).toContainText(
    /Vooraf is een reservekopie gemaakt \(\d\d-\d\d-\d{4} \d\d:\d\d\), in de verborgen map naast het werkgroepbestand: .*reservekopieen/,
  );
  await expect(verslag).not.toContainText(/\d{8}T\d{9}Z/);
  await expectNoAxeViolations(page);
  await opBeideSchermen(page, 'samenvoegen-verslag');
  await verslag.getByRole('button', { name: 'Sluiten', exact: true }).click();

  const na = await opSchijf(pad, (db) =>
    db.get<{ telefoon: string; email: string }>(
      `SELECT telefoon, email FROM organisatie WHERE naam = '${ORGANISATIE}'`,
    ),
  );
  expect(na).toEqual({ telefoon: '0113 111 111', email: 'planning@schelpenbank.example' });
  // The page shows the merged data without a reload.
  await expect(page.getByText('planning@schelpenbank.example')).toBeVisible();

  // The same copy again: its changes were all seen, the conflict decided; nothing comes in.
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Samenvoegen met…' }).click();
  await expect(dialoog.getByText('Er komt niets nieuws binnen uit deze kopie.')).toBeVisible();
  await expect(dialoog.getByTestId('samenvoeg-conflict')).toHaveCount(0);
  await expect(dialoog.getByRole('button', { name: 'Samenvoegen' })).toBeDisabled();
  await opBeideSchermen(page, 'samenvoegen-nogmaals');
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
});

test('een beveiligde kopie samenvoegen: eerst haar wachtwoord, na onjuiste pogingen met de wachttijd, dan pas het voorbeeld', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  const wachtwoord = 'het wachtwoord van Joost';
  const kopie = join(main.userData, 'kopie van Joost.tafelwerk');
  await kopieVanCollega(
    pad,
    kopie,
    (db) => db.run(`UPDATE organisatie SET telefoon = '0113 333 333' WHERE naam = ?`, [ORGANISATIE]),
    wachtwoord,
  );
  const kopieVoor = await readFile(kopie);
  const voor = await readFile(pad);

  main.dialogs.openPath = kopie;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Samenvoegen met…' }).click();
  const stap = page.getByRole('dialog', { name: 'Beveiligde kopie samenvoegen' });
  await expect(stap).toContainText('“kopie van Joost.tafelwerk” is beveiligd met een wachtwoord.');
  const veld = stap.getByLabel('Wachtwoord', { exact: true });
  await expect(veld).toBeFocused();
  await expectNoAxeViolations(page);
  await opBeideSchermen(page, 'beveiligde-kopie');

  // Two typos are free; the third makes the next attempt wait, counted down, the button off.
  const probeer = async (fout: string) => {
    await veld.fill(fout);
    await stap.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(stap.getByText('Het wachtwoord klopt niet.')).toBeVisible();
    await expect(veld).toHaveValue('');
  };
  for (const fout of ['niet het goede een', 'niet het goede twee', 'niet het goede drie'])
    await probeer(fout);
  await expect(stap.getByTestId('wachttijd')).toHaveText('Probeer het over 1 seconde opnieuw.');
  await expect(stap.getByRole('button', { name: 'Ontgrendelen' })).toBeDisabled();
  // The wait grows with each failure, as at the unlock screen.
  await expect(stap.getByTestId('wachttijd')).toBeHidden({ timeout: 5000 });
  await probeer('niet het goede vier');
  await expect(stap.getByTestId('wachttijd')).toHaveText(/^Probeer het over [12] seconden? opnieuw\.$/);
  await expect(stap.getByRole('button', { name: 'Ontgrendelen' })).toBeDisabled();
  await opBeideSchermen(page, 'beveiligde-kopie-wachten');
  await expectNoAxeViolations(page);
  // Nothing is written by a refused passphrase: not this file, not the copy.
  expect((await readFile(pad)).equals(voor)).toBe(true);
  expect((await readFile(kopie)).equals(kopieVoor)).toBe(true);

  await expect(stap.getByTestId('wachttijd')).toBeHidden({ timeout: 5000 });
  await veld.fill(wachtwoord);
  await stap.getByRole('button', { name: 'Ontgrendelen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Samenvoegen met kopie van Joost.tafelwerk' });
  await expect(dialoog.getByRole('table', { name: 'Wat binnenkomt' })).toContainText('Organisaties');
  expect((await readFile(pad)).equals(voor)).toBe(true);
  await dialoog.getByRole('button', { name: 'Samenvoegen' }).click();
  const verslag = page.getByRole('dialog', { name: 'Samengevoegd met kopie van Joost.tafelwerk' });
  await expect(verslag).toContainText('Er is 1 wijziging overgenomen.');
  await verslag.getByRole('button', { name: 'Sluiten', exact: true }).click();
  expect(await opSchijf(pad, (db) => db.get<{ telefoon: string }>(telefoonVan(ORGANISATIE))?.telefoon)).toBe(
    '0113 333 333',
  );
  expect((await readFile(kopie)).equals(kopieVoor)).toBe(true);
});
