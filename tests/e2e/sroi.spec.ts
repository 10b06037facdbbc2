import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { formatBedrag } from '../../shared/format/nl';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

test('het SROI-overzicht toont de verplichting van dit jaar per opdrachtnemer en per gemeente', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^SROI/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SROI' })).toBeVisible();

  const jaar = new Date().getFullYear();
  const { db } = await readSnapshot(main.session.requireFile().path);
  const verwacht = sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`);
  db.close();
  expect(verwacht.totaalCent).toBeGreaterThan(0);
  const totaal = formatBedrag(verwacht.totaalCent).replace(/,00$/, '');
  await expect(page.getByTestId('totaal-nemer')).toHaveText(totaal);
  await expect(page.getByTestId('totaal-gemeente')).toHaveText(totaal);
  await expect(page.getByText('gebundeld').first()).toBeVisible();
  await expect(page.getByText('boven loonaandeel (4 %)')).toBeVisible();
  await expectNoAxeViolations(page);

  // A year without contracts says so.
  await page.getByRole('combobox', { name: 'Jaar' }).click();
  await page.getByRole('option', { name: String(jaar + 2) }).click();
  await expect(
    page.getByText(`Er lopen in ${jaar + 2} geen contracten met een SROI-verplichting.`),
  ).toBeVisible();
});
