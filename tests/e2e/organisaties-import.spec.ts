import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { celrijkWerkboek } from '../unit/helpers/vijandig';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

async function lijst(pad: string, rijen: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Organisaties');
  ws.addRow(['Naam', 'Soort', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeenten']);
  for (const r of rijen) ws.addRow(r);
  await wb.xlsx.writeFile(pad);
  return pad;
}

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Organisaties/ }).click();
});

test('een lijst met een fout wordt getoond maar niet ingelezen; een goede lijst wel', async ({
  page,
  main,
}) => {
  const aantal = async () => {
    const { db } = await readSnapshot(main.session.requireFile().path);
    const n = listOrganisaties(db, { metGearchiveerd: true }).length;
    db.close();
    return n;
  };
  const voor = await aantal();
  main.dialogs.excelOpenPath = await lijst(join(main.userData, 'fout.xlsx'), [
    [
      'Leerwerkbedrijf Oesterput (fictief)',
      'Werkbedrijf',
      'K. Visser',
      'k@oesterput.example',
      '',
      'Goes; Tholen',
    ],
    ['Stichting Nergens (fictief)', 'ziekenhuis', '', '', '', 'Atlantis'],
  ]);
  await page.getByRole('button', { name: 'Inlezen uit Excel' }).click();
  await page.getByRole('menuitem', { name: 'Organisaties inlezen uit Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: /Organisaties inlezen uit fout.xlsx/ });
  await expect(dialog.getByText('Dit bestand kan zo niet worden ingelezen')).toBeVisible();
  await expect(dialog.getByText(/Rij 3:.*ziekenhuis/).first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: /toevoegen/ })).toBeDisabled();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  expect(await aantal()).toBe(voor);

  main.dialogs.excelOpenPath = await lijst(join(main.userData, 'goed.xlsx'), [
    [
      'Leerwerkbedrijf Oesterput (fictief)',
      'Werkbedrijf',
      'K. Visser',
      'k@oesterput.example',
      '',
      'Goes; Tholen',
    ],
    ['Zorggroep De Schelpenbank (fictief)', 'Zorgaanbieder', '', '', '', ''],
  ]);
  await page.getByRole('button', { name: 'Inlezen uit Excel' }).click();
  await page.getByRole('menuitem', { name: 'Organisaties inlezen uit Excel…' }).click();
  const goed = page.getByRole('dialog', { name: /goed.xlsx/ });
  await expect(goed.getByText('1 nieuw, 1 bestaan al')).toBeVisible();
  await page.screenshot({ path: 'screenshots/07c-organisaties-import.png' });
  await goed.getByRole('button', { name: '1 organisatie toevoegen' }).click();
  await expect(goed).toBeHidden();
  await expect(page.getByRole('row', { name: /Oesterput/ })).toContainText('Goes, Tholen');
  expect(await aantal()).toBe(voor + 1);
});

test('een werkboek met te veel cellen wordt geweigerd met een melding die zegt wat te doen', async ({
  page,
  main,
}) => {
  const pad = join(main.userData, 'twee-miljoen-cellen.xlsx');
  await writeFile(pad, await celrijkWerkboek(200));
  main.dialogs.excelOpenPath = pad;
  const voor = await readFile(main.session.requireFile().path);
  await page.getByRole('button', { name: 'Inlezen uit Excel' }).click();
  await page.getByRole('menuitem', { name: 'Organisaties inlezen uit Excel…' }).click();
  const melding = page.getByText(/te veel gevulde cellen \(meer dan 250\.000\)/);
  await expect(melding).toBeVisible();
  await expect(melding).toContainText('verdeel de lijst over meerdere bestanden');
  for (const [breedte, hoogte] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breedte, height: hoogte });
    await expect(melding).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: test.info().outputPath(`te-veel-cellen-${breedte}.png`) });
  }
  // The message stays until it is closed (a long one cannot be read in seconds) and is readable.
  await page.waitForTimeout(9000);
  await expect(melding).toBeVisible();
  await expectNoAxeViolations(page);
  // Refused before parsing: the werkgroep file is untouched.
  expect((await readFile(main.session.requireFile().path)).equals(voor)).toBe(true);
});
