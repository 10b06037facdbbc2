import { getWerkgroep } from '../../electron/main/store/repositories/werkgroep';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { Api } from '../../shared/api/client';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

test('een gewijzigde werkgroepnaam blijft bewaard na opnieuw laden van het bestand', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /Instellingen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Saved as it is typed: there is no save button.
  await expect(page.getByRole('button', { name: /opslaan/i })).toHaveCount(0);
  const naam = page.getByRole('textbox', { name: 'Naam van de werkgroep' });
  await naam.fill('Werkgroep SROI Zeeland-Noord');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen om/);
  await expect(page.getByTestId('bestandsnaam')).toContainText('Werkgroep SROI Zeeland-Noord');
  // The audit log says what happened, without content.
  await expect(page.getByTestId('logregel').first()).toContainText('Werkgroepgegevens gewijzigd');
  await expect(page.getByTestId('logregel').first()).toContainText('Gewijzigd');

  // On disk, read by a fresh sql.js database.
  const path = main.session.requireFile().path;
  const { db } = await readSnapshot(path);
  expect(getWerkgroep(db).naam).toBe('Werkgroep SROI Zeeland-Noord');
  db.close();

  // Quit and relaunch: the file is read from disk again.
  await main.restart();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Naam van de werkgroep' })).toHaveValue(
    'Werkgroep SROI Zeeland-Noord',
  );
  await expect(page.getByTestId('bestandsnaam')).toContainText('Werkgroep SROI Zeeland-Noord');
});

test('een lege naam wordt in het Nederlands geweigerd en er gaat niets verloren', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/instellingen`);
  const naam = page.getByRole('textbox', { name: 'Naam van de werkgroep' });
  await naam.fill('   ');
  // After the pause: the field's message, and the header says it is not saved.
  await expect(page.getByText('Vul de naam van de werkgroep in.')).toBeVisible();
  await expect(page.getByTestId('opslagstatus')).toHaveText('Niet opgeslagen');
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => getWerkgroep(db).naam)).toBe('Werkgroep SROI Oosterschelderegio');

  // Another page and back: still as typed, still not saved; a name typed then is saved.
  await page.getByRole('link', { name: /^Dashboard/ }).click();
  await expect(page.getByTestId('opslagstatus')).toHaveText('Niet opgeslagen');
  await page.getByRole('link', { name: /^Instellingen/ }).click();
  await expect(naam).toHaveValue('   ');
  expect(await opSchijf(pad, (db) => getWerkgroep(db).naam)).toBe('Werkgroep SROI Oosterschelderegio');
  await naam.fill('Werkgroep Bevelanden');
  await expect(page.getByText('Vul de naam van de werkgroep in.')).toBeHidden();
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  expect(await opSchijf(pad, (db) => getWerkgroep(db).naam)).toBe('Werkgroep Bevelanden');
});

test('de eigen naam van de gebruiker wordt op deze computer bewaard', async ({ page, appUrl, main }) => {
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/instellingen`);
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fenna Testpersoon');
  await expect(page.getByTestId('opslagstatus')).toHaveText('Niet opgeslagen');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  await main.restart();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Uw naam' })).toHaveValue('Fenna Testpersoon');
});

test('het logboek zegt in woorden wat er veranderde, met de naam van wie het deed', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/instellingen`);
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fenna Testpersoon');
  await expect(page.getByTestId('opslagstatus')).toHaveText('Niet opgeslagen');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);

  // A meeting planned and removed again, through the page's own api (the same calls its forms make).
  await page.evaluate(async () => {
    const { api } = window as unknown as { api: Api };
    const b = await api.bijeenkomsten.opslaan({
      soort: 'werkgroep',
      datum: '2026-11-12',
      tijd: null,
      plaats: null,
    });
    if (!b.ok) throw new Error(b.error.message);
    await api.bijeenkomsten.verwijderen({ id: b.data.id });
  });

  // Calls made outside the page's queries: load the page afresh to read the log.
  await page.goto(`${appUrl}#/instellingen`);
  await page.reload();
  const regels = page.getByTestId('logregel');
  await expect(regels.first()).toContainText('Bijeenkomst van 12-11-2026 verwijderd');
  await expect(regels.first()).toContainText('Fenna Testpersoon');
  await expect(regels.nth(1)).toContainText('Bijeenkomst van 12-11-2026 (verwijderd) toegevoegd');
  // Never a bare id anywhere in the log.
  await expect(page.getByRole('table', { name: 'Logboek' })).not.toContainText(/[0-9a-f]{8}\b/);
  await page.screenshot({ path: 'screenshots/laptop/1024-logboek.png', fullPage: true });
  await expectNoAxeViolations(page);
});
