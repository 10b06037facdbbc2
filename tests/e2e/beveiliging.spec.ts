import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';
import { beveiligVoorbeeld, bewaarHerstelcode, SCRYPT } from './wachtwoord-stappen';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const EERSTE = 'de zeehond zwemt bij Zierikzee';
const TWEEDE = 'een nieuw wachtwoord na herstel';
const DERDE = 'het derde wachtwoord van de week';

async function vergrendel(page: Page) {
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible();
}

async function ontgrendel(page: Page, wachtwoord: string) {
  await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  // Back in the shell, on the page it was locked on.
  await expect(page.getByTestId('bestandsnaam')).toContainText('Oosterschelderegio', SCRYPT);
}

test('een bestand met een wachtwoord is versleuteld, vergrendelt en opent met wachtwoord of herstelcode', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /Instellingen/ }).click();
  await expect(page.getByTestId('beveiligingsstatus')).toHaveText('Dit bestand is niet beveiligd.');

  // Instellen: too short, then two different passphrases, are refused in Dutch before main is asked.
  await page.getByRole('button', { name: 'Wachtwoord instellen…' }).click();
  const instellen = page.getByRole('dialog', { name: 'Wachtwoord instellen' });
  await instellen.getByLabel('Wachtwoord', { exact: true }).fill('te kort');
  await instellen.getByLabel('Herhaal het wachtwoord').fill('te kort');
  await instellen.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(instellen.getByText(/minstens 12 tekens; een korte zin/)).toBeVisible();
  await instellen.getByLabel('Wachtwoord', { exact: true }).fill(EERSTE);
  await instellen.getByLabel('Herhaal het wachtwoord').fill(`${EERSTE}!`);
  await instellen.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(instellen.getByText('De twee wachtwoorden zijn niet gelijk. Typ ze nog eens.')).toBeVisible();
  await instellen.getByLabel('Herhaal het wachtwoord').fill(EERSTE);
  await instellen.getByRole('button', { name: 'Wachtwoord instellen' }).click();

  // The recovery code, once; the dialog stays until the user says it is stored.
  const code = page.getByRole('dialog', { name: 'Uw herstelcode' });
  await expect(code).toBeVisible(SCRYPT);
  const herstelcode = (await code.getByTestId('herstelcode').textContent()) ?? '';
  expect(herstelcode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await expect(code.getByRole('button', { name: 'Sluiten' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(code).toBeVisible();
  await page.screenshot({ path: `${SHOTS}17b-herstelcode.png`, animations: 'disabled' });
  await code.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }).check();
  await code.getByRole('button', { name: 'Sluiten' }).click();
  await expect(code).toBeHidden();
  await expect(page.getByTestId('beveiligingsstatus')).toHaveText(
    'Dit bestand is beveiligd met een wachtwoord.',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}17c-beveiliging.png`, fullPage: true, animations: 'disabled' });

  // On disk: the encrypted format, and nothing of the werkgroep readable.
  const path = main.session.requireFile().path;
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 23).toString('ascii')).toBe('TAFELWERK-VERSLEUTELD-1');
  expect(bytes.includes('Oosterschelderegio')).toBe(false);

  // Locked: a wrong passphrase is said at the field and the screen stays; the right one opens.
  await vergrendel(page);
  await expect(
    page.getByText(/Oosterschelderegio\.tafelwerk” is beveiligd met een wachtwoord/),
  ).toBeVisible();
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}17a-ontgrendelen.png`, animations: 'disabled' });
  await page.getByLabel('Wachtwoord', { exact: true }).fill('dit is het niet, helaas');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Het wachtwoord klopt niet.')).toBeVisible(SCRYPT);
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible();
  await ontgrendel(page, EERSTE);

  // Forgotten: the recovery code opens it, and a new passphrase must be chosen before anything else.
  await vergrendel(page);
  await page.getByRole('button', { name: 'Wachtwoord vergeten? Gebruik de herstelcode' }).click();
  await page.getByRole('textbox', { name: 'Herstelcode' }).fill(herstelcode.toLowerCase());
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  const nieuw = page.getByRole('dialog', { name: 'Kies een nieuw wachtwoord' });
  await expect(nieuw).toBeVisible(SCRYPT);
  await page.keyboard.press('Escape');
  await expect(nieuw).toBeVisible();
  await nieuw.getByLabel('Nieuw wachtwoord').fill(TWEEDE);
  await nieuw.getByLabel('Herhaal het wachtwoord').fill(TWEEDE);
  await nieuw.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(nieuw).toBeHidden(SCRYPT);
  // The code just used is replaced by a new one, shown once (tests/e2e/sleutel.spec.ts checks it).
  await bewaarHerstelcode(page, 'Uw nieuwe herstelcode');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();

  // Changing it asks for the current one first.
  await page.getByRole('button', { name: 'Wachtwoord wijzigen…' }).click();
  const wijzigen = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
  await wijzigen.getByLabel('Huidig wachtwoord').fill(EERSTE);
  await wijzigen.getByLabel('Nieuw wachtwoord').fill(DERDE);
  await wijzigen.getByLabel('Herhaal het wachtwoord').fill(DERDE);
  await wijzigen.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(wijzigen.getByText('Het huidige wachtwoord klopt niet.')).toBeVisible(SCRYPT);
  await wijzigen.getByLabel('Huidig wachtwoord').fill(TWEEDE);
  await wijzigen.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText(/Het wachtwoord is gewijzigd/)).toBeVisible(SCRYPT);
  await expect(wijzigen).toBeHidden();
  await bewaarHerstelcode(page, 'Uw nieuwe herstelcode');

  await vergrendel(page);
  await ontgrendel(page, DERDE);
});

test('na een herstart vraagt Tafelwerk het wachtwoord; Terug naar start gaat terug naar het welkomstscherm', async ({
  page,
  appUrl,
  main,
}) => {
  await beveiligVoorbeeld(page, appUrl, EERSTE);

  await main.restart();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible(SCRYPT);
  await page.getByRole('button', { name: 'Terug naar start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Tafelwerk' })).toBeVisible();

  // Chosen again from the recent list: the unlock screen again.
  await page.getByRole('button', { name: /Oosterschelderegio.tafelwerk openen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible(SCRYPT);
  await ontgrendel(page, EERSTE);
});

test('na de ingestelde tijd zonder gebruik vergrendelt Tafelwerk het beveiligde bestand', async ({
  page,
  appUrl,
}) => {
  // A fake clock, so five minutes without use pass at once.
  await page.clock.install();
  await beveiligVoorbeeld(page, appUrl, EERSTE);

  await page.getByRole('combobox', { name: 'Automatisch vergrendelen' }).click();
  await page.getByRole('option', { name: 'Na 5 minuten zonder gebruik', exact: true }).click();
  await expect(page.getByText('Tafelwerk vergrendelt na 5 minuten zonder gebruik.')).toBeVisible();

  // Four minutes, then some use: the wait starts over, so six minutes later it is still open.
  await page.clock.runFor('04:00');
  await page.mouse.move(300, 300);
  await page.clock.runFor('02:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await page.clock.runFor('03:05');
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible();
});
