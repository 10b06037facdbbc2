import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { getDossier } from '../../electron/main/services/kandidaten';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { KandidaatFilter } from '../../shared/api/schemas-kandidaten';
import { standaardGeplandEind } from '../../shared/domain/leerlijn';
import { nu } from '../../shared/klok';
import { expect, expectNoAxeViolations, nieuweWerkgroep, openVoorbeeld, test, vulDatum } from './fixtures';

const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const jaar = nu().getFullYear() - 1;

/** What the saved file on disk says, read the way main reads it. */
async function opSchijf<T>(path: string, lees: (db: Awaited<ReturnType<typeof readSnapshot>>['db']) => T) {
  const { db } = await readSnapshot(path);
  try {
    return lees(db);
  } finally {
    db.close();
  }
}
/** A full-page screenshot from the top: scrolled pages otherwise show the fixed header mid-image. */
async function schermafbeelding(page: Page, naam: string, heel = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}${naam}.png`, fullPage: heel });
}
const lijstOpSchijf = (path: string, filter: KandidaatFilter) =>
  opSchijf(path, (db) => listKandidaten(db, filter));

test.describe('met de voorbeeldwerkgroep', () => {
  test.beforeEach(async ({ page, appUrl }) => {
    await mkdir(SHOTS, { recursive: true });
    await openVoorbeeld(page, appUrl);
    await page.getByRole('link', { name: /^Kandidaten/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  });

  test('de lijst toont codes; namen pas na "Namen tonen"; filteren op groep', async ({ page, main }) => {
    const pad = main.session.requireFile().path;
    const alle = await lijstOpSchijf(pad, { metNamen: true });
    expect(alle.length).toBeGreaterThanOrEqual(10);
    const bram = alle.find((k) => k.naam === 'Bram Voorbeeld');
    expect(bram).toBeDefined();

    const tabel = page.getByRole('table', { name: 'Kandidaten' });
    await expect(tabel.getByRole('row')).toHaveCount(alle.length + 1);
    await expect(tabel.getByRole('link', { name: `Kandidaat ${bram?.code} openen` })).toBeVisible();
    await expect(tabel.getByText('Bram Voorbeeld')).toHaveCount(0);
    await expect(tabel.getByRole('button', { name: 'Sorteer op naam' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('switch', { name: 'Namen tonen' }).check();
    await expect(tabel.getByRole('button', { name: 'Sorteer op naam' })).toBeVisible();
    await expect(tabel.getByRole('row', { name: new RegExp(bram?.code ?? '-') })).toContainText(
      'Bram Voorbeeld',
    );
    await page.getByRole('switch', { name: 'Namen tonen' }).uncheck();
    await expect(tabel.getByText('Bram Voorbeeld')).toHaveCount(0);

    const groep2 = alle.filter((k) => k.groep === 'Groep 2 – zomer');
    await page.getByRole('combobox', { name: 'Groep' }).click();
    await page.getByRole('option', { name: 'Groep 2 – zomer' }).click();
    await expect(tabel.getByRole('row')).toHaveCount(groep2.length + 1);
    await schermafbeelding(page, '05a-kandidaten-groep');
  });

  test('een kandidaat toevoegen met plan, twee stappen, een tredeverandering en uitstroom', async ({
    page,
    main,
  }) => {
    // One long story through every tab; the default 30 s is meant for short tests.
    const pad = main.session.requireFile().path;
    await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kandidaat toevoegen' });
    await vulDatum(dialog, 'Einddatum traject', `${jaar}-01-01`);
    await vulDatum(dialog, 'Startdatum', `${jaar}-03-01`);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog.getByText('De einddatum ligt voor de startdatum.')).toBeVisible();
    await vulDatum(dialog, 'Einddatum traject', '');
    await dialog.getByRole('textbox', { name: /Naam/ }).fill('Tessa Testpersoon');
    await dialog.getByRole('textbox', { name: 'Initialen' }).fill('T.T.');
    await dialog.getByRole('combobox', { name: 'Gemeente' }).click();
    await page.getByRole('option', { name: 'Goes' }).click();
    await dialog.getByRole('combobox', { name: 'Uitkering' }).click();
    await page.getByRole('option', { name: 'WW' }).click();
    await dialog.getByRole('combobox', { name: 'Groep' }).click();
    await page.getByRole('option', { name: 'Groep 2 – zomer' }).click();
    await dialog.getByRole('checkbox', { name: '50-plusser' }).check();
    await expectNoAxeViolations(page);
    await schermafbeelding(page, '05b-kandidaat-toevoegen', false);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toBeHidden();

    // Saving opens the new candidate: code in the header, the name hidden until asked for.
    const code = (await page.getByTestId('kandidaat-code').textContent()) ?? '';
    expect(code).toMatch(/^K-/);
    await expect(page.getByText('Tessa Testpersoon')).toHaveCount(0);
    await page.getByRole('switch', { name: 'Naam tonen' }).check();
    await expect(page.getByTestId('kandidaat-naam')).toHaveText('Tessa Testpersoon');
    await page.getByRole('switch', { name: 'Naam tonen' }).uncheck();
    await expectNoAxeViolations(page);
    const [nieuw] = await lijstOpSchijf(pad, { metNamen: true }).then((l) =>
      l.filter((k) => k.code === code),
    );
    expect(nieuw?.naam).toBe('Tessa Testpersoon');
    const id = nieuw?.id ?? '';

    // Persoonlijk plan.
    await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
    await page.getByRole('textbox', { name: 'Wensen en dromen' }).fill('Buiten werken, met de handen.');
    await page.getByRole('textbox', { name: 'In eigen woorden' }).fill('Ik wil gewoon weer meedoen.');
    await page.getByRole('combobox', { name: 'Belemmering toevoegen' }).click();
    await page.getByRole('option', { name: 'Vervoer' }).click();
    await page.getByRole('textbox', { name: 'Toelichting bij vervoer' }).fill('Geen rijbewijs.');
    await page.getByRole('textbox', { name: 'Doel' }).fill('Betaald werk in het groen');
    await page.getByRole('radio', { name: 'Ja' }).check();
    await expectNoAxeViolations(page);
    await schermafbeelding(page, '05c-kandidaat-plan');
    // Saved as it is typed: the header says when it is on disk.
    await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
    const plan = await opSchijf(pad, (db) => getDossier(db, id).plan);
    expect(plan).toMatchObject({
      wensen: 'Buiten werken, met de handen.',
      eigenWoorden: 'Ik wil gewoon weer meedoen.',
      doel: 'Betaald werk in het groen',
      vasteBegeleiderHelpt: true,
      belemmeringen: [{ soort: 'vervoer', status: 'open', toelichting: 'Geen rijbewijs.' }],
    });

    // Leerlijn: an intake, then a werkervaringsplaats without a planned end (3 months by default).
    await page.getByRole('tab', { name: 'Leerlijn' }).click();
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    let stap = page.getByRole('dialog', { name: 'Stap toevoegen' });
    await stap.getByRole('button', { name: 'Opslaan' }).click();
    await expect(stap.getByText('Kies het soort stap (menukaart).')).toBeVisible();
    await stap.getByRole('combobox', { name: 'Soort stap (menukaart)' }).click();
    await page.getByRole('option', { name: 'Intake en screening' }).click();
    await stap.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: 'Stichting Duinroos Begeleiding (fictief)' }).click();
    await vulDatum(stap, 'Werkelijke start', `${jaar}-03-02`);
    await vulDatum(stap, 'Werkelijk einde', `${jaar}-03-20`);
    await stap.getByRole('textbox', { name: 'Uren per week' }).fill('4');
    await stap.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Afgerond' }).click();
    await stap.getByRole('button', { name: 'Opslaan' }).click();
    await expect(stap).toBeHidden();

    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    stap = page.getByRole('dialog', { name: 'Stap toevoegen' });
    await stap.getByRole('combobox', { name: 'Soort stap (menukaart)' }).click();
    await page.getByRole('option', { name: 'Werkervaringsplaats' }).click();
    await vulDatum(stap, 'Geplande start', `${jaar}-04-01`);
    await expect(
      stap.getByText(/Zonder gepland einde duurt een werkervaringsplaats 3 maanden/),
    ).toBeVisible();
    await schermafbeelding(page, '05d-stap-toevoegen', false);
    await stap.getByRole('button', { name: 'Opslaan' }).click();
    await expect(stap).toBeHidden();

    const rijen = page.getByTestId('stap-rij');
    await expect(rijen).toHaveCount(2);
    await expect(rijen.nth(0)).toContainText('Intake en screening');
    await page.getByRole('button', { name: 'stap 2 (Werkervaringsplaats) omhoog' }).click();
    await expect(rijen.nth(0)).toContainText('Werkervaringsplaats');
    await expectNoAxeViolations(page);
    await schermafbeelding(page, '05e-kandidaat-leerlijn');
    const stappen = await opSchijf(pad, (db) => getDossier(db, id).stappen);
    expect(stappen.map((s) => s.optieCode)).toEqual(['werkervaringsplaats', 'intake']);
    expect(stappen[0]?.geplandEind).toBe(standaardGeplandEind('werkervaringsplaats', `${jaar}-04-01`));
    expect(stappen[1]?.organisatie).toBe('Stichting Duinroos Begeleiding (fictief)');

    // Participatieladder: a nulmeting on 2 and a later one on 4.
    await page.getByRole('tab', { name: 'Participatieladder' }).click();
    for (const [datum, trede] of [
      [`${jaar}-03-02`, '2'],
      [`${jaar}-06-15`, '4'],
    ] as const) {
      await page.getByRole('button', { name: 'Meting toevoegen' }).click();
      const meting = page.getByRole('dialog', { name: 'Meting toevoegen' });
      await vulDatum(meting, 'Datum', datum);
      await meting.getByRole('combobox', { name: 'Trede' }).click();
      await page.getByRole('option', { name: new RegExp(`^${trede} ·`) }).click();
      await meting.getByRole('button', { name: 'Opslaan' }).click();
      await expect(meting).toBeHidden();
    }
    await expect(page.getByTestId('ladder-beweging')).toHaveText(/Van trede 2 naar trede 4/);
    await expect(page.getByRole('img', { name: /Van trede 2 naar trede 4/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await schermafbeelding(page, '05f-kandidaat-ladder');

    // Uitstroom, then a fallback: both stay in the history.
    await page.getByRole('tab', { name: 'Uitstroom' }).click();
    await page.getByRole('button', { name: 'Uitstroom vastleggen' }).click();
    const uit = page.getByRole('dialog', { name: 'Uitstroom vastleggen' });
    await uit.getByRole('combobox', { name: 'Uitstroom naar' }).click();
    await page.getByRole('option', { name: 'Regulier werk' }).click();
    await vulDatum(uit, 'Datum', `${jaar}-07-01`);
    await uit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(uit).toBeHidden();
    await page.getByRole('button', { name: 'Terugval vastleggen' }).click();
    const terug = page.getByRole('dialog', { name: 'Terugval vastleggen' });
    await vulDatum(terug, 'Datum', `${jaar}-09-01`);
    await terug.getByRole('textbox', { name: 'Reden' }).fill('Contract niet verlengd');
    await terug.getByRole('button', { name: 'Opslaan' }).click();
    await expect(terug).toBeHidden();
    await expect(page.getByText('Uitstroom: Regulier werk')).toBeVisible();
    await expect(page.getByText('Reden: Contract niet verlengd')).toBeVisible();
    await expectNoAxeViolations(page);
    await schermafbeelding(page, '05g-kandidaat-uitstroom');
    const dossier = await opSchijf(pad, (db) => getDossier(db, id));
    expect(dossier.uitstroom.map((u) => u.soort)).toEqual(['regulier_werk']);
    expect(dossier.terugval.map((t) => t.reden)).toEqual(['Contract niet verlengd']);
    expect(dossier.beweging).toEqual({ start: 2, nu: 4, verschil: 2 });

    // Back in the list: the code and the rung movement, the name only when asked.
    await page.getByRole('link', { name: '← Alle kandidaten' }).click();
    const rij = page.getByRole('row', { name: new RegExp(code) });
    await expect(rij).toContainText('2 → 4');
    await expect(rij).not.toContainText('Tessa');
    await page.getByRole('switch', { name: 'Namen tonen' }).check();
    await expect(rij).toContainText('Tessa Testpersoon');
  });

  test('Verwijderen (AVG): de verkeerde code houdt de knop uit, de juiste wist de kandidaat', async ({
    page,
    main,
  }) => {
    const pad = main.session.requireFile().path;
    const bram = (await lijstOpSchijf(pad, { metNamen: true })).find((k) => k.naam === 'Bram Voorbeeld');
    const code = bram?.code ?? '';
    await page.getByRole('link', { name: `Kandidaat ${code} openen` }).click();
    await expect(page.getByTestId('kandidaat-code')).toHaveText(code);
    await schermafbeelding(page, '05h-kandidaat-gegevens');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Verwijderen (AVG)…' }).click();
    const dialog = page.getByRole('dialog', { name: `Kandidaat ${code} verwijderen (AVG)` });
    const knop = dialog.getByRole('button', { name: 'Definitief verwijderen' });
    await expect(knop).toBeDisabled();
    await dialog.getByRole('textbox', { name: `Typ de code ${code} om te bevestigen` }).fill('K-FOUT');
    await expect(knop).toBeDisabled();
    await expectNoAxeViolations(page);
    await schermafbeelding(page, '05i-avg-verwijderen', false);
    await dialog
      .getByRole('textbox', { name: `Typ de code ${code} om te bevestigen` })
      .fill(code.toLowerCase());
    await expect(knop).toBeEnabled();
    await knop.click();

    await expect(page.getByText(`Kandidaat ${code} is verwijderd.`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kandidaten' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Kandidaat ${code} openen` })).toHaveCount(0);
    const over = await lijstOpSchijf(pad, { metNamen: true });
    expect(over.some((k) => k.code === code)).toBe(false);
    // Nothing about the person is left in the saved bytes: not the name, not the own words.
    const bytes = (await readFile(pad)).toString('latin1');
    expect(bytes).not.toContain('Bram Voorbeeld');
    expect(bytes).not.toContain('mijn eigen geld verdienen');
  });
});

test('zonder kandidaten legt de lijst uit wat te doen', async ({ page, appUrl }) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Leeg');
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await expect(page.getByText('Nog geen kandidaten')).toBeVisible();
  await expect(page.getByText(/Voeg een kandidaat toe met "Kandidaat toevoegen"/)).toBeVisible();
  await expectNoAxeViolations(page);
  await schermafbeelding(page, '05j-kandidaten-leeg');
});
