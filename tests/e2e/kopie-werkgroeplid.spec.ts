import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

const MAP = '/tmp/kopie';

test('een kopie voor een werkgroeplid: uitleg, opslaan, openen; de melding staat er en kandidaten alleen met code', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  const namen = await opSchijf(pad, (db) =>
    db.all<{ naam: string }>('SELECT naam FROM kandidaat WHERE naam IS NOT NULL').map((k) => k.naam),
  );
  expect(namen.length).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Kopie voor een werkgroeplid…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Kopie voor een werkgroeplid' });
  await expect(dialoog).toContainText('namen en initialen van kandidaten');
  await expect(dialoog).toContainText('belemmeringen');
  await expectNoAxeViolations(page);
  for (const [b, h] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: b, height: h });
    await page.screenshot({ path: `${MAP}/dialoog-${b}.png` });
  }

  const kopie = join(main.userData, 'Voor Sanne.tafelwerk');
  main.dialogs.savePath = kopie;
  await dialoog.getByRole('button', { name: 'Kopie opslaan als…' }).click();
  await expect(dialoog).toBeHidden();
  await expect(
    page.getByText('Kopie zonder persoonsgegevens opgeslagen als Voor Sanne.tafelwerk'),
  ).toBeVisible();
  // The open file is still the full one.
  expect(main.session.requireFile().path).toBe(pad);
  await expect(page.getByTestId('zonder-persoonsgegevens')).toHaveCount(0);
  const bytes = await readFile(kopie);
  expect(namen.filter((n) => bytes.includes(Buffer.from(n)))).toEqual([]);

  // The member opens the copy: every page says what it is; candidates by code only.
  main.dialogs.openPath = kopie;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Openen…' }).click();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toContainText(
    'Namen, plannen en notities over kandidaten staan hier niet in',
  );
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Kandidaten' });
  await expect(tabel.getByRole('row')).not.toHaveCount(0);
  const tekst = await page.locator('main').innerText();
  expect(namen.filter((n) => tekst.includes(n))).toEqual([]);
  await expectNoAxeViolations(page);
  for (const [b, h] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: b, height: h });
    await page.screenshot({ path: `${MAP}/kandidaten-${b}.png` });
  }
  await page.getByRole('link', { name: 'Bijeenkomsten' }).click();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${MAP}/bijeenkomsten-1280.png` });
});
