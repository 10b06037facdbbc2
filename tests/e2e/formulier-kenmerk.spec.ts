import { mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formulierSleutel } from '../../electron/main/store/repositories/formulier-sleutel';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

/** Screenshots of this check go outside the repository. */
const SHOTS = '/tmp/terugval/';

/** The row of the "Formulier" sheet whose question text (column A) starts with `begin`. */
function rij(blad: ExcelJS.Worksheet, begin: string): number {
  for (let r = 1; r <= blad.rowCount; r++) {
    const v = blad.getCell(r, 1).value;
    if (typeof v === 'string' && v.trim().startsWith(begin)) return r;
  }
  throw new Error(`Rij "${begin}" niet gevonden`);
}

test('een formulier waarvan het verborgen kenmerk is aangepast, wordt in het voorbeeld geweigerd', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Inventarisatie/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventarisatie' })).toBeVisible();
  const map = await mkdtemp(join(main.userData, 'formulieren-'));
  main.dialogs.folder = map;
  await page.getByRole('button', { name: 'Formulieren maken…' }).click();
  await page.getByRole('menuitem', { name: 'Voor alle organisaties in de ronde' }).click();
  await expect(page.getByText(/formulieren opgeslagen in/)).toBeVisible();
  // The key of the forms' MAC is on disk, not only in memory.
  const bestand = main.session.requireFile().path;
  expect(await opSchijf(bestand, (db) => formulierSleutel(db)?.length)).toBe(32);

  // One organisation fills in its form and edits the hidden marker to name another one.
  const [eerste, tweede] = (await readdir(map)).map((n) => join(map, n));
  const ander = new ExcelJS.Workbook();
  await ander.xlsx.readFile(tweede as string);
  const anderMarker = ander.getWorksheet('Tafelwerk') as ExcelJS.Worksheet;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(eerste as string);
  const blad = wb.getWorksheet('Formulier') as ExcelJS.Worksheet;
  blad.getCell(rij(blad, 'Heeft u bij andere'), 2).value = 'ja';
  blad.getCell(rij(blad, 'Werkervaringsplaats'), 2).value = 'ja';
  blad.getCell(rij(blad, 'Wie is bij u'), 2).value = 'R. Anker';
  const marker = wb.getWorksheet('Tafelwerk') as ExcelJS.Worksheet;
  marker.getCell('B4').value = anderMarker.getCell('B4').value;
  marker.getCell('C4').value = anderMarker.getCell('C4').value;
  const aangepast = join(main.userData, 'aangepast.xlsx');
  await wb.xlsx.writeFile(aangepast);

  main.dialogs.excelOpenPaths = [aangepast];
  await page.getByRole('button', { name: 'Ingevulde formulieren inlezen…' }).click();
  const inlezen = page.getByRole('dialog', { name: 'Ingevulde formulieren inlezen' });
  const voorbeeld = inlezen.getByRole('table', { name: 'Gekozen formulieren' });
  await expect(voorbeeld.getByRole('row', { name: /^aangepast/ })).toContainText('geweigerd');
  await expect(inlezen).toContainText('het verborgen kenmerk klopt niet');
  await expect(inlezen).toContainText('Stuur de organisatie een nieuw formulier (Formulieren maken…)');
  for (const [breed, hoog] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breed, height: hoog });
    await page.screenshot({ path: `${SHOTS}kenmerk-geweigerd-${breed}.png` });
  }
  await expectNoAxeViolations(page);
});
