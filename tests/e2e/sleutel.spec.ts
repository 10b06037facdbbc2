import type { Locator, Page } from '@playwright/test';
import { nu, zetKlok } from '../../shared/klok';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';
import { beveiligVoorbeeld, bewaarHerstelcode, SCRYPT } from './wachtwoord-stappen';

const EERSTE = 'de zeehond zwemt bij Zierikzee';
const TWEEDE = 'de veerboot vaart naar Vlissingen';
const DERDE = 'het derde wachtwoord van de week';
const SHOTS = process.env.TAFELWERK_FOTOS ?? '/tmp/sleutel';

const beveilig = (page: Page, appUrl: string) => beveiligVoorbeeld(page, appUrl, EERSTE);

/** A replacing recovery code says the old one no longer works; optionally photographed first. */
const bewaarNieuweCode = (page: Page, foto?: string) =>
  bewaarHerstelcode(page, 'Uw nieuwe herstelcode', async () => {
    await expect(
      page.getByText(
        /De vorige herstelcode opent dit bestand en de reservekopieën niet meer\. Alleen een kopie/,
      ),
    ).toBeVisible();
    if (foto) await fotos(page, foto);
  });

async function fotos(page: Page, naam: string, inBeeld?: Locator) {
  for (const [w, h] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await inBeeld?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${naam}-${w}x${h}.png`, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function vergrendel(page: Page) {
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible();
}

async function probeer(page: Page, geheim: { wachtwoord: string } | { herstelcode: string }) {
  if ('herstelcode' in geheim) {
    const wissel = page.getByRole('button', { name: 'Wachtwoord vergeten? Gebruik de herstelcode' });
    if (await wissel.isVisible()) await wissel.click();
    await page.getByRole('textbox', { name: 'Herstelcode' }).fill(geheim.herstelcode);
  } else await page.getByLabel('Wachtwoord', { exact: true }).fill(geheim.wachtwoord);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

test('een nieuw wachtwoord of een nieuwe herstelcode trekt de oude herstelcode in', async ({
  page,
  appUrl,
}) => {
  const eersteCode = await beveilig(page, appUrl);

  // Changing the passphrase shows a new recovery code, once.
  await page.getByRole('button', { name: 'Wachtwoord wijzigen…' }).click();
  const wijzigen = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
  await expect(wijzigen.getByText(/U krijgt ook een nieuwe herstelcode/)).toBeVisible();
  await wijzigen.getByLabel('Huidig wachtwoord').fill(EERSTE);
  await wijzigen.getByLabel('Nieuw wachtwoord').fill(TWEEDE);
  await wijzigen.getByLabel('Herhaal het wachtwoord').fill(TWEEDE);
  await wijzigen.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  const tweedeCode = await bewaarNieuweCode(page, 'nieuwe-herstelcode');
  expect(tweedeCode).not.toBe(eersteCode);

  // The first code no longer opens the file; the second does, and asks for a new passphrase.
  await vergrendel(page);
  await probeer(page, { herstelcode: eersteCode });
  await expect(page.getByText('De herstelcode klopt niet.')).toBeVisible(SCRYPT);
  await probeer(page, { herstelcode: tweedeCode });
  const nieuw = page.getByRole('dialog', { name: 'Kies een nieuw wachtwoord' });
  await expect(nieuw).toBeVisible(SCRYPT);
  await nieuw.getByLabel('Nieuw wachtwoord').fill(DERDE);
  await nieuw.getByLabel('Herhaal het wachtwoord').fill(DERDE);
  await nieuw.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  // The code just used may have been seen: it is replaced too.
  const derdeCode = await bewaarNieuweCode(page);
  expect(derdeCode).not.toBe(tweedeCode);

  // Nieuwe herstelcode: asks the passphrase; a wrong one is said at the field.
  await expectNoAxeViolations(page);
  await fotos(page, 'beveiliging-kaart', page.getByRole('button', { name: 'Beveiliging uitzetten…' }));
  await page.getByRole('button', { name: 'Nieuwe herstelcode…' }).click();
  const maken = page.getByRole('dialog', { name: 'Nieuwe herstelcode' });
  await expect(
    maken.getByText(/De oude herstelcode opent dit bestand en de reservekopieën daarna/),
  ).toBeVisible();
  await maken.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  await expect(maken.getByText('Vul het wachtwoord in.')).toBeVisible();
  await maken.getByLabel('Wachtwoord', { exact: true }).fill('dit is het wachtwoord niet');
  await maken.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  await expect(maken.getByText('Het wachtwoord klopt niet.')).toBeVisible(SCRYPT);
  await expectNoAxeViolations(page);
  await fotos(page, 'nieuwe-herstelcode-dialoog');
  await maken.getByLabel('Wachtwoord', { exact: true }).fill(DERDE);
  await maken.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  const vierdeCode = await bewaarNieuweCode(page);
  expect(vierdeCode).not.toBe(derdeCode);

  await vergrendel(page);
  await probeer(page, { herstelcode: derdeCode });
  await expect(page.getByText('De herstelcode klopt niet.')).toBeVisible(SCRYPT);
  await page.getByRole('button', { name: 'Toch met het wachtwoord openen' }).click();
  await probeer(page, { wachtwoord: DERDE });
  await expect(page.getByTestId('bestandsnaam')).toContainText('Oosterschelderegio', SCRYPT);
});

test('na herhaalde onjuiste wachtwoorden telt Tafelwerk de wachttijd af, met Ontgrendelen uit', async ({
  page,
  appUrl,
}) => {
  await beveilig(page, appUrl);
  await vergrendel(page);
  const knop = page.getByRole('button', { name: 'Ontgrendelen' });
  const wachttijd = page.getByTestId('wachttijd');
  // Read without waiting: once the count is over the line is gone, and a waiting read would hang
  // the poll below until its timeout (NaN is never smaller, so the poll then fails clearly).
  const getal = async () => Number(/\d+/.exec((await wachttijd.allTextContents())[0] ?? '')?.[0]);
  // Main's clock (in this process) moves past each wait, so main accepts the next attempt; the
  // screen counts down on its own, in real time.
  const verder = (seconden: number) => zetKlok(new Date(nu().getTime() + seconden * 1000));
  try {
    // Two typos are free; then 1, 2, 4, 8 … seconds, in one wording, counted down. The last wait is
    // the one watched below: 8 s leaves room for the checks on a loaded machine, where 4 s ran out
    // before the count was seen going down.
    for (const [fout, wacht] of [
      ['eerste gok is fout', 0],
      ['tweede gok is fout', 0],
      ['derde gok is fout', 1],
      ['vierde gok is fout', 2],
      ['vijfde gok is fout', 4],
      ['zesde gok is fout', 8],
    ] as const) {
      await probeer(page, { wachtwoord: fout });
      await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('', SCRYPT);
      await expect(page.getByText('Het wachtwoord klopt niet.', { exact: true })).toBeVisible();
      if (wacht === 0) {
        await expect(wachttijd).toHaveCount(0);
        continue;
      }
      // Shown as soon as the answer comes; the count may already have gone down a second.
      await expect(wachttijd).toHaveText(/^Probeer het over \d seconden? opnieuw\.$/);
      expect(await getal()).toBeLessThanOrEqual(wacht);
      await expect(knop).toBeDisabled();
      verder(wacht);
      if (wacht < 8) {
        await expect(knop).toBeEnabled({ timeout: (wacht + 2) * 1000 });
        await expect(wachttijd).toHaveCount(0);
      }
    }
    // The count goes down while the user looks at it; the button stays off meanwhile.
    const eerst = await getal();
    await expect.poll(getal, { timeout: 3000 }).toBeLessThan(eerst);
    await expect(knop).toBeDisabled();
    // Photographed while the wait still shows; axe (slow) after it.
    await fotos(page, 'wachten-na-pogingen');
    await expect(page.getByRole('heading', { level: 1, name: 'Beveiligd bestand openen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(knop).toBeEnabled({ timeout: 10_000 });
    await probeer(page, { wachtwoord: EERSTE });
    await expect(page.getByTestId('bestandsnaam')).toContainText('Oosterschelderegio', SCRYPT);
  } finally {
    zetKlok(null);
  }
});

test('elke knop op de wachtwoordschermen heeft een eigen naam', async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/instellingen`);
  await expect(page.getByText(/AES/)).toHaveCount(0);
  await expect(page.getByText(/sterk versleuteld/)).toBeVisible();
  await page.getByRole('button', { name: 'Wachtwoord instellen…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Wachtwoord instellen' });
  await expect(dialoog.getByRole('button', { name: 'Wachtwoord tonen' })).toHaveCount(1);
  await expect(dialoog.getByRole('button', { name: 'Herhaling tonen' })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
