import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { listRondes } from '../../electron/main/store/repositories/inventarisatie';
import { alsDmj, expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test } from './fixtures';

const ANKERPUNT = 'Het Ankerpunt Dagbesteding (fictief)';
/** Screenshots for looking at the view by hand, only when asked for: SHOTS=/some/folder/. */
const SHOTS = process.env.SHOTS;

test('herinneren: de status van de ronde, wie nog niet antwoordde, mailen via main en tekst kopiëren', async ({
  page,
  appUrl,
  main,
}) => {
  test.slow();
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Inventarisatie/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventarisatie' })).toBeVisible();

  // The example round went out: its forms were made and sent, three answered.
  await expect(page.getByTestId('ronde-fase')).toHaveText('Uitgezet');
  const pad = main.session.requireFile().path;
  const opgeslagen = await opSchijf(pad, (db) =>
    listRondes(db)[0]?.deelnames.find((d) => d.organisatie === ANKERPUNT),
  );
  expect(opgeslagen?.formulierGemaaktOp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const rij = page.getByRole('table', { name: 'Deelnemers' }).getByRole('row', { name: ANKERPUNT });
  const dmj = (iso: string | null | undefined) => alsDmj(iso ?? '');
  await expect(rij.getByRole('cell').nth(2)).toHaveText(
    `gemaakt ${dmj(opgeslagen?.formulierGemaaktOp)}verstuurd ${dmj(opgeslagen?.verstuurdOp)}`,
  );

  // The organisation's contact address, as the file holds it.
  const email =
    (
      await opSchijf(pad, (db) =>
        db.get<{ e: string }>('SELECT email AS e FROM organisatie WHERE naam = ?', [ANKERPUNT]),
      )
    )?.e ?? 'ontbreekt';
  await page.getByRole('tab', { name: 'Herinneren' }).click();
  const lijst = page.getByRole('table', { name: 'Nog geen antwoord' });
  await expect(lijst.getByRole('row')).toHaveCount(2);
  await expect(lijst.getByRole('row', { name: ANKERPUNT })).toContainText(email);
  await expect(page.getByText(/geen bijlage meesturen/)).toBeVisible();
  await expectNoAxeViolations(page);
  // Both tabs fit a 1024 px wide window without scrolling sideways.
  const breedte = () => page.evaluate(() => document.documentElement.scrollWidth);
  for (const [breed, hoog] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breed, height: hoog });
    for (const tab of ['Deelnemers', 'Herinneren']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await breedte()).toBeLessThanOrEqual(breed);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}${tab.toLowerCase()}-${breed}.png`, fullPage: true });
    }
    if (!SHOTS) continue;
    await page.getByRole('combobox', { name: 'Ronde' }).click();
    await page.screenshot({ path: `${SHOTS}rondes-${breed}.png` });
    await page.keyboard.press('Escape');
  }

  // One organisation: main builds the mailto: from the ids and hands it to the mail program.
  await lijst.getByRole('button', { name: `Herinnering mailen aan ${ANKERPUNT}` }).click();
  await expect.poll(() => main.mails.length).toBe(1);
  const een = new URL(main.mails[0] ?? '');
  expect(een.protocol).toBe('mailto:');
  expect(een.pathname).toBe(email);
  expect(een.searchParams.get('subject')).toBe('Herinnering: Inventarisatie voorjaar');
  expect(een.searchParams.get('body')).toContain('"Inventarisatie voorjaar"');
  // All at once: in bcc.
  await page.getByRole('button', { name: 'Herinnering aan allen mailen (bcc)' }).click();
  await expect.poll(() => main.mails.length).toBe(2);
  expect(new URL(main.mails[1] ?? '').searchParams.get('bcc')).toBe(email);

  await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await expect(page.getByText('De e-mailadressen en de tekst staan op het klembord.')).toBeVisible();
  expect(main.klembord.length).toBe(1);
  expect(main.klembord[0]?.split('\n').slice(0, 2)).toEqual([
    `Aan (bcc): ${email}`,
    'Onderwerp: Herinnering: Inventarisatie voorjaar',
  ]);

  // The folder of the forms: only after they were made in this session; then main shows one.
  await page.getByRole('button', { name: 'Map met formulieren openen' }).click();
  await expect(page.getByText(/Maak eerst de formulieren/)).toBeVisible();
  main.dialogs.folder = await mkdtemp(join(main.userData, 'formulieren-'));
  await page.getByRole('tab', { name: 'Deelnemers' }).click();
  await page.getByRole('button', { name: 'Formulieren maken…' }).click();
  await page.getByRole('menuitem', { name: 'Alleen voor wie nog niet heeft geantwoord' }).click();
  await expect(page.getByText(/1 formulier opgeslagen in/)).toBeVisible();
  await page.getByRole('tab', { name: 'Herinneren' }).click();
  await page.getByRole('button', { name: 'Map met formulieren openen' }).click();
  await expect.poll(() => main.geopend.map((g) => g.wat)).toEqual(['map']);
  expect(main.geopend[0]?.pad.startsWith(main.dialogs.folder)).toBe(true);

  // A new round is a concept until its forms are made or it is marked as sent.
  await page.getByRole('button', { name: 'Nieuwe ronde' }).click();
  const nieuw = page.getByRole('dialog', { name: 'Nieuwe ronde' });
  await nieuw.getByRole('textbox', { name: 'Naam van de ronde' }).fill('Inventarisatie najaar');
  await nieuw.getByRole('combobox', { name: 'Organisaties' }).click();
  await page.getByRole('option', { name: ANKERPUNT }).click();
  await nieuw.getByRole('textbox', { name: 'Naam van de ronde' }).click();
  await nieuw.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(nieuw).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Ronde' })).toHaveValue('Inventarisatie najaar');
  await expect(page.getByTestId('ronde-fase')).toHaveText('Concept');
  await page.getByRole('tab', { name: 'Deelnemers' }).click();
  await expect(
    page.getByRole('table', { name: 'Deelnemers' }).getByRole('row', { name: ANKERPUNT }),
  ).toContainText('nog niet gemaakt');
  // Meanwhile the organisation's address is emptied (as by another edit); the next change refreshes the page.
  await main.session
    .requireFile()
    .write((db) => db.run('UPDATE organisatie SET email = NULL WHERE naam = ?', [ANKERPUNT]));
  await page.getByRole('button', { name: 'Markeren als verstuurd' }).click();
  await expect(page.getByTestId('ronde-fase')).toHaveText('Uitgezet');
  await expect(page.getByRole('button', { name: 'Markeren als verstuurd' })).toBeHidden();
  const najaar = await opSchijf(pad, (db) => listRondes(db).find((r) => r.naam === 'Inventarisatie najaar'));
  expect(najaar?.deelnames.map((d) => [d.verstuurdOp === null, d.formulierGemaaktOp])).toEqual([
    [false, null],
  ]);

  // Without an address: said so, with a link to the organisation's page to add one; nothing to mail.
  await page.getByRole('tab', { name: 'Herinneren' }).click();
  const zonder = page.getByRole('table', { name: 'Nog geen antwoord' }).getByRole('row', { name: ANKERPUNT });
  await expect(zonder).toContainText('geen e-mailadres');
  await expect(page.getByRole('button', { name: 'Herinnering aan allen mailen (bcc)' })).toBeDisabled();
  await expectNoAxeViolations(page);
  await zonder.getByRole('link', { name: 'E-mailadres invullen' }).click();
  await expect(page).toHaveURL(/#\/organisaties\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: ANKERPUNT })).toBeVisible();
  expect(main.mails).toHaveLength(2);
});
