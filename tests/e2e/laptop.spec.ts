import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { GEBIEDEN } from '../../renderer/src/app/navigation';
import { expect, openVoorbeeld, test } from './fixtures';

// Two common laptop screens. On both, every page of the example shows all of its text: no status
// badge or button cut off with "…", no table that hides columns behind a sideways scroll, no page
// wider than the window. A PNG of every view goes to screenshots/laptop/ for people to look at.
const SCHERMEN = [
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
];
const SHOTS = fileURLToPath(new URL('../../screenshots/laptop/', import.meta.url));

/** What is cut off or hidden on the current screen, described so a failure says where. */
function afgesneden(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const fouten: string[] = [];
    const pagina = document.scrollingElement as HTMLElement;
    if (pagina.scrollWidth > window.innerWidth)
      fouten.push(`pagina ${pagina.scrollWidth} px breed in een venster van ${window.innerWidth} px`);
    const tekst = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    // Badges and buttons show their whole label.
    for (const el of document.querySelectorAll<HTMLElement>(
      '.mantine-Badge-root, .mantine-Badge-label, button, [role="tab"]',
    ))
      if (el.offsetParent && el.scrollWidth > el.clientWidth + 1)
        fouten.push(`afgekapt: "${tekst(el)}" (${el.scrollWidth} > ${el.clientWidth})`);
    // Text that clips with an ellipsis, and containers that scroll sideways. The Gantt is the one
    // deliberate exception: a timeline of many months scrolls while the activity names stay put.
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (!el.offsetParent || el.closest('[data-gantt-schuif]')) continue;
      const s = getComputedStyle(el);
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      if (s.textOverflow === 'ellipsis') fouten.push(`afgekapt met …: "${tekst(el)}"`);
      else if (s.overflowX === 'auto' || s.overflowX === 'scroll')
        fouten.push(`schuift opzij: "${tekst(el)}" (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return fouten;
  });
}

/** The page's code and data are in: no loader left in the main area (pages load lazily). */
async function geladen(page: Page): Promise<void> {
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
}

async function bekijk(page: Page, naam: string, bevindingen: string[]): Promise<void> {
  // Fonts and late queries settle before measuring.
  await page.waitForLoadState('networkidle');
  await geladen(page);
  await page.screenshot({ path: `${SHOTS}${naam}.png`, fullPage: true });
  for (const f of await afgesneden(page)) bevindingen.push(`${naam}: ${f}`);
}

/** Each tab of the page in turn (or the page itself when it has none). */
async function elkTabblad(page: Page, naam: string, bevindingen: string[]): Promise<void> {
  await geladen(page);
  const tabs = page.getByRole('tab');
  const n = await tabs.count();
  if (n === 0) return bekijk(page, naam, bevindingen);
  for (let i = 0; i < n; i++) {
    const tab = tabs.nth(i);
    const label = (await tab.innerText()).replace(/\W+/g, '-').replace(/-$/, '').toLowerCase();
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await bekijk(page, `${naam}-${label}`, bevindingen);
  }
}

for (const scherm of SCHERMEN) {
  test(`op ${scherm.width}×${scherm.height} is op geen pagina iets afgekapt of weggeschoven`, async ({
    page,
    appUrl,
  }) => {
    await mkdir(SHOTS, { recursive: true });
    await page.setViewportSize(scherm);
    await openVoorbeeld(page, appUrl);
    const bevindingen: string[] = [];
    for (const area of GEBIEDEN) {
      await page.goto(`${appUrl}#/${area.pad}`);
      await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeVisible();
      await elkTabblad(page, `${scherm.width}-${area.pad}`, bevindingen);
      // The first record of a list page opens its own page (a meeting, a candidate, a group …).
      await page.goto(`${appUrl}#/${area.pad}`);
      await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeVisible();
      await geladen(page);
      const detail = page.locator(`main a[href^="#/${area.pad}/"]`).first();
      if (await detail.count()) {
        await detail.click();
        await expect(page).toHaveURL(new RegExp(`#/${area.pad}/.+`));
        await elkTabblad(page, `${scherm.width}-${area.pad}-detail`, bevindingen);
      }
    }
    expect(bevindingen).toEqual([]);
  });
}

test('op 1024×700: de menukaart, de rondes en een leerlijnrij tonen hun status en knoppen helemaal', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openVoorbeeld(page, appUrl);
  await page.goto(`${appUrl}#/sroi`);
  await page.getByRole('tab', { name: 'Waardering en menukaart' }).click();
  // Statuses are words, not capitals that are cut off ("ACT…").
  const badge = (tekst: string) =>
    page.locator('main .mantine-Badge-root', { hasText: new RegExp(`^${tekst}$`) });
  await expect(badge('Actief').first()).toBeVisible();
  await page.goto(`${appUrl}#/inventarisatie`);
  for (const status of ['Uitgezet', 'Ontvangen', 'Besproken'])
    await expect(badge(status).first()).toBeVisible();
  await page.goto(`${appUrl}#/kandidaten`);
  await page.locator('main a[href^="#/kandidaten/"]').first().click();
  await page.getByRole('tab', { name: 'Leerlijn' }).click();
  const rij = page.getByTestId('stap-rij').first();
  for (const knop of [/^Stap 1 .* bewerken$/, /^Stap 1 .* verwijderen$/])
    await expect(rij.getByRole('button', { name: knop })).toBeInViewport({ ratio: 1 });
  // Deleting asks in a dialog whose answers are both in view.
  await rij.getByRole('button', { name: /^Stap 1 .* verwijderen$/ }).click();
  const vraag = page.getByRole('dialog', { name: 'Verwijderen' });
  await expect(vraag.getByText(/^Stap 1 \(.*\) verwijderen\?$/)).toBeVisible();
  await expect(vraag.getByRole('button', { name: 'Annuleren' })).toBeInViewport({ ratio: 1 });
  await expect(vraag.getByRole('button', { name: 'Verwijderen' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${SHOTS}1024-leerlijn-verwijderen.png` });
  await vraag.getByRole('button', { name: 'Annuleren' }).click();
  await expect(vraag).toBeHidden();
  await expect(page.getByTestId('stap-rij')).not.toHaveCount(0);
});
