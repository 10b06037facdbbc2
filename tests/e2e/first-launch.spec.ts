import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countRecords } from '../../electron/main/store/repositories/werkgroep';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

// A first start: "Voorbeeld openen" builds the example werkgroep here, not a copy the worker made.
test.use({ voorbeeldKlaar: false });

test('de eerste start toont het welkomstscherm en opent de voorbeeldwerkgroep', async ({
  page,
  appUrl,
  main,
}) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Tafelwerk' })).toBeVisible();
  await expect(page.getByText('Nog geen recente bestanden')).toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing is there yet: the click below builds the example.
  expect(existsSync(join(main.userData, 'Werkgroepen'))).toBe(false);

  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText('Werkgroep SROI Oosterschelderegio');

  // The counts on screen are the counts in the file on disk.
  const path = main.session.requireFile().path;
  const { db } = await readSnapshot(path);
  const onDisk = countRecords(db);
  db.close();
  expect(onDisk.gemeenten).toBe(7);
  expect(onDisk.groepen).toBe(2);
  await expect(page.getByTestId('telling-kandidaten')).toHaveText(String(onDisk.kandidaten));
  await expect(page.getByTestId('telling-gemeenten')).toHaveText('7');
  await expect(page.getByTestId('opslagstatus')).toContainText('Opgeslagen');
  await expect(page).toHaveTitle(/Voorbeeld - Werkgroep SROI Oosterschelderegio\.tafelwerk — Tafelwerk/);
  await expectNoAxeViolations(page);
});

test('een volgende start opent het laatst gebruikte bestand weer', async ({ page, appUrl, main }) => {
  await openVoorbeeld(page, appUrl);
  await main.restart();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText('Werkgroep SROI Oosterschelderegio');
});

test('de navigatie is met het toetsenbord te bedienen', async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
  const link = page.getByRole('link', { name: /Instellingen/ });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
});
