import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

/*
 * axe sees only what is on screen: a page can be clean while its menus, dropdowns, calendars and
 * dialogs are not. Each test opens one of them and checks the screen as it is then.
 */

async function naarEersteKandidaat(page: Page) {
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await page
    .getByRole('table', { name: 'Kandidaten' })
    .getByRole('link', { name: /^Kandidaat .* openen$/ })
    .first()
    .click();
  await expect(page.getByTestId('kandidaat-code')).toBeVisible();
}

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
});

test('het menu Bestand, open', async ({ page }) => {
  await page.getByRole('button', { name: 'Bestand' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Openen…' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('een keuzelijst op een pagina, open', async ({ page }) => {
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await page.getByRole('combobox', { name: 'Groep' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Stap toevoegen: de dialoog, een keuzelijst en de kalender open', async ({ page }) => {
  await naarEersteKandidaat(page);
  await page.getByRole('tab', { name: 'Leerlijn' }).click();
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  const stap = page.getByRole('dialog', { name: 'Stap toevoegen' });
  await expect(stap).toBeVisible();
  await expectNoAxeViolations(page);

  await stap.getByRole('combobox', { name: 'Soort stap (menukaart)' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('option', { name: 'Werkervaringsplaats' }).click();

  await stap.getByRole('textbox', { name: 'Geplande start' }).click();
  const kalender = page.locator('[data-dates-dropdown]');
  await expect(kalender.getByRole('button', { name: 'Volgende maand' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The month level of the calendar, too.
  await kalender.locator('[class*="-calendarHeaderLevel"]').click();
  await expect(kalender.getByRole('button', { name: /^januari \d{4}$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('de maandkiezer van een activiteit, open', async ({ page }) => {
  await page.getByRole('link', { name: /^Planning/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning' })).toBeVisible();
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
  await dialoog.getByRole('button', { name: 'Eerste maand', exact: true }).click();
  await expect(
    page.locator('[data-dates-dropdown]').getByRole('button', { name: 'Volgend jaar' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
