import { expect, expectNoAxeViolations, opBeideSchermen, openVoorbeeld, opSchijf, test } from './fixtures';

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
});

test('een besluit met een actie voor een activiteit uit de planning, en die keten heen en terug volgen', async ({
  page,
  main,
}) => {
  const pad = () => main.session.requireFile().path;
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  const kop = page.getByRole('heading', { level: 2, name: /^Werkgroep / });
  await expect(kop).toBeVisible();
  const bijeenkomst = (await kop.textContent()) ?? '';

  // A besluit about an activity of the planning.
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await page
    .getByRole('textbox', { name: 'Nieuw besluit' })
    .fill('We nodigen voor groep 2 ook werkgevers uit.');
  await page.getByRole('combobox', { name: 'Activiteit in de planning' }).click();
  await page.getByRole('option', { name: 'Groep 2', exact: true }).click();
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  const rij = page.getByRole('row', { name: /^4 We nodigen voor groep 2 ook werkgevers uit\./ });
  await expect(rij).toBeVisible();
  await expect(rij.getByTestId('besluit-activiteit')).toHaveText('Activiteit: Groep 2');

  // An action under it: the form knows the besluit; the activity is chosen.
  await rij.getByRole('button', { name: 'Actie toevoegen bij besluit 4' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await expect(dialoog.getByRole('combobox', { name: 'Bij besluit' })).toHaveValue(
    'Besluit 4: We nodigen voor groep 2 ook werkgevers uit.',
  );
  await dialoog.getByRole('textbox', { name: 'Actie', exact: true }).fill('Drie werkgevers uitnodigen');
  await dialoog.getByRole('textbox', { name: 'Eigenaar' }).fill('Werkbedrijf');
  // Added at the besluit, the action concerns the besluit's activity until the user picks another.
  await expect(dialoog.getByRole('combobox', { name: 'Activiteit in de planning' })).toHaveValue('Groep 2');
  await expectNoAxeViolations(page);
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();

  // The chain on the meeting page: the action under its besluit, and in the actions its besluit and activity.
  await expect(rij.getByTestId('besluit-acties')).toContainText(
    'Drie werkgevers uitnodigen (Werkbedrijf, open)',
  );
  await opBeideSchermen(page, 'bijeenkomst-besluiten');
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: /^Acties/ }).click();
  const actie = page.getByTestId('actie-rij').filter({ hasText: 'Drie werkgevers uitnodigen' });
  await expect(actie.getByTestId('actie-keten')).toHaveText(/^bij besluit 4\s*activiteit: Groep 2$/);
  await opBeideSchermen(page, 'bijeenkomst-acties');
  await expectNoAxeViolations(page);

  // On disk: the action points at the besluit and the activity, the besluit at the activity.
  const opgeslagen = await opSchijf(pad(), (db) =>
    db.get<{ nummer: number; besluit_activiteit: string; actie_activiteit: string; titel: string }>(
      `SELECT s.nummer, s.activiteit_id AS besluit_activiteit, a.activiteit_id AS actie_activiteit, p.titel
       FROM actiepunt a JOIN besluit s ON s.id = a.besluit_id JOIN planning_activiteit p ON p.id = a.activiteit_id
       WHERE a.omschrijving = 'Drie werkgevers uitnodigen'`,
    ),
  );
  expect(opgeslagen).toMatchObject({ nummer: 4, titel: 'Groep 2' });
  expect(opgeslagen?.besluit_activiteit).toBe(opgeslagen?.actie_activiteit);

  // Follow the activity to the planning: its details list the besluit and the action.
  await actie.getByRole('link', { name: 'Groep 2' }).click();
  const details = page.getByRole('dialog', { name: 'Activiteit wijzigen' });
  await expect(details.getByRole('textbox', { name: 'Titel' })).toHaveValue('Groep 2');
  const verwijzingen = details.getByTestId('activiteit-verwijzingen');
  await expect(verwijzingen.getByRole('heading')).toHaveText('Besluiten en acties (1 besluit, 1 actie)');
  await expect(verwijzingen.getByRole('list', { name: 'Besluiten over deze activiteit' })).toContainText(
    'Besluit 4',
  );
  await expect(verwijzingen.getByRole('list', { name: 'Acties over deze activiteit' })).toContainText(
    'Drie werkgevers uitnodigen (Werkbedrijf, open, bij besluit 4)',
  );
  await opBeideSchermen(page, 'planning-details');
  await expectNoAxeViolations(page);

  // The list counts them per activity.
  await details.getByRole('button', { name: 'Annuleren' }).click();
  await expect(details).toBeHidden();
  await page.getByRole('tab', { name: 'Lijst' }).click();
  await expect(page.getByRole('row', { name: /^Groep 2 / }).getByTestId('verwijzingen-telling')).toHaveText(
    '1 besluit, 1 actie',
  );
  await opBeideSchermen(page, 'planning-lijst');

  // And back: the besluit's link leads to the meeting that took it.
  await page
    .getByRole('row', { name: /^Groep 2 / })
    .getByRole('button', { name: 'Groep 2 wijzigen' })
    .click();
  await details.getByRole('link', { name: 'Besluit 4' }).click();
  await expect(page.getByRole('heading', { level: 2, name: bijeenkomst })).toBeVisible();

  // Deleting the besluit unlinks its action (it stays); undo brings the besluit back and links it again.
  const besluitVan = () =>
    opSchijf(pad(), (db) =>
      db.get<{ b: string | null }>(
        "SELECT besluit_id AS b FROM actiepunt WHERE omschrijving = 'Drie werkgevers uitnodigen'",
      ),
    );
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await page.getByRole('button', { name: 'Besluit 4 verwijderen' }).click();
  await page
    .getByRole('dialog', { name: 'Verwijderen' })
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(rij).toHaveCount(0);
  await expect.poll(async () => (await besluitVan())?.b).toBeNull();
  await page.getByTestId('ongedaan-melding').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(rij.getByTestId('besluit-acties')).toContainText('Drie werkgevers uitnodigen');
  await expect.poll(async () => (await besluitVan())?.b).not.toBeNull();
});
