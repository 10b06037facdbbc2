import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { WERK_IN_KOPIE } from '../../shared/domain/persoonsgegevens';
import {
  expect,
  expectNoAxeViolations,
  nieuweWerkgroep,
  opBeideSchermen,
  openVoorbeeld,
  opSchijf,
  test,
} from './fixtures';

test('een kopie voor een werkgroeplid: uitleg, opslaan, openen; de melding staat er en kandidaten alleen met code', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  const namen = await opSchijf(pad, (db) =>
    db.all<{ naam: string }>('SELECT naam FROM kandidaat WHERE naam IS NOT NULL').map((k) => k.naam),
  );
  expect(namen.length).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Kopie voor een werkgroeplid…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Kopie voor een werkgroeplid' });
  await expect(dialoog).toContainText('namen en initialen van kandidaten');
  await expect(dialoog).toContainText('belemmeringen');
  await expectNoAxeViolations(page);
  await opBeideSchermen(page, 'dialoog');

  const kopie = join(main.userData, 'Voor Sanne.tafelwerk');
  main.dialogs.savePath = kopie;
  await dialoog.getByRole('button', { name: 'Kopie opslaan als…' }).click();
  await expect(dialoog).toBeHidden();
  await expect(
    page.getByText('Kopie zonder persoonsgegevens opgeslagen als Voor Sanne.tafelwerk.', { exact: true }),
  ).toBeVisible();
  // The open file is still the full one.
  expect(main.session.requireFile().path).toBe(pad);
  await expect(page.getByTestId('zonder-persoonsgegevens')).toHaveCount(0);
  const bytes = await readFile(kopie);
  expect(namen.filter((n) => bytes.includes(Buffer.from(n)))).toEqual([]);

  // The member opens the copy: every page says what it is; candidates by code only.
  main.dialogs.openPath = kopie;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Openen…' }).click();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toContainText(
    'Namen, plannen en notities over kandidaten staan hier niet in',
  );
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Kandidaten' });
  await expect(tabel.getByRole('row')).not.toHaveCount(0);
  // No names to show and no new candidates in a member's copy: the switch and the add button are gone.
  await expect(page.getByRole('switch', { name: 'Namen tonen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kandidaat toevoegen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Excel', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Kandidaten en trajecten exporteren…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Kandidatenlijst inlezen…' })).toHaveCount(0);
  // The export offers no names or notes to add (the copy has none) and writes codes only.
  await page.getByRole('menuitem', { name: 'Kandidaten en trajecten exporteren…' }).click();
  const exportDialoog = page.getByRole('dialog', { name: 'Kandidaten en trajecten exporteren' });
  await expect(exportDialoog.getByTestId('export-zonder-persoonsgegevens')).toBeVisible();
  await expect(exportDialoog.getByRole('checkbox')).toHaveCount(0);
  main.dialogs.excelSavePath = join(main.userData, 'kandidaten uit de kopie.xlsx');
  await exportDialoog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(exportDialoog).toBeHidden();
  const werkboek = new ExcelJS.Workbook();
  await werkboek.xlsx.readFile(main.dialogs.excelSavePath);
  const cellen = werkboek.worksheets.flatMap((w) =>
    w.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map((c) => String(c ?? '')) : [])),
  );
  expect(cellen.length).toBeGreaterThan(20);
  expect(namen.filter((n) => cellen.some((c) => c.includes(n)))).toEqual([]);
  // The retention period is the secretary's setting; a member's copy does not offer it.
  await expect(page.getByRole('button', { name: 'Termijn opslaan' })).toHaveCount(0);
  const tekst = await page.locator('main').innerText();
  expect(namen.filter((n) => tekst.includes(n))).toEqual([]);
  await expectNoAxeViolations(page);
  await opBeideSchermen(page, 'kandidaten');
  // A candidate's page in the copy: what was left out says so; nothing to edit or erase.
  await tabel.getByRole('link').first().click();
  await expect(page.getByTestId('kandidaat-code')).toBeVisible();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toBeVisible();
  await expect(page.getByText('Niet in deze kopie').first()).toBeVisible();
  await expect(page.getByTestId('alleen-in-werkgroepbestand')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gegevens bewerken' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Verwijderen \(AVG\)/ })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Naam tonen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await opBeideSchermen(page, 'kandidaat');

  // Every tab of a candidate with steps, measurements, an outcome and a fallback: main refuses every
  // candidate change in this copy, so no tab offers a button or a field, each says why in one line,
  // and what was left out says so.
  const code = await opSchijf(
    kopie,
    (db) =>
      db.get<{ code: string }>(
        `SELECT code FROM kandidaat k WHERE ${['leerlijn_stap', 'ladder_meting', 'uitstroom', 'terugval']
          .map((t) => `EXISTS (SELECT 1 FROM ${t} WHERE kandidaat_id = k.id)`)
          .join(' AND ')} ORDER BY code`,
      )?.code,
  );
  expect(code).toBeTruthy();
  await page.getByRole('link', { name: 'Alle kandidaten' }).click();
  await tabel.getByRole('link', { name: `Kandidaat ${code} openen` }).click();
  await expect(page.getByTestId('kandidaat-code')).toHaveText(code as string);
  const verwacht: Record<string, RegExp> = {
    Gegevens: /KlantmanagerNiet in deze kopie/,
    'Persoonlijk plan': /Wensen en dromenNiet in deze kopie[\s\S]*Helpt een vaste begeleider\?/,
    Leerlijn: /Resultaat: niet in deze kopie/,
    Participatieladder: /Niet in deze kopie/,
    Uitstroom:
      /Reden en volgende stap: niet in deze kopie[\s\S]*Toelichting: niet in deze kopie|Toelichting: niet in deze kopie[\s\S]*Reden en volgende stap: niet in deze kopie/,
  };
  const tabs = page.getByRole('tablist').getByRole('tab');
  expect(await tabs.allInnerTexts()).toEqual(Object.keys(verwacht));
  for (const [tab, weggelaten] of Object.entries(verwacht)) {
    await page.getByRole('tab', { name: tab }).click();
    const paneel = page.getByRole('tabpanel', { name: tab });
    await expect(paneel.getByTestId('alleen-in-werkgroepbestand'), tab).toBeVisible();
    await expect(paneel.getByRole('button'), tab).toHaveCount(0);
    await expect(paneel.getByRole('textbox'), tab).toHaveCount(0);
    await expect(paneel.getByRole('radio'), tab).toHaveCount(0);
    // The text as written (labels are upper case on screen only), without line breaks.
    expect(await paneel.textContent(), tab).toMatch(weggelaten);
    await expectNoAxeViolations(page);
    await opBeideSchermen(page, `kandidaat-${tab.replace(' ', '-')}`);
  }
  // A group: candidates can be placed (werkgroep work), but there are no names to show.
  await page.getByRole('link', { name: /^Groepen/ }).click();
  await page.getByRole('link', { name: 'Groep 1 – voorjaar' }).click();
  await expect(page.getByRole('button', { name: 'Kandidaten toevoegen' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Namen tonen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Bijeenkomsten' }).click();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toBeVisible();
  await opBeideSchermen(page, 'bijeenkomsten');
});

test('een beveiligde kopie: de herstelcode hoort bij de kopie, en alleen haar wachtwoord opent haar', async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Kopie voor een werkgroeplid…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Kopie voor een werkgroeplid' });
  await dialoog.getByRole('checkbox', { name: 'De kopie met een eigen wachtwoord beveiligen' }).check();
  await dialoog.getByLabel('Wachtwoord voor de kopie', { exact: true }).fill('kopie voor het werkgroeplid');
  await dialoog.getByLabel('Herhaal het wachtwoord', { exact: true }).fill('kopie voor het werkgroeplid');
  const kopie = join(main.userData, 'Voor Joris.tafelwerk');
  main.dialogs.savePath = kopie;
  await dialoog.getByRole('button', { name: 'Kopie opslaan als…' }).click();

  const code = page.getByRole('dialog', { name: 'Herstelcode van de kopie' });
  await expect(code).toContainText('kunt u de kopie Voor Joris.tafelwerk alleen nog met deze code openen');
  await expectNoAxeViolations(page);
  await code.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }).check();
  await code.getByRole('button', { name: 'Sluiten' }).click();
  await expect(code).toBeHidden();
  // Sealed on disk: the example's organisation names are not readable in the bytes.
  const bytes = await readFile(kopie);
  expect(bytes.includes(Buffer.from('Duinroos'))).toBe(false);
});

test('een kopie van een nieuwe werkgroep toont geen lijst Aan de slag: opzetten hoort bij het origineel', async ({
  page,
  appUrl,
  main,
}) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Proef');
  await expect(page.getByTestId('aan-de-slag-kandidaten')).toHaveAttribute('data-klaar', 'false');
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Kopie voor een werkgroeplid…' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Kopie voor een werkgroeplid' });
  const kopie = join(main.userData, 'Voor Ravi.tafelwerk');
  main.dialogs.savePath = kopie;
  await dialoog.getByRole('button', { name: 'Kopie opslaan als…' }).click();
  await expect(dialoog).toBeHidden();

  main.dialogs.openPath = kopie;
  await page.getByRole('button', { name: 'Bestand' }).click();
  await page.getByRole('menuitem', { name: 'Openen…' }).click();
  // The notice says the same as the copy dialog and main's refusal: what a member can update.
  await expect(page.getByTestId('zonder-persoonsgegevens')).toContainText(
    `U kunt ${WERK_IN_KOPIE} bijwerken`,
  );
  // No candidates here, and the empty page does not name buttons the copy does not have.
  await page.getByRole('link', { name: /^Kandidaten/ }).click();
  await expect(
    page.getByText('Kandidaten worden toegevoegd in het volledige werkgroepbestand'),
  ).toBeVisible();
  await expect(page.getByText(/Kandidaat toevoegen/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('zonder-persoonsgegevens')).toBeVisible();
  await expect(page.getByTestId('aan-de-slag')).toHaveCount(0);
  await opBeideSchermen(page, 'dashboard-kopie');
  // Nor does the palette offer to show it again: that would also show it again for the original.
  await page.keyboard.press('Control+K');
  const palet = page.getByRole('dialog', { name: 'Zoeken en opdrachten' });
  await expect(palet.getByRole('button', { name: /Nieuwe bijeenkomst…/ })).toBeVisible();
  await expect(palet.getByRole('button', { name: /Aan de slag tonen/ })).toHaveCount(0);
  // A copy is made from the full file: the copy's Bestand menu does not offer another.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bestand' }).click();
  await expect(page.getByRole('menuitem', { name: 'Samenvoegen met…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Kopie voor een werkgroeplid…' })).toHaveCount(0);
});
