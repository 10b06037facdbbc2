import { getKandidaat } from '../../electron/main/store/repositories/kandidaten';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test, vulDatum } from './fixtures';

const SHOTS = '/tmp/aandeslag/';

test('een stap die begint, zet een aangemelde kandidaat in traject en zegt dat', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const id =
    main.session
      .requireFile()
      .db.get<{ id: string }>(
        "SELECT id FROM kandidaat WHERE naam = 'Dirk Verzinsel' AND status = 'aangemeld'",
      )?.id ?? '';
  expect(id).not.toBe('');
  await page.evaluate((pad) => {
    window.location.hash = pad;
  }, `/kandidaten/${id}`);
  await expect(page.getByText('Aangemeld', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Leerlijn' }).click();
  await page.getByRole('button', { name: /^Stap 1 .* bewerken$/ }).click();
  const stap = page.getByRole('dialog', { name: 'Stap bewerken' });
  await vulDatum(stap, 'Werkelijke start', '2026-03-02');
  await stap.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Loopt' }).click();
  await stap.getByRole('button', { name: 'Opslaan' }).click();
  await expect(stap).toBeHidden();
  await expect(
    page.getByText('De status van de kandidaat is nu "In traject": de leerlijn is begonnen.'),
  ).toBeVisible();
  await expect(page.getByText('In traject', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [w, h] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}kandidaat-actief-${w}.png`, animations: 'disabled' });
  }
  const pad = main.session.requireFile().path;
  await expect.poll(() => opSchijf(pad, (db) => getKandidaat(db, id).status)).toBe('actief');
});
