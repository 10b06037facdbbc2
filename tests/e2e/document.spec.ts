import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

test('een nieuwe werkgroep in de Oosterschelderegio begint met de zeven gemeenten', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Nieuwe werkgroep…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe werkgroep' });
  await dialog.getByRole('button', { name: 'Werkgroep aanmaken' }).click();
  await expect(dialog.getByText('Vul de naam van de werkgroep in.')).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByRole('textbox', { name: 'Naam van de werkgroep' }).fill('Werkgroep Proef');
  await dialog.getByRole('combobox', { name: 'Regio' }).fill('Oosterschelderegio');
  await dialog.getByRole('button', { name: 'Werkgroep aanmaken' }).click();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText('Werkgroep Proef');
  await expect(page.getByTestId('telling-gemeenten')).toHaveText('7');
  // The gemeenten come with the region; no other organisation is there before the user adds one.
  await expect(page.getByTestId('telling-andere-organisaties')).toHaveText('0');
  await expect(page.getByTestId('telling-kandidaten')).toHaveText('0');
  await expect(page).toHaveTitle('Werkgroep Proef.tafelwerk — Tafelwerk');
});

test('opslaan als gaat verder in het nieuwe bestand, sluiten toont het welkomstscherm', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  main.dialogs.savePath = join(main.userData, 'Kopie voor de FO.tafelwerk');
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Opslaan als…' }).click();
  await expect(page).toHaveTitle('Kopie voor de FO.tafelwerk — Tafelwerk');
  expect(main.session.requireFile().path).toBe(main.dialogs.savePath);

  // An error about this file (merging it with itself) stays until closed, but not into the next file.
  main.dialogs.openPath = main.dialogs.savePath;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Samenvoegen met…' }).click();
  const fout = page.getByRole('alert').filter({ hasText: 'Dit is het bestand dat al open is.' });
  await expect(fout).toBeVisible();

  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Werkgroep sluiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Tafelwerk' })).toBeVisible();
  await expect(fout).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kopie voor de FO.tafelwerk openen' })).toBeVisible();
  await page.getByRole('button', { name: 'Kopie voor de FO.tafelwerk openen' }).click();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText('Werkgroep SROI Oosterschelderegio');
});

test('een bestand dat geen Tafelwerk-bestand is, geeft een duidelijke melding', async ({
  page,
  appUrl,
  main,
}) => {
  const vreemd = join(main.userData, 'notities.tafelwerk');
  await writeFile(vreemd, 'Dit is geen database maar een tekstbestand.');
  main.dialogs.openPath = vreemd;
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Openen…' }).click();
  await expect(page.getByText(/beschadigd/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Tafelwerk' })).toBeVisible();
});
