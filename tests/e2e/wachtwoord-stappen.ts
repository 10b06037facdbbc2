import type { Page } from '@playwright/test';
import { expect, openVoorbeeld } from './fixtures';

// Deriving a key from a passphrase (scrypt) takes about half a second on purpose; more on a busy machine.
export const SCRYPT = { timeout: 15_000 };

/** Opens the example, protects it with `wachtwoord` on Instellingen and returns the recovery code. */
export async function beveiligVoorbeeld(page: Page, appUrl: string, wachtwoord: string): Promise<string> {
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/instellingen`);
  await page.getByRole('button', { name: 'Wachtwoord instellen…' }).click();
  const instellen = page.getByRole('dialog', { name: 'Wachtwoord instellen' });
  await instellen.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await instellen.getByLabel('Herhaal het wachtwoord').fill(wachtwoord);
  await instellen.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  return bewaarHerstelcode(page, 'Uw herstelcode');
}

/** Reads the recovery code shown once, confirms it is stored and closes the dialog. */
export async function bewaarHerstelcode(page: Page, titel: string, voorSluiten?: () => Promise<void>) {
  const dialoog = page.getByRole('dialog', { name: titel });
  await expect(dialoog).toBeVisible(SCRYPT);
  const code = (await dialoog.getByTestId('herstelcode').textContent()) ?? '';
  expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await voorSluiten?.();
  await dialoog.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }).check();
  await dialoog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialoog).toBeHidden();
  return code;
}
