import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leesOrganisatieLijst, organisatieSjabloon } from '../../electron/main/excel/organisaties-import';
import { schrijfWerkboek } from '../../electron/main/excel/werkboek';
import { tempDir } from './helpers/temp';

const gemeenten = [
  { id: 'g-goes', naam: 'Goes' },
  { id: 'g-tholen', naam: 'Tholen' },
  { id: 'g-noord', naam: 'Noord-Beveland' },
];
const context = { bestand: 'lijst.xlsx', bestaandeNamen: ['Stichting Bestaand Werk'], gemeenten };

type Cel = ExcelJS.CellValue;
const KOPPEN = ['Naam', 'Soort', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeenten'];

/** A workbook with the given rows from row 1 (first row is usually the header), as bytes. */
async function xlsx(rijen: Cel[][], voorRijen: Cel[][] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const blad = wb.addWorksheet('Lijst');
  for (const [i, rij] of [...voorRijen, ...rijen].entries()) blad.getRow(i + 1).values = rij;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('leesOrganisatieLijst', () => {
  it('reads good rows: soort by code or label, gemeenten with or without prefix, text normalised', async () => {
    const bytes = await xlsx([
      KOPPEN,
      [
        '  Zorggroep   Zilverhof ',
        'Zorgaanbieder',
        'A. Contact',
        'info@zilverhof.example',
        '0113 123456',
        'Goes; gemeente tholen',
      ],
      ['Werkbedrijf Oosterschelde', 'SW-bedrijf', null, null, null, 'Noord-Beveland'],
      ['Leerwerkcentrum De Kaai', 'onderwijs', null, null, 113987654, ''],
    ]);
    const v = await leesOrganisatieLijst(bytes, context);
    expect(v).toMatchObject({ bestand: 'lijst.xlsx', nieuw: 3, bestaatAl: 0, fouten: 0, algemeneFouten: [] });
    expect(v.rijen[0]).toEqual({
      rij: 2,
      naam: 'Zorggroep Zilverhof',
      soort: 'zorgaanbieder',
      contactpersoon: 'A. Contact',
      email: 'info@zilverhof.example',
      telefoon: '0113 123456',
      gemeenteIds: ['g-goes', 'g-tholen'],
      gemeenten: ['Goes', 'Tholen'],
      status: 'nieuw',
      fouten: [],
    });
    expect(v.rijen[1]).toMatchObject({ soort: 'werkbedrijf', gemeenten: ['Noord-Beveland'], email: null });
    expect(v.rijen[2]).toMatchObject({ rij: 4, soort: 'onderwijs', telefoon: '113987654', gemeenteIds: [] });
  });

  it('gives a Dutch message per kind of bad row, each starting with the row number', async () => {
    const bytes = await xlsx([
      KOPPEN,
      ['Ziekenhuis Proefstad', 'ziekenhuis', null, null, null, null],
      ['Zonder Soort BV', '', null, null, null, null],
      ['Slecht Adres', 'Werkgever', null, 'geen-adres@', null, null],
      ['Verre Gemeente', 'Werkgever', null, null, null, 'Goes, Atlantis'],
      ['x'.repeat(161), 'Overig', null, null, null, null],
      [null, 'Overig', 'Iemand Zonder Organisatie', null, null, null],
    ]);
    const v = await leesOrganisatieLijst(bytes, context);
    expect(v.fouten).toBe(6);
    expect(v.rijen.every((r) => r.status === 'fout')).toBe(true);
    const f = v.rijen.map((r) => r.fouten);
    expect(f[0]).toEqual([
      'Rij 2: soort "ziekenhuis" is onbekend; kies uit Gemeente, Zorgaanbieder, Werkbedrijf / SW-bedrijf, UWV, ' +
        'Onderwijs, Werkgever, Vrijwilligersorganisatie, Overig.',
    ]);
    expect(f[1]?.[0]).toMatch(/^Rij 3: soort ontbreekt; kies uit Gemeente,/);
    expect(f[2]).toEqual(['Rij 4: e-mailadres "geen-adres@" is ongeldig.']);
    expect(f[3]).toEqual(['Rij 5: gemeente "Atlantis" is onbekend in deze werkgroep.']);
    expect(v.rijen[3]?.gemeenten).toEqual(['Goes']);
    expect(f[4]).toEqual(['Rij 6: naam is te lang (hoogstens 160 tekens).']);
    expect(f[5]).toEqual(['Rij 7: naam ontbreekt.']);
  });

  it('marks existing names as bestaat_al and a repeat within the file as an error on the second row', async () => {
    const bytes = await xlsx([
      KOPPEN,
      ['stichting bestaand werk ', 'Overig'],
      ['Buurtwerk Zuid', 'Vrijwilligersorganisatie'],
      ['BUURTWERK  ZUID', 'Vrijwilligersorganisatie'],
    ]);
    const v = await leesOrganisatieLijst(bytes, context);
    expect(v.rijen.map((r) => r.status)).toEqual(['bestaat_al', 'nieuw', 'fout']);
    expect(v.rijen[0]?.fouten).toEqual([]);
    expect(v.rijen[2]?.fouten).toEqual(['Rij 4: "BUURTWERK ZUID" staat al op rij 3 van dit bestand.']);
    expect(v).toMatchObject({ nieuw: 1, bestaatAl: 1, fouten: 1 });
  });

  it('reads hyperlinks and rich text as text', async () => {
    const bytes = await xlsx([
      KOPPEN,
      [
        { richText: [{ text: 'Stichting ' }, { text: 'Rijk', font: { bold: true } }] },
        'Werkgever',
        null,
        { text: 'post@rijk.example', hyperlink: 'mailto:post@rijk.example' },
      ],
      [
        'Alleen Link BV',
        'Werkgever',
        null,
        { text: 'Mail ons', hyperlink: 'mailto:link@alleen.example?subject=SROI' },
      ],
    ]);
    const v = await leesOrganisatieLijst(bytes, context);
    expect(v.rijen[0]).toMatchObject({
      naam: 'Stichting Rijk',
      soort: 'werkgever',
      email: 'post@rijk.example',
      status: 'nieuw',
    });
    expect(v.rijen[1]?.email).toBe('link@alleen.example');
  });

  it('finds the header on row 3 with other spellings, and skips empty rows', async () => {
    const bytes = await xlsx(
      [
        ['NAAM ORGANISATIE', 'Soort organisatie', 'Contact persoon', 'e-mailadres', 'Tel.', 'Werkgebied'],
        ['Sportclub Proef', 'vrijwilligersorganisatie', 'B. Voorbeeld', 'b@sport.example', '06 1', 'Tholen'],
        [],
        [null, '  ', null],
        ['Taalhuis Proef', 'Overig'],
      ],
      [['Ledenlijst 2026'], []],
    );
    const v = await leesOrganisatieLijst(bytes, context);
    expect(v.algemeneFouten).toEqual([]);
    expect(v.rijen.map((r) => [r.rij, r.naam, r.status])).toEqual([
      [4, 'Sportclub Proef', 'nieuw'],
      [7, 'Taalhuis Proef', 'nieuw'],
    ]);
    expect(v.rijen[0]).toMatchObject({
      contactpersoon: 'B. Voorbeeld',
      telefoon: '06 1',
      gemeenteIds: ['g-tholen'],
    });
  });

  it('reports a missing Naam column, a file that is not xlsx, a list without rows and too many rows', async () => {
    const zonderNaam = await leesOrganisatieLijst(
      await xlsx([
        ['Soort', 'E-mail'],
        ['Overig', 'a@b.example'],
      ]),
      context,
    );
    expect(zonderNaam.rijen).toEqual([]);
    expect(zonderNaam.algemeneFouten[0]).toMatch(/^Geen kolom "Naam" gevonden in de eerste 10 rijen/);

    const geenExcel = await leesOrganisatieLijst(new TextEncoder().encode('Naam;Soort\nA;Overig\n'), context);
    expect(geenExcel).toMatchObject({
      rijen: [],
      nieuw: 0,
      algemeneFouten: ['Dit bestand is geen leesbaar Excel-bestand (.xlsx).'],
    });

    const leeg = await leesOrganisatieLijst(await xlsx([KOPPEN]), context);
    expect(leeg.algemeneFouten).toEqual(['Er staan geen organisaties onder de kolomkoppen.']);

    const veel = Array.from({ length: 5001 }, (_, i) => [`Organisatie ${i + 1}`, 'Overig']);
    const teVeel = await leesOrganisatieLijst(await xlsx([KOPPEN, ...veel]), context);
    expect(teVeel.rijen).toEqual([]);
    expect(teVeel.algemeneFouten).toEqual([
      'Het bestand heeft meer dan 5000 organisaties. Verdeel de lijst over meerdere bestanden.',
    ]);
  });
});

describe('organisatieSjabloon', () => {
  it('has the columns, one Soort dropdown over a range, and a Dutch explanation sheet', async () => {
    const pad = join(await tempDir(), 'sjabloon.xlsx');
    await schrijfWerkboek(organisatieSjabloon(['Goes', 'Tholen']), pad);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Organisaties', 'Toelichting']);
    const blad = wb.worksheets[0] as ExcelJS.Worksheet;
    expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Naam',
      'Soort',
      'Contactpersoon',
      'E-mail',
      'Telefoon',
      'Gemeenten (werkgebied)',
    ]);
    const regels = (blad as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    // exceljs expands the range on reading; one rule, same list for every cell of B2:B1001.
    expect(Object.keys(regels)).toHaveLength(1000);
    expect(regels.B2).toMatchObject({
      type: 'list',
      formulae: [
        '"Gemeente,Zorgaanbieder,Werkbedrijf / SW-bedrijf,UWV,Onderwijs,Werkgever,Vrijwilligersorganisatie,Overig"',
      ],
    });
    expect(regels.B1001).toEqual(regels.B2);
    const uitleg = wb.getWorksheet('Toelichting') as ExcelJS.Worksheet;
    expect(uitleg.getCell('A1').value).toBe('Organisaties invullen voor Tafelwerk');
    const tekst = (uitleg.getColumn(1).values as unknown[]).join('\n');
    expect(tekst).toContain('Goes\nTholen');
  });

  it('is read back: the example row is skipped and filled-in rows are imported', async () => {
    const wb = organisatieSjabloon(gemeenten.map((g) => g.naam));
    const blad = wb.worksheets[0] as ExcelJS.Worksheet;
    blad.getRow(3).values = [
      'Stichting Werkbrug',
      'Werkbedrijf / SW-bedrijf',
      'C. Invuller',
      'c@werkbrug.example',
      '',
      'Goes; Tholen',
    ];
    blad.getRow(4).values = ['Stichting Bestaand Werk', 'Overig'];
    const v = await leesOrganisatieLijst(new Uint8Array(await wb.xlsx.writeBuffer()), context);
    expect(v.algemeneFouten).toEqual([]);
    expect(v.rijen.map((r) => [r.rij, r.naam, r.status])).toEqual([
      [3, 'Stichting Werkbrug', 'nieuw'],
      [4, 'Stichting Bestaand Werk', 'bestaat_al'],
    ]);
    expect(v.rijen[0]).toMatchObject({
      soort: 'werkbedrijf',
      gemeenteIds: ['g-goes', 'g-tholen'],
      telefoon: null,
    });
  });
});
