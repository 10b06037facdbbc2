import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

const SHOTS = '/tmp/ongedaan/';

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
});

/** Ctrl+Z as the app's platform means it (Cmd on macOS); the test machine is not a Mac. */
const CTRL_Z = 'Control+z';

test('een actie op klaar zetten en met Ongedaan maken weer openen; Ctrl+Z in een tekstveld is van het veld', async ({
  page,
  main,
}) => {
  const pad = () => main.session.requireFile().path;
  await page.getByRole('link', { name: 'Bijeenkomsten' }).click();
  await page.getByRole('tab', { name: 'Actielijst' }).click();
  const klaar = page.getByRole('button', { name: /: klaar$/ }).first();
  const naam = ((await klaar.getAttribute('aria-label')) ?? '').replace(/: klaar$/, '');
  const status = () =>
    opSchijf(
      pad(),
      (db) =>
        db.get<{ status: string }>('SELECT status FROM actiepunt WHERE omschrijving = ?', [naam])?.status,
    );
  expect(await status()).toBe('open');

  await klaar.click();
  const melding = page.getByTestId('ongedaan-melding');
  await expect(melding).toContainText(`Actie "${naam}" gemarkeerd als klaar.`);
  await expect(page.getByRole('button', { name: `${naam}: klaar` })).toHaveCount(0);
  expect(await status()).toBe('klaar');
  // The notice closes by itself after a while, unless the pointer rests on it (as a user's would).
  await melding.hover();
  for (const [width, height] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}melding-${width}x${height}.png`, animations: 'disabled' });
  }
  await expectNoAxeViolations(page);

  await melding.getByRole('button', { name: 'Ongedaan maken' }).click();
  // After the undo, the state that is back: not the old notice again, which read as what the undo did.
  await expect(page.getByText(`Actie "${naam}" staat weer open.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `${naam}: klaar` })).toBeVisible();
  await expect.poll(status).toBe('open');

  // Again done; then Ctrl+Z inside a text field is the field's own undo: the action stays done.
  await page.getByRole('button', { name: `${naam}: klaar` }).click();
  await expect(melding).toContainText(`Actie "${naam}" gemarkeerd als klaar.`);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const formulier = page.getByRole('dialog');
  const veld = formulier.getByRole('textbox', { name: 'Actie' });
  await veld.focus();
  await page.keyboard.press(CTRL_Z);
  // Nothing must happen, so there is nothing to wait for: give a wrong undo the time it would take.
  await page.waitForTimeout(1000);
  await expect(melding).toBeVisible();
  expect(await status()).toBe('klaar');
  await page.keyboard.press('Escape');
  await expect(formulier).toBeHidden();

  // Outside a field, Ctrl+Z takes the newest change back.
  await page.keyboard.press(CTRL_Z);
  await expect(page.getByRole('button', { name: `${naam}: klaar` })).toBeVisible();
  await expect.poll(status).toBe('open');
});

test('een verwijderde realisatie komt terug met Ctrl+Z; archiveren vraagt eerst', async ({ page, main }) => {
  const pad = () => main.session.requireFile().path;
  await page.goto(`${page.url().split('#')[0]}#/sroi/realisaties`);
  const verwijder = page.getByRole('button', { name: /^Realisatie ".*" verwijderen$/ }).first();
  const label = (await verwijder.getAttribute('aria-label')) ?? '';
  const omschrijving = label.replace(/^Realisatie "(.*)" verwijderen$/, '$1');
  const weg = () =>
    opSchijf(
      pad(),
      (db) =>
        db.get<{ d: string | null }>('SELECT deleted_at AS d FROM realisatie WHERE omschrijving = ?', [
          omschrijving,
        ])?.d,
    );
  await verwijder.click();
  await page
    .getByRole('dialog', { name: 'Verwijderen' })
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(page.getByTestId('ongedaan-melding')).toContainText(
    `Realisatie "${omschrijving}" verwijderd.`,
  );
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
  expect(await weg()).not.toBeNull();

  await page.keyboard.press(CTRL_Z);
  await expect(page.getByText(`Realisatie "${omschrijving}" is teruggezet.`)).toBeVisible();
  await expect(page.getByRole('button', { name: label })).toBeVisible();
  await expect.poll(weg).toBeNull();

  // Archiving (on the organisation's own page) asks first, saying what it means, and can be undone.
  await page.getByRole('link', { name: 'Organisaties' }).click();
  await page.getByRole('link', { name: 'Het Ankerpunt Dagbesteding (fictief)' }).click();
  const gearchiveerd = page.getByRole('heading', { level: 2 }).locator('..').getByText('Gearchiveerd');
  await expect(gearchiveerd).toHaveCount(0);
  await page.getByRole('button', { name: 'Organisatie bewerken' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archiveren' }).click();
  const vraag = page.getByRole('dialog', { name: 'Archiveren' });
  await expect(vraag).toContainText('Het Ankerpunt Dagbesteding (fictief) archiveren?');
  await expect(vraag).toContainText('blijft bewaard');
  await vraag.getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByTestId('ongedaan-melding')).toContainText(
    'Organisatie Het Ankerpunt Dagbesteding (fictief) gearchiveerd.',
  );
  await expect(gearchiveerd).toBeVisible();
  await page.keyboard.press(CTRL_Z);
  await expect(gearchiveerd).toHaveCount(0);
  // One undo, one notice that says so (with the organisation's name as written).
  await expect(
    page.getByText('Organisatie Het Ankerpunt Dagbesteding (fictief) is weer actief.'),
  ).toHaveCount(1);
});
