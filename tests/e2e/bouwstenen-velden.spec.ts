import { expect, test } from '../bouwstenen/bouwen';

// The shared date, month and time fields on their own (tests/bouwstenen), on an English computer
// west of Greenwich: Chromium's own fields would show mm/dd/yyyy and 2:00 PM there, and a date sent
// through UTC would land on the day before.
test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

test('DatumVeld: een onmogelijke datum blijft staan met een Nederlandse melding; het formulier houdt zijn datum', async ({
  page,
  toon,
}) => {
  await toon('DatumVeld');
  const datum = page.getByRole('textbox', { name: 'Datum', exact: true });
  await expect(datum).toHaveValue('10-03-2026');

  await datum.fill('31-02-2026');
  await datum.press('Tab');
  await expect(datum).toHaveValue('31-02-2026');
  await expect(page.getByText('31-02-2026 bestaat niet. Typ de datum als dd-mm-jjjj.')).toBeVisible();
  await expect(page.getByTestId('datum')).toHaveText('"2026-03-10"');

  // Text that is no date at all gets the example; correcting it takes the message away.
  await datum.fill('morgen');
  await datum.press('Tab');
  await expect(page.getByText('Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-02-2027.')).toBeVisible();
  await datum.fill('1/5/2026');
  await datum.press('Tab');
  await expect(datum).toHaveValue('01-05-2026');
  await expect(page.getByTestId('datum')).toHaveText('"2026-05-01"');
  await expect(page.getByText(/dd-mm-jjjj/)).toHaveCount(0);
});

test('DatumVeld: kiezen uit een Nederlandse kalender, en een niet verplichte datum kan leeg', async ({
  page,
  toon,
}) => {
  await toon('DatumVeld');
  await page.getByRole('textbox', { name: 'Datum', exact: true }).click();
  const kalender = page.locator('[data-dates-dropdown]');
  await expect(kalender.getByRole('button', { name: 'maart 2026', exact: true })).toBeVisible();
  await expect(kalender.locator('thead th').first()).toHaveText('ma');
  await kalender.getByRole('button', { name: 'Volgende maand' }).click();
  await kalender.getByRole('button', { name: '14 april 2026' }).click();
  await expect(page.getByTestId('datum')).toHaveText('"2026-04-14"');
  await expect(page.getByRole('textbox', { name: 'Datum', exact: true })).toHaveValue('14-04-2026');

  // The required field has no button to empty it; the optional one has, once it holds a date.
  const einde = page.getByRole('textbox', { name: 'Einddatum' });
  await einde.fill('30-06-2026');
  await einde.press('Tab');
  await expect(page.getByTestId('einddatum')).toHaveText('"2026-06-30"');
  await expect(page.getByRole('button', { name: 'Datum wissen' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Datum wissen' }).click();
  await expect(page.getByTestId('einddatum')).toHaveText('""');
  await expect(einde).toHaveValue('');
});

test('MaandVeld: een maand kiezen geeft JJJJ-MM en toont de Nederlandse naam', async ({ page, toon }) => {
  await toon('MaandVeld');
  const veld = page.getByRole('button', { name: 'Startmaand' });
  await expect(veld).toHaveText('maart 2026');
  await veld.click();
  const kalender = page.locator('[data-dates-dropdown]');
  await kalender.getByRole('button', { name: 'Volgend jaar' }).click();
  await kalender.getByRole('button', { name: 'november 2027', exact: true }).click();
  await expect(kalender).toHaveCount(0);
  await expect(veld).toHaveText('november 2027');
  await expect(page.getByTestId('maand')).toHaveText('"2027-11"');
});

test('TijdVeld: neemt 14:30 en 930, weigert 25:00 en 2:00 PM met de melding van het schema', async ({
  page,
  toon,
}) => {
  await toon('TijdVeld');
  const tijd = page.getByRole('textbox', { name: 'Tijd' });
  await expect(tijd).toHaveAttribute('placeholder', 'uu:mm');
  const controleer = page.getByRole('button', { name: 'Controleren' });
  const melding = page.getByText('De tijd moet als uu:mm (bijvoorbeeld 14:00).');

  await tijd.fill('14:30');
  await tijd.press('Tab');
  await expect(page.getByTestId('tijd')).toHaveText('"14:30"');
  await controleer.click();
  await expect(melding).toHaveCount(0);

  // Typed without a colon it is tidied when the field is left.
  await tijd.fill('930');
  await tijd.press('Tab');
  await expect(tijd).toHaveValue('09:30');
  await expect(page.getByTestId('tijd')).toHaveText('"09:30"');

  for (const fout of ['25:00', '2:00 PM']) {
    await tijd.fill(fout);
    await tijd.press('Tab');
    await expect(tijd).toHaveValue(fout);
    await controleer.click();
    await expect(melding).toBeVisible();
  }
});
