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

  // The open tab is in the URL, so a link can name it.
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await expect(page).toHaveURL(/#\/bijeenkomsten\/[^/]+\/besluiten$/);

  // A besluit about an activity of the planning. Typed but not recorded, it says so where the user
  // looks, and another tab does not lose it (text nor activity).
  const nieuw = page.getByRole('textbox', { name: 'Nieuw besluit' });
  // Without text the field says what is missing; no failure notice.
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByText('Vul eerst de tekst van het besluit in.')).toBeVisible();
  await expect(page.getByText('Dat lukte niet')).toHaveCount(0);
  await nieuw.fill('We nodigen voor groep 2 ook werkgevers uit.');
  await expect(page.getByText('Vul eerst de tekst van het besluit in.')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Activiteit in de planning' }).click();
  await page.getByRole('option', { name: 'Groep 2', exact: true }).click();
  await expect(page.getByTestId('besluit-concept')).toHaveText(
    'Nog niet toegevoegd: klik op Besluit vastleggen (of Ctrl+Enter) om het een nummer te geven.',
  );
  await opBeideSchermen(page, 'besluit-nog-niet-toegevoegd');
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: /^Agenda/ }).click();
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await expect(nieuw).toHaveValue('We nodigen voor groep 2 ook werkgevers uit.');
  await expect(page.getByRole('combobox', { name: 'Activiteit in de planning' })).toHaveValue('Groep 2');
  await nieuw.press('Control+Enter');
  const rij = page.getByRole('row', { name: /^4 We nodigen voor groep 2 ook werkgevers uit\./ });
  await expect(rij).toBeVisible();
  await expect(rij.getByTestId('besluit-activiteit')).toHaveText('Activiteit: Groep 2');
  await expect(nieuw).toHaveValue('');
  await expect(page.getByTestId('besluit-concept')).toHaveCount(0);

  // An action under it: the form knows the besluit; the activity is chosen.
  await rij.getByRole('button', { name: 'Actie toevoegen bij besluit 4' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Actie toevoegen' });
  const bijBesluit = dialoog.getByRole('combobox', { name: 'Bij besluit' });
  await expect(bijBesluit).toHaveValue('Besluit 4: We nodigen voor groep 2 ook werkgevers uit.');
  // A long besluit is shortened after a whole word; its option shows the whole text.
  await bijBesluit.click();
  const drie = page.getByRole('option', { name: /^Besluit 3:/ });
  await expect(drie.getByText('Besluit 3: Groep 2 start pas als er voor iedere kandidaat…')).toBeVisible();
  await expect(drie.getByTestId('besluit-optie')).toHaveAttribute(
    'title',
    'Groep 2 start pas als er voor iedere kandidaat een werkervaringsplaats is.',
  );
  await expect(drie).toContainText(
    'Groep 2 start pas als er voor iedere kandidaat een werkervaringsplaats is.',
  );
  await opBeideSchermen(page, 'actie-bij-besluit-keuze');
  // Closed by a click beside it (clicking the chosen option again would clear it).
  await dialoog.getByRole('heading', { name: 'Actie toevoegen' }).click();
  await expect(drie).toBeHidden();
  await expect(bijBesluit).toHaveValue('Besluit 4: We nodigen voor groep 2 ook werkgevers uit.');
  await dialoog.getByRole('textbox', { name: 'Actie', exact: true }).fill('Drie werkgevers uitnodigen');
  await dialoog.getByRole('textbox', { name: 'Eigenaar' }).fill('Werkbedrijf');
  // Added at the besluit, the action concerns the besluit's activity until the user picks another.
  await expect(dialoog.getByRole('combobox', { name: 'Activiteit in de planning' })).toHaveValue('Groep 2');
  await expectNoAxeViolations(page);
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();

  // The chain on the meeting page: the action under its besluit, and in the actions its besluit and activity.
  // The action under its besluit: the action on one line, who and its status whole on the next.
  await expect(rij.getByTestId('besluit-acties')).toContainText('Drie werkgevers uitnodigen');
  const actieRegel = rij.getByTestId('besluit-actie-details');
  await expect(actieRegel).toHaveText('Werkbedrijf · open');
  await page.setViewportSize({ width: 1024, height: 700 });
  const actieLink = rij.getByRole('button', { name: 'Drie werkgevers uitnodigen' });
  const [link, regel] = [await actieLink.boundingBox(), await actieRegel.boundingBox()];
  expect(regel?.y ?? 0).toBeGreaterThanOrEqual((link?.y ?? 0) + (link?.height ?? 0) - 1);
  expect(regel?.height ?? 99).toBeLessThan(24);
  await page.setViewportSize({ width: 1280, height: 800 });
  await opBeideSchermen(page, 'bijeenkomst-besluiten');
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: /^Acties/ }).click();
  await expect(page).toHaveURL(/\/acties$/);
  const actie = page.getByTestId('actie-rij').filter({ hasText: 'Drie werkgevers uitnodigen' });
  // One casing for the label, as under a besluit.
  await expect(actie.getByTestId('actie-keten')).toHaveText(/^bij besluit 4\s*Activiteit: Groep 2$/);
  await opBeideSchermen(page, 'bijeenkomst-acties');
  await expectNoAxeViolations(page);

  // "bij besluit 4" opens the Besluiten tab with that besluit in view and marked.
  await actie.getByRole('link', { name: 'bij besluit 4' }).click();
  await expect(page).toHaveURL(/\/besluiten\/[^/]+$/);
  await expect(page.getByRole('tab', { name: /^Besluiten/ })).toHaveAttribute('aria-selected', 'true');
  await expect(rij).toHaveAttribute('data-gemarkeerd', 'true');
  await expect(rij).toBeInViewport();
  await expect(page.getByRole('row', { name: /^3 / })).not.toHaveAttribute('data-gemarkeerd');
  await opBeideSchermen(page, 'bijeenkomst-besluit-gemarkeerd');
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: /^Acties/ }).click();

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
  // The example's besluit 3 and its action concern Groep 2 too.
  await expect(verwijzingen.getByRole('heading')).toHaveText('Besluiten en acties (2 besluiten, 2 acties)');
  await expect(verwijzingen.getByRole('list', { name: 'Besluiten over deze activiteit' })).toContainText(
    'Besluit 4',
  );
  // Three lines, then the rest on request: the dialog fits a 1280×720 screen without scrolling.
  const acties = verwijzingen.getByRole('list', { name: 'Acties over deze activiteit' });
  await expect(acties.getByRole('listitem')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 720 });
  const schuift = () => details.evaluate((d) => d.scrollHeight > d.clientHeight + 1);
  expect(await schuift()).toBe(false);
  await page.setViewportSize({ width: 1280, height: 800 });
  await opBeideSchermen(page, 'planning-details');
  await expectNoAxeViolations(page);
  await verwijzingen.getByRole('button', { name: 'Alle 4 tonen' }).click();
  await expect(acties).toContainText('Drie werkgevers uitnodigen (Werkbedrijf, open, bij besluit 4)');
  await expect(verwijzingen.getByRole('button', { name: 'Minder tonen' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // The list counts them per activity.
  await details.getByRole('button', { name: 'Annuleren' }).click();
  await expect(details).toBeHidden();
  await page.getByRole('tab', { name: 'Lijst' }).click();
  await expect(page.getByRole('row', { name: /^Groep 2 / }).getByTestId('verwijzingen-telling')).toHaveText(
    '2 besluiten, 2 acties',
  );
  await opBeideSchermen(page, 'planning-lijst');

  // And back: the besluit's link leads to the meeting that took it.
  await page
    .getByRole('row', { name: /^Groep 2 / })
    .getByRole('button', { name: 'Groep 2 wijzigen' })
    .click();
  await details.getByRole('link', { name: 'Besluit 4' }).click();
  await expect(page.getByRole('heading', { level: 2, name: bijeenkomst })).toBeVisible();
  // At the Besluiten tab, with the besluit marked, not at the agenda.
  await expect(page.getByRole('tab', { name: /^Besluiten/ })).toHaveAttribute('aria-selected', 'true');
  await expect(rij).toHaveAttribute('data-gemarkeerd', 'true');
  // An action's link opens the Acties tab at that action.
  await page.goBack();
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: 'Alle 4 tonen' }).click();
  await details.getByRole('link', { name: 'Drie werkgevers uitnodigen' }).click();
  await expect(page.getByRole('tab', { name: /^Acties/ })).toHaveAttribute('aria-selected', 'true');
  await expect(actie).toHaveAttribute('data-gemarkeerd', 'true');
  await expect(actie).toBeInViewport();

  // Deleting the besluit unlinks its action (it stays); undo brings the besluit back and links it again.
  const besluitVan = () =>
    opSchijf(pad(), (db) =>
      db.get<{ b: string | null }>(
        "SELECT besluit_id AS b FROM actiepunt WHERE omschrijving = 'Drie werkgevers uitnodigen'",
      ),
    );
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await page.getByRole('button', { name: 'Besluit 4 verwijderen' }).click();
  // The question says what becomes of the action that follows from it.
  await expect(page.getByRole('dialog', { name: 'Verwijderen' })).toContainText(
    'De actie die eruit volgt, blijft staan, zonder besluit.',
  );
  await page
    .getByRole('dialog', { name: 'Verwijderen' })
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(rij).toHaveCount(0);
  await expect.poll(async () => (await besluitVan())?.b).toBeNull();
  await expect(page.getByTestId('ongedaan-melding')).toContainText('Besluit 4 verwijderd.');
  await page.getByTestId('ongedaan-melding').getByRole('button', { name: 'Ongedaan maken' }).click();
  // Said as what the undo did, not as the delete again.
  await expect(page.getByText('Besluit 4 is teruggezet.')).toBeVisible();
  await expect(rij.getByTestId('besluit-acties')).toContainText('Drie werkgevers uitnodigen');
  await expect.poll(async () => (await besluitVan())?.b).not.toBeNull();
});

test('de besluitenlijst toont per besluit de activiteit en de acties, al in het voorbeeld', async ({
  page,
}) => {
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await page.getByRole('tab', { name: 'Besluitenlijst' }).click();
  const lijst = page.getByRole('table', { name: 'Besluitenlijst' });
  const eerste = lijst.getByRole('row', { name: /^1 We starten met vijf kandidaten/ });
  await expect(eerste.getByTestId('besluit-keten')).toHaveText(
    /^Activiteit: Inventarisatie bij zorgaanbieders\s*Actie: Inventarisatieformulier versturen \(Secretaris, uiterlijk \d\d-\d\d-\d{4}\) – klaar$/,
  );
  const derde = lijst.getByRole('row', { name: /^3 Groep 2 start pas/ });
  await expect(derde.getByTestId('besluit-keten')).toHaveText(
    /^Activiteit: Groep 2\s*Actie: Werkervaringsplaatsen voor groep 2 zoeken \(Zorggroep De Schelpenbank, uiterlijk \d\d-\d\d-\d{4}\)$/,
  );
  await opBeideSchermen(page, 'besluitenlijst');
  await expectNoAxeViolations(page);

  // The meeting's link opens that meeting at the besluit.
  await derde.getByRole('link', { name: /^Werkgroep / }).click();
  await expect(page.getByRole('tab', { name: /^Besluiten/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('row', { name: /^3 Groep 2 start pas/ })).toHaveAttribute(
    'data-gemarkeerd',
    'true',
  );
  // A reload keeps the tab: it is in the URL.
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Besluiten/ })).toHaveAttribute('aria-selected', 'true');

  // An action in the besluitenlijst leads to that action on its meeting's Acties tab.
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await page.getByRole('tab', { name: 'Besluitenlijst' }).click();
  await derde.getByRole('link', { name: /^Werkervaringsplaatsen voor groep 2 zoeken/ }).click();
  await expect(page.getByRole('tab', { name: /^Acties/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('row', { name: /^Werkervaringsplaatsen voor groep 2 zoeken/ })).toHaveAttribute(
    'data-gemarkeerd',
    'true',
  );
});
