import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Organisaties/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
});

test('een zorgaanbieder toevoegen met werkgebied en capaciteit', async ({ page, main }) => {
  await mkdir(fileURLToPath(new URL('../../screenshots/', import.meta.url)), { recursive: true });
  const tabel = page.getByRole('table', { name: 'Organisaties' });
  await expect(tabel.getByRole('row')).toHaveCount(13); // header + 7 gemeenten + 5 partners
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul de naam van de organisatie in.')).toBeVisible();
  await expect(dialog.getByText('Kies een soort organisatie uit de lijst.')).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Zorgcoöperatie Veerhaven (fictief)');
  await dialog.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Zorgaanbieder' }).click();
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill('geen-adres');
  await dialog.getByRole('combobox', { name: 'Werkgebied' }).click();
  await page.getByRole('option', { name: 'Goes' }).click();
  await page.getByRole('option', { name: 'Kapelle' }).click();
  await dialog.getByRole('textbox', { name: 'Naam' }).click();
  await dialog.getByRole('textbox', { name: /Jaaromzet/ }).fill('1.250.000');
  await page.screenshot({
    path: fileURLToPath(new URL('../../screenshots/07b-organisatie-toevoegen.png', import.meta.url)),
  });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill('info@veerhaven.example');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();

  const rij = tabel.getByRole('row', { name: /Zorgcoöperatie Veerhaven/ });
  await expect(rij).toContainText('Goes, Kapelle');
  await expect(rij).toContainText('€ 1.250.000');

  const { db } = await readSnapshot(main.session.requireFile().path);
  const opgeslagen = listOrganisaties(db, { zoek: 'Veerhaven' });
  db.close();
  expect(opgeslagen).toHaveLength(1);
  expect(opgeslagen[0]?.jaaromzetCent).toBe(125_000_000);
  expect(opgeslagen[0]?.werkgebied).toEqual(['Goes', 'Kapelle']);
});

test('een dubbele naam wordt geweigerd', async ({ page }) => {
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('gemeente goes');
  await dialog.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Gemeente' }).click();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Er is al een organisatie met de naam "Gemeente Goes".')).toBeVisible();
  await expect(dialog).toBeVisible();
});

test('zoeken, filteren, sorteren en archiveren', async ({ page }) => {
  const tabel = page.getByRole('table', { name: 'Organisaties' });
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('vlieger');
  await expect(tabel.getByRole('row')).toHaveCount(2);
  await expect(tabel).toContainText('Zorggroep De Schelpenbank');
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('');

  await page.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Zorgaanbieder' }).click();
  await expect(tabel.getByRole('row')).toHaveCount(5);

  await page.getByRole('button', { name: 'Sorteer op capaciteit' }).click();
  await expect(tabel.getByRole('row').nth(1)).toContainText('Het Ankerpunt');
  await page.getByRole('button', { name: 'Sorteer op capaciteit' }).click();
  await expect(tabel.getByRole('row').nth(1)).toContainText('Zorggroep De Schelpenbank');
  await expectNoAxeViolations(page);

  // Editing, archiving included, happens on the organisation's own page.
  await page.getByRole('link', { name: 'Het Ankerpunt Dagbesteding (fictief)' }).click();
  await page.getByRole('button', { name: 'Organisatie bewerken' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archiveren' }).click();
  // Archiving asks first, naming the organisation; nothing changes until the answer.
  const vraag = page.getByRole('dialog', { name: 'Archiveren' });
  await expect(vraag).toContainText('Het Ankerpunt Dagbesteding (fictief) archiveren?');
  await vraag.getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('link', { name: '← Alle organisaties' }).click();
  // Back on the list, unfiltered: header + 12 organisations, less the archived one.
  await expect(tabel.getByRole('row')).toHaveCount(12);
  await expect(tabel.getByRole('row', { name: /Het Ankerpunt/ })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Toon gearchiveerde' }).check();
  await expect(tabel.getByRole('row', { name: /Het Ankerpunt/ })).toContainText('Gearchiveerd');
});
