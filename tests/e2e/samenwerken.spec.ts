import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { lockPath } from '../../electron/main/store/lock';
import { getWerkgroep } from '../../electron/main/store/repositories/werkgroep';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { nuIso } from '../../shared/klok';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';
import type { MainHost } from './host';

const SHOTS = '/tmp/slot/';

/** The page at both laptop sizes, checked with axe at each. */
async function bekijk(page: Page, naam: string): Promise<void> {
  await fs.mkdir(SHOTS, { recursive: true });
  for (const [breed, hoog] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breed, height: hoog });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}${naam}-${breed}x${hoog}.png` });
  }
}

/** Someone else saves the file (another laptop, or a sync tool): the werkgroep gets another name. */
async function anderSlaatOp(path: string, naam: string): Promise<Buffer> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(await fs.readFile(path));
  db.run('UPDATE werkgroep SET naam = ?', [naam]);
  const bytes = Buffer.from(db.export());
  db.close();
  await fs.writeFile(path, bytes);
  return bytes;
}

/** The example, closed again, with a lock of another laptop beside it. */
async function opAndereLaptopOpen(page: Page, appUrl: string, main: MainHost) {
  await openVoorbeeld(page, appUrl);
  const path = main.session.requireFile().path;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Werkgroep sluiten' }).click();
  const ander = {
    pid: 4242,
    host: 'laptop-secretariaat',
    gebruiker: 'a.jansen',
    sinds: nuIso(),
    ververst: nuIso(),
    id: 'van-de-andere-laptop',
  };
  await fs.writeFile(lockPath(path), JSON.stringify(ander));
  return { path, ander };
}

test('een bestand dat op een andere computer open is, wordt alleen na een waarschuwing overgenomen', async ({
  page,
  appUrl,
  main,
}) => {
  const { path, ander } = await opAndereLaptopOpen(page, appUrl, main);

  const openKnop = page.getByRole('button', { name: /^Voorbeeld - .*openen$/ });
  await openKnop.click();
  const dialoog = page.getByRole('dialog', { name: 'Dit bestand is al geopend' });
  await expect(dialoog).toContainText('op computer laptop-secretariaat door a.jansen (sinds');
  await expect(dialoog.getByRole('button', { name: 'Toch openen (overnemen)' })).toBeVisible();
  await bekijk(page, 'in-gebruik');

  // Niet openen: nothing opened, the other computer's lock untouched.
  await dialoog.getByRole('button', { name: 'Niet openen' }).click();
  await expect(dialoog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Tafelwerk' })).toBeVisible();
  expect(JSON.parse(await fs.readFile(lockPath(path), 'utf8'))).toEqual(ander);

  await openKnop.click();
  await dialoog.getByRole('button', { name: 'Toch openen (overnemen)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(JSON.parse(await fs.readFile(lockPath(path), 'utf8'))).toMatchObject({ host: hostname() });
});

test('een bestand dat elders open is, kan alleen-lezen worden bekeken zonder er iets in te schrijven', async ({
  page,
  appUrl,
  main,
}) => {
  const { path, ander } = await opAndereLaptopOpen(page, appUrl, main);
  const voor = await fs.readFile(path);
  await page.getByRole('button', { name: /^Voorbeeld - .*openen$/ }).click();
  const dialoog = page.getByRole('dialog', { name: 'Dit bestand is al geopend' });
  await dialoog.getByRole('button', { name: 'Alleen lezen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const balk = page.getByTestId('alleen-lezen');
  await expect(balk).toContainText('Iemand anders heeft dit bestand open');
  await expect(page.getByTestId('opslagstatus')).toHaveText('Alleen lezen');

  // A change is refused with one clear notice; nothing reaches the disk.
  await page.getByRole('link', { name: /Instellingen/ }).click();
  const naam = page.getByRole('textbox', { name: 'Naam van de werkgroep' });
  await naam.fill('Werkgroep Stiekem Gewijzigd');
  await naam.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'alleen-lezen geopend' })).toHaveCount(1);
  await bekijk(page, 'alleen-lezen');
  expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
  expect(JSON.parse(await fs.readFile(lockPath(path), 'utf8'))).toEqual(ander);

  // An own copy is writable: the banner goes and the change is kept there.
  main.dialogs.savePath = join(main.userData, 'Mijn kopie.tafelwerk');
  await balk.getByRole('button', { name: 'Eigen kopie opslaan als…' }).click();
  await expect(page).toHaveTitle('Mijn kopie.tafelwerk — Tafelwerk');
  await expect(balk).toBeHidden();
  // What was typed and refused goes into the copy; the refusal notice goes with the banner.
  await expect(page.getByRole('alert').filter({ hasText: 'alleen-lezen geopend' })).toHaveCount(0);
  await expect(page.getByTestId('bestandsnaam')).toContainText('Werkgroep Stiekem Gewijzigd');
  // The copy is written first, the resent text is saved after it: wait for that save on disk.
  const kopie = main.dialogs.savePath;
  await expect.poll(() => opSchijf(kopie, (db) => getWerkgroep(db).naam)).toBe('Werkgroep Stiekem Gewijzigd');
  await naam.fill('Werkgroep Mijn Kopie');
  await naam.blur();
  await expect(page.getByTestId('opslagstatus')).toHaveText(/Opgeslagen/);
  await expect.poll(() => opSchijf(kopie, (db) => getWerkgroep(db).naam)).toBe('Werkgroep Mijn Kopie');
  expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
});

/** Opens the example on Instellingen, lets someone else save it, then types a change: the save is refused. */
async function geweigerdeOpslag(page: Page, appUrl: string, main: MainHost) {
  await openVoorbeeld(page, appUrl);
  const path = main.session.requireFile().path;
  await page.getByRole('link', { name: /Instellingen/ }).click();
  const naam = page.getByRole('textbox', { name: 'Naam van de werkgroep' });
  await expect(naam).toBeVisible();
  const hunBestand = await anderSlaatOp(path, 'Werkgroep van de andere laptop');
  await naam.fill('Werkgroep Mijn Versie');
  const dialoog = page.getByRole('dialog', { name: 'Niet opgeslagen: het bestand is elders gewijzigd' });
  await expect(dialoog).toBeVisible();
  return { path, naam, dialoog, hunBestand };
}

test('opslaan wordt geweigerd als iemand anders het bestand intussen wijzigde; opslaan als bewaart alles', async ({
  page,
  appUrl,
  main,
}) => {
  const { path, dialoog, hunBestand } = await geweigerdeOpslag(page, appUrl, main);
  await expect(dialoog).toContainText('Tafelwerk heeft niets overschreven');
  await bekijk(page, 'gewijzigd-op-schijf');
  expect(Buffer.compare(await fs.readFile(path), hunBestand)).toBe(0);

  main.dialogs.savePath = join(main.userData, 'Mijn versie.tafelwerk');
  await dialoog.getByRole('button', { name: 'Opslaan als…' }).click();
  await expect(page).toHaveTitle('Mijn versie.tafelwerk — Tafelwerk');
  await expect(dialoog).toBeHidden();
  expect(await opSchijf(main.dialogs.savePath, (db) => getWerkgroep(db).naam)).toBe('Werkgroep Mijn Versie');
  expect(await opSchijf(path, (db) => getWerkgroep(db).naam)).toBe('Werkgroep van de andere laptop');
});

test('na een geweigerde opslag toont opnieuw openen het bestand zoals het op schijf staat', async ({
  page,
  appUrl,
  main,
}) => {
  const { path, naam, dialoog } = await geweigerdeOpslag(page, appUrl, main);
  await dialoog.getByRole('button', { name: 'Opnieuw openen van schijf' }).click();
  await expect(dialoog).toBeHidden();
  await expect(naam).toHaveValue('Werkgroep van de andere laptop');
  expect(await opSchijf(path, (db) => getWerkgroep(db).naam)).toBe('Werkgroep van de andere laptop');
});
