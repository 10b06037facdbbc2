import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

/** A workbook whose first sheet holds `rijen`, as base64 (bytes cross into the page as text). */
async function werkboek(rijen: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  for (const r of rijen) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/**
 * Drags files over the window the way a file manager does: a DataTransfer with real File objects,
 * dispatched as `soort` ('dragenter' to show the drop zone, 'drop' to let go).
 */
async function sleep(
  page: Page,
  soort: 'dragenter' | 'dragleave' | 'drop',
  bestanden: { naam: string; base64: string }[],
) {
  const overdracht = await page.evaluateHandle((lijst) => {
    const dt = new DataTransfer();
    for (const { naam, base64 } of lijst)
      dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], naam));
    return dt;
  }, bestanden);
  await page.evaluate(
    ([type, dataTransfer]) =>
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true })),
    [soort, overdracht] as const,
  );
}

/** Screenshots at the two window sizes the app is made for, outside the repo (they are looked at, not kept). */
async function beide(page: Page, naam: string) {
  for (const [breedte, hoogte] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breedte, height: hoogte });
    await page.screenshot({ path: `/tmp/slepen/${naam}-${breedte}.png` });
  }
}

const ORGANISATIES = ['Naam', 'Soort', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeenten'];
const NIEUW = 'Stichting Sleepboot (fictief)';

test('een gesleept Excel-bestand opent het juiste voorbeeld; pas bevestigen slaat op', async ({
  page,
  main,
  appUrl,
}) => {
  const lijst = {
    naam: 'sleeplijst.xlsx',
    base64: await werkboek([
      ORGANISATIES,
      [NIEUW, 'Zorgaanbieder', 'S. Boot', 's@sleepboot.example', '', 'Goes'],
    ]),
  };
  // No werkgroep open yet: only a message.
  await page.goto(appUrl);
  await expect(page.getByRole('button', { name: 'Voorbeeld openen' })).toBeVisible({ timeout: 15_000 });
  await sleep(page, 'drop', [lijst]);
  await expect(page.getByText(/^Open eerst een werkgroep\./)).toBeVisible();

  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;

  // The drop zone while dragging, named and announced.
  await sleep(page, 'dragenter', [lijst]);
  const vlak = page.getByTestId('sleepvlak');
  await expect(vlak).toContainText('Laat los om in te lezen');
  await expectNoAxeViolations(page);
  await beide(page, 'sleepvlak');
  await sleep(page, 'dragleave', [lijst]);
  await expect(vlak).toBeHidden();

  // Dropped, previewed, cancelled: the file on disk is untouched.
  const voor = await readFile(pad);
  await sleep(page, 'drop', [lijst]);
  const dialoog = page.getByRole('dialog', { name: 'Organisaties inlezen uit sleeplijst.xlsx' });
  await expect(dialoog.getByText('1 nieuw, 0 bestaan al')).toBeVisible();
  await expectNoAxeViolations(page);
  await beide(page, 'voorbeeld');
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialoog).toBeHidden();
  expect((await readFile(pad)).equals(voor)).toBe(true);

  // Dropped again and confirmed: stored as the menu's import stores it.
  await sleep(page, 'drop', [lijst]);
  await dialoog.getByRole('button', { name: '1 organisatie toevoegen' }).click();
  await expect(dialoog).toBeHidden();
  await expect
    .poll(() => opSchijf(pad, (db) => listOrganisaties(db, {}).find((o) => o.naam === NIEUW)?.contactpersoon))
    .toBe('S. Boot');

  // Anything else gets a Dutch message and stores nothing.
  const na = await readFile(pad);
  await sleep(page, 'drop', [
    {
      naam: 'kasboek.xlsx',
      base64: await werkboek([
        ['Datum', 'Bedrag'],
        ['2-1-2026', '12'],
      ]),
    },
  ]);
  await expect(page.getByText(/Tafelwerk herkent "kasboek\.xlsx" niet als organisatielijst/)).toBeVisible();
  await sleep(page, 'drop', [{ naam: 'notities.txt', base64: Buffer.from('Naam;Soort').toString('base64') }]);
  await expect(page.getByText(/"notities\.txt" is geen Excel-bestand \(\.xlsx\)/)).toBeVisible();
  expect((await readFile(pad)).equals(na)).toBe(true);
});
