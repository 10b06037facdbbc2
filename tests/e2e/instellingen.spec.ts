import { getWerkgroep } from '../../electron/main/store/repositories/werkgroep';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { Api } from '../../shared/api/client';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

test('een gewijzigde werkgroepnaam blijft bewaard na opnieuw laden van het bestand', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /Instellingen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expectNoAxeViolations(page);

  const naam = page.getByRole('textbox', { name: 'Naam van de werkgroep' });
  await naam.fill('Werkgroep SROI Zeeland-Noord');
  await page.getByRole('button', { name: 'Werkgroep opslaan' }).click();
  await expect(page.getByText('Werkgroepgegevens opgeslagen.')).toBeVisible();
  await expect(page.getByTestId('opslagstatus')).toContainText('Opgeslagen om');
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
  await page.getByRole('button', { name: 'Werkgroep opslaan' }).click();
  await expect(page.getByText('Vul de naam van de werkgroep in.')).toBeVisible();
  const { db } = await readSnapshot(main.session.requireFile().path);
  expect(getWerkgroep(db).naam).toBe('Werkgroep SROI Oosterschelderegio');
  db.close();
});

test('de eigen naam van de gebruiker wordt op deze computer bewaard', async ({ page, appUrl, main }) => {
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/instellingen`);
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fenna Testpersoon');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByText('Uw naam is opgeslagen.')).toBeVisible();
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
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByText('Uw naam is opgeslagen.')).toBeVisible();

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
