import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { formatBedrag } from '../../shared/format/nl';
import { ditJaar } from '../../shared/klok';
import { expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test, verwachtOpgeslagen } from './fixtures';

const NAAM = 'Zorggroep De Schelpenbank (fictief)';
const euro = (cent: number) => formatBedrag(cent).replace(/,00$/, '');

test('een organisatie openen, bewerken en de lijst naar Excel exporteren', async ({ page, appUrl, main }) => {
  await openVoorbeeld(page, appUrl);
  await page.getByRole('link', { name: /^Organisaties/ }).click();
  await page.getByRole('link', { name: NAAM }).click();
  await expect(page.getByRole('heading', { level: 2, name: NAAM })).toBeVisible();
  const pad = main.session.requireFile().path;

  const sectie = (titel: string) => page.getByRole('region', { name: titel });
  await expect(sectie('Gegevens')).toContainText('Zorgaanbieder');
  await expect(sectie('Contactpersoon')).toContainText('M. de Vlieger');
  await expect(sectie('Wat zij aanbieden').getByRole('table', { name: 'Aangeboden plaatsen' })).toBeVisible();
  await expect(sectie('Wat zij aanbieden')).toContainText('Wie is bij u het aanspreekpunt voor SROI?');

  // Candidates by code; a name only after "Namen tonen".
  const stappen = sectie('De stappen die zij leveren');
  const kandidaat = await opSchijf(pad, (db) =>
    db.get<{ code: string; naam: string }>(
      `SELECT k.code, k.naam FROM leerlijn_stap s JOIN kandidaat k ON k.id = s.kandidaat_id
         JOIN organisatie o ON o.id = s.organisatie_id WHERE o.naam = ? AND k.naam IS NOT NULL LIMIT 1`,
      [NAAM],
    ),
  );
  if (!kandidaat) throw new Error('Het voorbeeld heeft geen stap bij deze organisatie.');
  await expect(
    stappen.getByRole('link', { name: `Kandidaat ${kandidaat.code} openen` }).first(),
  ).toBeVisible();
  await expect(stappen).not.toContainText(kandidaat.naam);
  await stappen.getByRole('switch', { name: 'Namen tonen' }).check();
  await expect(stappen).toContainText(kandidaat.naam);

  // The same figures as the SROI overview's line for this organisation, read from the file.
  const jaar = ditJaar();
  const regel = await opSchijf(pad, (db) =>
    sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`).perOpdrachtnemer.find((r) => r.naam === NAAM),
  );
  expect(regel?.verplichtingCent).toBeGreaterThan(0);
  const sroi = sectie('Contracten en SROI');
  await expect(sroi.getByTestId('sroi-verplichting')).toHaveText(euro(regel?.verplichtingCent ?? 0));
  await expect(sroi.getByTestId('sroi-gerealiseerd')).toHaveText(euro(regel?.gerealiseerdCent ?? 0));
  await expect(sroi.getByRole('table', { name: 'Contracten en SROI' }).getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Organisatie bewerken' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Organisatie bewerken' });
  await dialoog.getByRole('textbox', { name: 'Telefoon' }).fill('0113 555 010');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(sectie('Contactpersoon')).toContainText('0113 555 010');
  const opgeslagen = await opSchijf(pad, (db) => listOrganisaties(db, { zoek: 'Schelpenbank' })[0]?.telefoon);
  expect(opgeslagen).toBe('0113 555 010');

  await page.getByRole('link', { name: '← Alle organisaties' }).click();
  const bestand = join(main.userData, 'organisaties.xlsx');
  main.dialogs.excelSavePath = bestand;
  await page.getByRole('button', { name: 'Lijst exporteren naar Excel' }).click();
  const melding = await verwachtOpgeslagen(page, 'De organisatielijst is opgeslagen als', bestand);
  await melding.getByRole('button', { name: 'Map openen' }).click();
  await expect.poll(() => main.geopend).toEqual([{ wat: 'map', pad: bestand }]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bestand);
  const blad = wb.getWorksheet('Organisaties');
  const rij = blad?.getRows(5, blad.rowCount - 4)?.find((r) => r.getCell(1).value === NAAM);
  expect(rij?.getCell(4).value).toBe('M. de Vlieger');
  expect(rij?.getCell(6).value).toBe('0113 555 010');
  expect(rij?.getCell(7).value).toBe('nee');

  // Without a person's name the phone number is the organisation's: no "Contactpersoon" heading.
  await page.getByRole('link', { name: NAAM }).click();
  await page.getByRole('button', { name: 'Organisatie bewerken' }).click();
  await dialoog.getByRole('textbox', { name: 'Contactpersoon' }).fill('');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
  const contact = page.getByRole('region', { name: 'Contact', exact: true });
  await expect(contact).toContainText('Telefoon0113 555 010');
  await expect(contact).not.toContainText('Naam');
  await expect(sectie('Contactpersoon')).toHaveCount(0);
});
