import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, nieuweWerkgroep, openVoorbeeld, opSchijf, test } from './fixtures';

const SHOTS = '/tmp/aandeslag/';
const SCHERMEN = [
  [1280, 720],
  [1024, 700],
] as const;

const stap = (page: Page, sleutel: string) => page.getByTestId(`aan-de-slag-${sleutel}`);

test('een nieuwe werkgroep krijgt de lijst Aan de slag: een stap leidt naar zijn pagina, gedaan is afgevinkt, verbergen blijft', async ({
  page,
  appUrl,
}) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Begin', 'Later kiezen (onder SROI → Waardering)');
  const lijst = page.getByRole('region', { name: 'Aan de slag' });
  await expect(lijst).toBeVisible();
  await expect(lijst).toContainText('0 van 7 stappen gedaan');
  await expect(stap(page, 'organisaties')).toHaveAttribute('data-klaar', 'false');
  await expectNoAxeViolations(page);
  for (const [w, h] of SCHERMEN) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}dashboard-aan-de-slag-${w}.png`, animations: 'disabled' });
  }

  // The valuation step opens SROI on its Waardering tab, where the table is chosen.
  await lijst.getByRole('link', { name: 'Een waarderingstabel kiezen' }).click();
  await expect(page).toHaveURL(/#\/sroi\/waardering$/);
  await expect(page.getByRole('tab', { name: 'Waardering en menukaart' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText('Nog geen waarderingstabel gekozen')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}sroi-waardering-1024.png`, animations: 'disabled' });

  // Adding a partner organisation (the region's gemeenten do not count) ticks the first step.
  await page.getByRole('link', { name: /^Dashboard/ }).click();
  await lijst.getByRole('link', { name: 'Partnerorganisaties toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Bouwbedrijf De Vliet (fictief)');
  await dialog.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Werkgever' }).click();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: /^Dashboard/ }).click();
  await expect(stap(page, 'organisaties')).toHaveAttribute('data-klaar', 'true');
  await expect(stap(page, 'organisaties')).toContainText('(gedaan)');
  await expect(lijst).toContainText('1 van 7 stappen gedaan');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}dashboard-aan-de-slag-afgevinkt-1024.png`, animations: 'disabled' });

  // Hiding can be undone from its notice.
  await lijst.getByRole('button', { name: 'Lijst verbergen' }).click();
  await expect(lijst).toBeHidden();
  await page.getByTestId('ongedaan-melding').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(lijst).toBeVisible();

  // Hidden, it stays hidden: after reloading the app and after closing and reopening the file.
  await lijst.getByRole('button', { name: 'Lijst verbergen' }).click();
  await expect(lijst).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Kerncijfers', exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText('Werkgroep Begin');
  await expect(page.getByRole('heading', { name: /^Kerncijfers/ })).toBeVisible();
  await expect(lijst).toBeHidden();
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Werkgroep sluiten' }).click();
  await page.getByRole('button', { name: /^Werkgroep Begin.*openen$/ }).click();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText('Werkgroep Begin');
  await expect(page.getByRole('heading', { name: /^Kerncijfers/ })).toBeVisible();
  await expect(lijst).toBeHidden();

  // Wanted back later: the palette (Ctrl+K) has "Aan de slag tonen", which leads to the dashboard.
  await page.getByRole('link', { name: 'Planning' }).click();
  await page.keyboard.press('Control+K');
  const palet = page.getByRole('dialog', { name: 'Zoeken en opdrachten' });
  await palet.getByRole('textbox', { name: 'Zoekterm' }).fill('aan de slag');
  await palet.getByRole('button', { name: 'Aan de slag tonen' }).click();
  await expect(lijst).toBeVisible();
  await expect(lijst).toContainText('1 van 7 stappen gedaan');
});

test('de voorbeeldwerkgroep toont geen lijst Aan de slag: alles is er al', async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
  await expect(page.getByRole('heading', { name: /^Kerncijfers/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aan de slag' })).toHaveCount(0);
});

test('een nieuwe werkgroep begint met een waarderingstabel, zodat de stap al is afgevinkt', async ({
  page,
  appUrl,
  main,
}) => {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Nieuwe werkgroep…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe werkgroep' });
  // Nothing is shown as chosen before a region is typed; a region without a table of its own gets
  // the general one (Regio Utrecht), as the help text says.
  const tabel = dialog.getByRole('combobox', { name: 'Waarderingstabel' });
  await expect(tabel).toHaveValue('');
  await expect(tabel).toHaveAttribute('placeholder', 'Volgt de regio die u hieronder invult');
  await dialog.getByRole('combobox', { name: /^Regio/ }).fill('Friese Eis');
  await expect(tabel).toHaveValue('Regio Utrecht');
  await expectNoAxeViolations(page);
  for (const [w, h] of SCHERMEN) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}nieuwe-werkgroep-${w}.png`, animations: 'disabled' });
  }
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Friesland', 'Friese Eis');
  await expect(stap(page, 'waarderingstabel')).toHaveAttribute('data-klaar', 'true');
  await expect(page.getByRole('region', { name: 'Aan de slag' })).toContainText('1 van 7 stappen gedaan');
  const pad = main.session.requireFile().path;
  expect(
    await opSchijf(pad, (db) =>
      db.get<{ naam: string }>(
        'SELECT t.naam FROM werkgroep w JOIN waarderingstabel t ON t.id = w.waarderingstabel_id',
      ),
    ),
  ).toEqual({ naam: 'Friese Eis (publieke bouwblokken)' });
  await page.getByRole('link', { name: 'Een waarderingstabel kiezen' }).click();
  await expect(page.getByText('Nog geen waarderingstabel gekozen')).toHaveCount(0);
});
