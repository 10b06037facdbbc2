import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

const ORGANISATIE = 'Zorggroep De Schelpenbank (fictief)';
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
  await copyFile(pad, kopie);
  const { file: collega } = await WerkgroepFile.open(kopie, {});
  await collega.write((db) => {
    db.run(`UPDATE organisatie SET telefoon = '0113 111 111' WHERE naam = ?`, [ORGANISATIE]);
    db.run(`UPDATE organisatie SET email = 'planning@schelpenbank.example' WHERE naam = ?`, [ORGANISATIE]);
  });
  await collega.close();

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
  await expect(dialoog.getByRole('table', { name: 'Wat binnenkomt' })).toContainText('Organisaties');
  const conflict = dialoog.getByTestId('samenvoeg-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('0113 111 111');
  await expect(conflict).toContainText('0113 222 222');
  await expectNoAxeViolations(page);
  for (const [b, h] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: b, height: h });
    await page.screenshot({ path: `/tmp/voorvertoning/samenvoegen-${b}.png` });
  }
  // Nothing is written before the confirmation.
  expect(await opSchijf(pad, (db) => db.get<{ telefoon: string }>(telefoonVan(ORGANISATIE))?.telefoon)).toBe(
    '0113 222 222',
  );

  // Choose the colleague's number (whatever the proposal was) and merge.
  await conflict.getByRole('radio', { name: /0113 111 111/ }).check();
  await dialoog.getByRole('button', { name: 'Samenvoegen' }).click();
  const verslag = page.getByRole('dialog', { name: 'Samengevoegd met kopie van Fatima.tafelwerk' });
  await expect(verslag).toContainText('Gekozen: ');
  await expect(verslag).toContainText('Niet gekozen: ');
  await expect(verslag).toContainText('0113 222 222');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/voorvertoning/verslag-1024.png' });
  await verslag.getByRole('button', { name: 'Sluiten', exact: true }).click();

  const na = await opSchijf(pad, (db) =>
    db.get<{ telefoon: string; email: string }>(
      `SELECT telefoon, email FROM organisatie WHERE naam = '${ORGANISATIE}'`,
    ),
  );
  expect(na).toEqual({ telefoon: '0113 111 111', email: 'planning@schelpenbank.example' });
  // The page shows the merged data without a reload.
  await expect(page.getByText('planning@schelpenbank.example')).toBeVisible();
});
