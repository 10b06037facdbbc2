import type { Page } from '@playwright/test';
import { getBijeenkomst, listActies } from '../../electron/main/store/repositories/bijeenkomsten';
import { expect, openVoorbeeld, opSchijf, test, vulDatum } from './fixtures';

// An English computer west of Greenwich: Chromium's own date field would show mm/dd/yyyy here,
// and a date sent through UTC would land on the day before.
test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

/** Opens the first meeting of the example file; its id from the address. */
async function eersteBijeenkomst(page: Page, appUrl: string): Promise<string> {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  return decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '');
}

/** The dialog of a new action on the first meeting, its description filled in. */
async function nieuweActie(page: Page, appUrl: string, omschrijving: string) {
  await eersteBijeenkomst(page, appUrl);
  await page.getByRole('tab', { name: /^Acties/ }).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const actie = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await actie.getByRole('textbox', { name: 'Actie' }).fill(omschrijving);
  return { actie, deadline: actie.getByRole('textbox', { name: 'Uiterlijk', exact: true }) };
}

test('op een Engelse computer toont en neemt een datumveld dd-mm-jjjj, met een Nederlandse kalender', async ({
  page,
  appUrl,
  main,
}) => {
  const { actie, deadline } = await nieuweActie(page, appUrl, 'Zaal reserveren');
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');

  await expect(deadline).toHaveAttribute('placeholder', 'dd-mm-jjjj');
  // Typed the Dutch way, also with slashes and without leading zeros.
  await deadline.fill('1/5/2026');
  await deadline.press('Tab');
  await expect(deadline).toHaveValue('01-05-2026');
  // An American reading (month first) of a day that cannot be one is not taken: it stays, with why.
  await deadline.fill('05-31-2026');
  await deadline.press('Tab');
  await expect(deadline).toHaveValue('05-31-2026');
  await expect(actie.getByText('05-31-2026 bestaat niet. Typ de datum als dd-mm-jjjj.')).toBeVisible();
  await deadline.fill('1-5-2026');
  await deadline.press('Tab');
  await expect(deadline).toHaveValue('01-05-2026');
  await expect(actie.getByText(/bestaat niet/)).toHaveCount(0);

  // The calendar is Dutch and starts its weeks on Monday.
  await deadline.click();
  const kalender = page.locator('[data-dates-dropdown]');
  await expect(kalender.getByRole('button', { name: 'mei 2026', exact: true })).toBeVisible();
  await expect(kalender.locator('thead th').first()).toHaveText('ma');
  await expect(kalender.getByRole('button', { name: '1 mei 2026', exact: true })).toHaveAttribute(
    'data-selected',
    'true',
  );
  await kalender.getByRole('button', { name: '15 mei 2026' }).click();
  await expect(kalender).toHaveCount(0);
  await expect(deadline).toHaveValue('15-05-2026');

  await actie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actie).toBeHidden();
  const opgeslagen = await opSchijf(main.session.requireFile().path, (db) =>
    listActies(db).find((a) => a.omschrijving === 'Zaal reserveren'),
  );
  expect(opgeslagen?.deadline).toBe('2026-05-15');

  // The optional deadline can be emptied again with its clear button.
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await vulDatum(actie, 'Uiterlijk', '2026-12-31');
  await actie.getByRole('button', { name: 'Datum wissen' }).click();
  await expect(deadline).toHaveValue('');
});

test('op een Engelse computer toont en neemt het tijdveld uu:mm (24 uur), nooit 2:00 PM', async ({
  page,
  appUrl,
  main,
}) => {
  const id = await eersteBijeenkomst(page, appUrl);
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => getBijeenkomst(db, id).tijd)).toBe('14:00');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Bijeenkomst bewerken' });
  const tijd = dialoog.getByRole('textbox', { name: 'Tijd' });

  // A plain text field: what it holds is what is shown (Chromium's own time field shows 2:00 PM here).
  expect(await tijd.evaluate((veld) => (veld as HTMLInputElement).type)).toBe('text');
  await expect(tijd).toHaveValue('14:00');
  await expect(tijd).toHaveAttribute('placeholder', 'uu:mm');
  // Typed without a colon, or with a dot: tidied to uu:mm on leaving the field.
  await tijd.fill('930');
  await tijd.press('Tab');
  await expect(tijd).toHaveValue('09:30');
  // The American way is no time here: the field says how, and nothing is saved.
  await tijd.fill('2:00 PM');
  await tijd.press('Tab');
  await expect(tijd).toHaveValue('2:00 PM');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog.getByText('De tijd moet als uu:mm (bijvoorbeeld 14:00).')).toBeVisible();
  expect(await opSchijf(pad, (db) => getBijeenkomst(db, id).tijd)).toBe('14:00');

  // Enter straight from the field saves it tidied too.
  await tijd.fill('19.45');
  await tijd.press('Enter');
  await expect(dialoog).toBeHidden();
  expect(await opSchijf(pad, (db) => getBijeenkomst(db, id).tijd)).toBe('19:45');
});

test('een datum die niet bestaat of niet te lezen is blijft staan met een melding, en wordt niet opgeslagen', async ({
  page,
  appUrl,
  main,
}) => {
  const { actie, deadline } = await nieuweActie(page, appUrl, 'Flyers drukken');

  // Typed into an empty field and left with Tab: never emptied without a word.
  await deadline.pressSequentially('31-02-2027');
  await deadline.press('Tab');
  await expect(deadline).toHaveValue('31-02-2027');
  await expect(deadline).toHaveAttribute('aria-invalid', 'true');
  await expect(actie.getByText('31-02-2027 bestaat niet. Typ de datum als dd-mm-jjjj.')).toBeVisible();

  // A two-digit year is refused (1-2-27 could be 1927), with how to type it.
  await deadline.fill('1-2-27');
  await deadline.press('Tab');
  await expect(deadline).toHaveValue('1-2-27');
  await expect(actie.getByText('Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-02-2027.')).toBeVisible();

  // Opslaan (and Enter in the field) refuses while the field holds no date: nothing is stored.
  await actie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actie).toBeVisible();
  await expect(deadline).toBeFocused();
  await deadline.press('Enter');
  await expect(actie).toBeVisible();
  await expect(actie.getByText('Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-02-2027.')).toBeVisible();
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => listActies(db).some((a) => a.omschrijving === 'Flyers drukken'))).toBe(
    false,
  );

  // A field that holds a date: focusing it selects the date, so typing replaces it.
  await deadline.fill('31-12-2026');
  await deadline.press('Tab');
  await expect(actie.getByText(/dd-mm-jjjj/)).toHaveCount(0);
  await deadline.click();
  await page.keyboard.type('2-1-2027');
  await page.keyboard.press('Tab');
  await expect(deadline).toHaveValue('02-01-2027');
  await actie.getByRole('textbox', { name: 'Actie' }).click();
  await deadline.focus();
  await page.keyboard.type('3-1-2027');
  await page.keyboard.press('Tab');
  await expect(deadline).toHaveValue('03-01-2027');

  await actie.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actie).toBeHidden();
  const opgeslagen = await opSchijf(pad, (db) =>
    listActies(db).find((a) => a.omschrijving === 'Flyers drukken'),
  );
  expect(opgeslagen?.deadline).toBe('2027-01-03');
});

test('in een gewoon formulier houdt een onmogelijke datum het opslaan tegen; de oude datum blijft', async ({
  page,
  appUrl,
  main,
}) => {
  const id = await eersteBijeenkomst(page, appUrl);
  const pad = main.session.requireFile().path;
  const voor = await opSchijf(pad, (db) => getBijeenkomst(db, id).datum);
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Bijeenkomst bewerken' });
  const datum = dialoog.getByRole('textbox', { name: 'Datum', exact: true });
  await datum.click();
  await page.keyboard.type('31-02-2027');
  await expect(datum).toHaveValue('31-02-2027');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog.getByText('31-02-2027 bestaat niet. Typ de datum als dd-mm-jjjj.')).toBeVisible();
  await expect(dialoog).toBeVisible();
  expect(await opSchijf(pad, (db) => getBijeenkomst(db, id).datum)).toBe(voor);

  // Emptying a required date is said too, not put back silently.
  await datum.fill('');
  await datum.press('Tab');
  await expect(datum).toHaveValue('');
  await datum.fill('28-02-2027');
  await datum.press('Enter');
  await expect(dialoog).toBeHidden();
  expect(await opSchijf(pad, (db) => getBijeenkomst(db, id).datum)).toBe('2027-02-28');
});
