import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bestandssysteem, standaardBestandssysteem } from '../../electron/main/store/file-io';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { expect, openVoorbeeld, opSchijf, test } from './fixtures';

/** Screenshots for looking at, outside the repo. */
const SHOTS = '/tmp/wissen';
async function foto(page: Page, naam: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  // Let the notification finish sliding in.
  await page.waitForTimeout(800);
  for (const [b, h] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: b, height: h });
    await page.screenshot({ path: join(SHOTS, `${naam}-${b}.png`) });
  }
}

test.afterEach(() => {
  Object.assign(bestandssysteem, standaardBestandssysteem);
});

test('een verwijdering die niet op schijf kwam, maakt Tafelwerk af bij de volgende start', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  const [persoon] = await opSchijf(pad, (db) =>
    listKandidaten(db, { metNamen: true }).filter((k) => k.naam !== null),
  );
  if (!persoon?.naam) throw new Error('Het voorbeeld heeft geen kandidaat met een naam.');

  // The folder becomes unwritable for the file itself (a network share that went away).
  bestandssysteem.open = async (p, flags, mode) => {
    if (p.startsWith(`${pad}.`) && p.endsWith('.tmp'))
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    return standaardBestandssysteem.open(p, flags, mode);
  };
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await page.getByRole('link', { name: `Kandidaat ${persoon.code} openen` }).click();
  await page.getByRole('button', { name: 'Verwijderen (AVG)…' }).click();
  const dialog = page.getByRole('dialog', { name: `Kandidaat ${persoon.code} verwijderen (AVG)` });
  await dialog
    .getByRole('textbox', { name: `Typ de code ${persoon.code} om te bevestigen` })
    .fill(persoon.code);
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText(/nog niet overal van schijf/).first()).toBeVisible();
  await foto(page, 'wissen-opslagfout');

  // Quitting asks; the user closes anyway. The name is still on disk.
  main.dialogs.keuzesBijOpslagfout.push('toch_sluiten');
  await main.restart();
  expect(main.dialogs.gevraagdBijOpslagfout[0]?.knoppen).toEqual({
    elders: 'Elders opslaan…',
    opnieuw: 'Opnieuw proberen',
    toch_sluiten: 'Toch sluiten',
  });
  expect((await readFile(pad)).includes(persoon.naam)).toBe(true);

  // The share is back: the next start finishes the erasure and says so.
  Object.assign(bestandssysteem, standaardBestandssysteem);
  await main.restart();
  await page.reload();
  await expect(
    page.getByText('Een eerder gestarte verwijdering van een kandidaat is nu afgerond.'),
  ).toBeVisible();
  await foto(page, 'wissen-afgerond');
  expect((await readFile(pad)).includes(persoon.naam)).toBe(false);
});

test('een bestand met een geplante trigger opent niet, met een Nederlandse uitleg', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  await main.session.sluiten();
  const SQL = await loadSqlJs();
  const raw = new SQL.Database(await readFile(pad));
  raw.exec('CREATE TRIGGER kandidaat_blijft BEFORE DELETE ON kandidaat BEGIN SELECT RAISE(IGNORE); END;');
  await writeFile(pad, raw.export());
  raw.close();

  await page.reload();
  main.dialogs.openPath = pad;
  await page.getByRole('button', { name: 'Openen…' }).click();
  await expect(
    page.getByText(/niet geopend: het is buiten Tafelwerk om gewijzigd \(trigger kandidaat_blijft\)/),
  ).toBeVisible();
  await foto(page, 'wissen-schema-geweigerd');
});
