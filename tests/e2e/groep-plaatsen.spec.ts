import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { listGroepen } from '../../electron/main/store/repositories/groepen';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

/** Screenshots to look at, outside the repo. */
const SHOTS = '/tmp/vlot/';
const MATEN = [
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
] as const;

async function fotos(page: Page, naam: string) {
  for (const maat of MATEN) {
    await page.setViewportSize(maat);
    await page.screenshot({ path: `${SHOTS}${naam}-${maat.width}.png` });
  }
  await page.setViewportSize(MATEN[0]);
}

/** Groups and candidates as the saved file has them (with initials, to compare with the screen). */
const schijf = (path: string) =>
  opSchijf(path, (db) => ({
    groepen: listGroepen(db),
    kandidaten: listKandidaten(db, { metNamen: true }),
    log: db.all<{ omschrijving: string }>("SELECT omschrijving FROM wijziging WHERE soort = 'groep'"),
  }));

test.beforeEach(async ({ page, appUrl }) => {
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize(MATEN[0]);
  await openVoorbeeld(page, appUrl);
});

test('op de groepspagina meerdere kandidaten tegelijk toevoegen, met een waarschuwing boven de afspraak', async ({
  page,
  main,
}) => {
  const pad = main.session.requireFile().path;
  await page.getByRole('link', { name: /^Groepen/ }).click();
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  const nieuw = page.getByRole('dialog', { name: 'Groep toevoegen' });
  await nieuw.getByLabel('Naam van de groep').fill('Oosterschelde-3');
  await nieuw.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('link', { name: 'Oosterschelde-3' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Oosterschelde-3' })).toBeVisible();
  await expect(page.getByText(/Kies ze met "Kandidaten toevoegen"/)).toBeVisible();

  const { kandidaten } = await schijf(pad);
  await page.getByRole('button', { name: 'Kandidaten toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kandidaten toevoegen aan Oosterschelde-3' });
  const keuzes = dialog.getByTestId('kandidaat-keuze');
  await expect(keuzes).toHaveCount(kandidaten.length);
  // Each line tells people apart without a name: code, gemeente, status, current step, group now.
  for (const k of kandidaten) {
    const regel = keuzes.filter({ hasText: k.code });
    await expect(regel).toContainText(k.gemeente ?? 'geen gemeente');
    await expect(regel).toContainText(k.huidigeStap ?? 'nog geen stap');
    await expect(regel).toContainText(`nu in ${k.groep}`);
    // Names are off: no initials on the line.
    if (k.initialen) await expect(regel).not.toContainText(k.initialen);
  }

  // Nothing ticked: the dialog says so and places nobody.
  await dialog.getByRole('button', { name: '0 kandidaten plaatsen' }).click();
  await expect(dialog.getByText('Kies minstens één kandidaat.')).toBeVisible();

  // Search narrows the list; a tick stays while the search changes.
  const [eerste, ...rest] = kandidaten;
  if (!eerste) throw new Error('Het voorbeeld heeft geen kandidaten.');
  await dialog.getByRole('searchbox', { name: 'Zoeken' }).fill(eerste.code);
  await expect(keuzes).toHaveCount(1);
  await keuzes.getByRole('checkbox').check();
  await dialog.getByRole('searchbox', { name: 'Zoeken' }).fill('');
  const gekozen = [eerste, ...rest.slice(0, 6)];
  for (const k of gekozen.slice(1)) await keuzes.filter({ hasText: k.code }).getByRole('checkbox').check();
  // Seven is above the werkgroep's 5 à 6: a warning, not a refusal.
  await expect(dialog.getByTestId('groepsgrootte')).toContainText('De groep krijgt dan 7 kandidaten');
  await expect(dialog.getByTestId('groepsgrootte')).toContainText('de afspraak is 5 à 6 per groep');
  await expectNoAxeViolations(page);
  await fotos(page, 'groep-kandidaten-toevoegen');

  // Back to four: below the norm, a quiet hint.
  for (const k of gekozen.slice(4)) await keuzes.filter({ hasText: k.code }).getByRole('checkbox').uncheck();
  await expect(dialog.getByTestId('groepsgrootte')).toContainText('De groep krijgt dan 4 kandidaten');
  await dialog.getByRole('button', { name: '4 kandidaten plaatsen' }).click();
  await expect(page.getByText('4 kandidaten in groep Oosterschelde-3 geplaatst.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('kandidaat-rij')).toHaveCount(4);

  const daarna = await schijf(pad);
  const groep = daarna.groepen.find((g) => g.naam === 'Oosterschelde-3');
  expect(groep?.kandidaten).toBe(4);
  const codes = daarna.kandidaten.filter((k) => k.groepId === groep?.id).map((k) => k.code);
  expect(codes.sort()).toEqual(
    gekozen
      .slice(0, 4)
      .map((k) => k.code)
      .sort(),
  );
  // One log line for the whole selection, counting and not naming.
  expect(daarna.log.map((r) => r.omschrijving)).toContain('4 kandidaten in groep geplaatst');
  expect(JSON.stringify(daarna.log)).not.toContain(eerste.code);

  // With names on, the picker shows initials (and only then).
  await page.getByRole('switch', { name: 'Namen tonen' }).check();
  await page.getByRole('button', { name: 'Kandidaten toevoegen' }).click();
  const metNamen = daarna.kandidaten.find((k) => k.initialen && k.groepId !== groep?.id);
  if (metNamen?.initialen)
    await expect(dialog.getByTestId('kandidaat-keuze').filter({ hasText: metNamen.code })).toContainText(
      metNamen.initialen,
    );
  await expect(dialog.getByTestId('kandidaat-keuze')).toHaveCount(kandidaten.length - 4);
});

test('in de kandidatenlijst selecteren en in één keer in een groep plaatsen', async ({ page, main }) => {
  const pad = main.session.requireFile().path;
  const { groepen, kandidaten } = await schijf(pad);
  const [groep1, groep2] = groepen;
  if (!groep1 || !groep2) throw new Error('Het voorbeeld heeft twee groepen.');
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await expect(page.getByTestId('kandidaat-rij')).toHaveCount(kandidaten.length);

  // Select all of the filtered rows only: the candidates of the first group.
  await page.getByRole('combobox', { name: 'Groep' }).click();
  await page.getByRole('option', { name: groep1.naam }).click();
  const uitGroep1 = kandidaten.filter((k) => k.groepId === groep1.id);
  await expect(page.getByTestId('kandidaat-rij')).toHaveCount(uitGroep1.length);
  await page.getByRole('checkbox', { name: 'Alle getoonde kandidaten selecteren' }).check();
  const balk = page.getByRole('region', { name: 'Selectie' });
  await expect(balk).toContainText(`${uitGroep1.length} kandidaten geselecteerd`);
  // Untick two: the header box shows "some".
  const [blijft1, blijft2] = uitGroep1;
  for (const k of [blijft1, blijft2])
    await page.getByRole('checkbox', { name: `Kandidaat ${k?.code} selecteren` }).uncheck();
  const verhuizers = uitGroep1.slice(2);
  await expect(balk).toContainText(`${verhuizers.length} kandidaten geselecteerd`);
  await expect(page.getByRole('checkbox', { name: 'Alle getoonde kandidaten selecteren' })).toHaveAttribute(
    'data-indeterminate',
    'true',
  );
  // Ticking a box does not open the candidate.
  await expect(page).toHaveURL(/#\/kandidaten$/);
  await expectNoAxeViolations(page);
  await fotos(page, 'kandidatenlijst-selectie');

  await balk.getByRole('button', { name: 'In groep plaatsen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'In groep plaatsen' });
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(dialog.getByText('Kies een groep.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Groep' }).click();
  await page.getByRole('option', { name: new RegExp(`^${groep2.naam}`) }).click();
  const straks = groep2.kandidaten + verhuizers.length;
  await expect(dialog.getByTestId('groepsgrootte')).toContainText(`De groep krijgt dan ${straks} kandidaten`);
  await expectNoAxeViolations(page);
  await fotos(page, 'kandidatenlijst-in-groep-plaatsen');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(
    page.getByText(`${verhuizers.length} kandidaten in groep ${groep2.naam} geplaatst.`),
  ).toBeVisible();
  await expect(balk).toBeHidden();

  const daarna = await schijf(pad);
  for (const k of verhuizers)
    expect(daarna.kandidaten.find((d) => d.id === k.id)?.groepId, k.code).toBe(groep2.id);
  for (const k of [blijft1, blijft2])
    expect(daarna.kandidaten.find((d) => d.id === k?.id)?.groepId).toBe(groep1.id);
  expect(daarna.log.map((r) => r.omschrijving)).toContain(
    `${verhuizers.length} kandidaten in groep geplaatst`,
  );

  // A placement in the wrong group is undone with Ctrl+Z: everyone back where they stood.
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/^De plaatsing in groep .* is teruggedraaid\.$/)).toBeVisible();
  await expect
    .poll(async () => {
      const terug = await schijf(pad);
      return verhuizers.map((k) => terug.kandidaten.find((d) => d.id === k.id)?.groepId);
    })
    .toEqual(verhuizers.map((k) => k.groepId));
});
