import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GEBIEDEN } from '../../renderer/src/app/navigation';
import { expect, expectNoAxeViolations, openVoorbeeld, test } from './fixtures';

// Every page of the app with the example werkgroep: one h1, no axe violations, and a PNG in
// screenshots/ so anyone can look at the app without Electron (`npm run screenshots`).
const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

test('elke pagina is toegankelijk en wordt vastgelegd als schermafbeelding', async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await page.goto(appUrl);
  await page.screenshot({ path: `${SHOTS}00-welkom.png`, fullPage: true });
  await openVoorbeeld(page, appUrl);
  for (const [i, area] of GEBIEDEN.entries()) {
    await page.getByRole('link', { name: new RegExp(`^${area.label}`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `${SHOTS}${String(i + 1).padStart(2, '0')}-${area.pad}.png`,
      fullPage: true,
    });
  }
});
