import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sroiWerkboek } from '../../electron/main/excel/sroi-export';
import { bladnaam, schrijfWerkboek, voegTabelbladToe } from '../../electron/main/excel/werkboek';
import type { Contract, SroiOverzicht, SroiRegel } from '../../shared/domain/contracten';
import type { Realisatie } from '../../shared/domain/realisaties';
import { tempDir } from './helpers/temp';

const regel = (naam: string, over: Partial<SroiRegel> = {}): SroiRegel => ({
  id: naam,
  naam,
  verplichtingCent: 0,
  gerealiseerdCent: 0,
  contracten: 1,
  gebundeld: false,
  aandeelInspanning: null,
  aandeelCapaciteit: null,
  ...over,
});

const overzicht: SroiOverzicht = {
  van: '2026-01-01',
  tot: '2026-12-31',
  perOpdrachtnemer: [
    regel('Zorggroep De Proef', {
      verplichtingCent: 50_000_00,
      gerealiseerdCent: 12_345_67,
      contracten: 2,
      gebundeld: true,
      aandeelInspanning: 0.8,
      aandeelCapaciteit: 0.6,
    }),
    regel('Bouwbedrijf Oosterlicht', {
      verplichtingCent: 0,
      gerealiseerdCent: 3_000_10,
      aandeelInspanning: 0.2,
      aandeelCapaciteit: 0.4,
    }),
  ],
  perGemeente: [
    regel('Goes', { verplichtingCent: 30_000_00, gerealiseerdCent: 10_000_00, contracten: 2 }),
    regel('Tholen', { verplichtingCent: 20_000_00, gerealiseerdCent: 2_345_67, contracten: 1 }),
  ],
  totaalCent: 50_000_00,
  gerealiseerdCent: 15_345_77,
  nietToegerekendCent: 3_000_10,
  capaciteitsmaat: 'fte',
};

const contract: Contract = {
  id: 'c1',
  naam: 'Thuisbegeleiding Oosterschelde',
  opdrachtnemerId: 'o1',
  opdrachtnemer: 'Zorggroep De Proef',
  opdrachtgevers: [
    { gemeenteId: 'g1', gemeente: 'Goes', aandeelCent: null },
    { gemeenteId: 'g2', gemeente: 'Tholen', aandeelCent: null },
  ],
  startdatum: '2026-01-01',
  einddatum: '2027-12-31',
  waardeCent: 1_000_000_00,
  sroiPercentageBp: 500,
  sroiVastCent: null,
  loonaandeelBp: 400,
  gebundeld: true,
  verplichtingCent: 50_000_00,
  percentageOnredelijk: true,
};

const realisatie = (datum: string, over: Partial<Realisatie> = {}): Realisatie => ({
  id: datum,
  opdrachtnemerId: 'o1',
  opdrachtnemer: 'Zorggroep De Proef',
  contractId: 'c1',
  contract: 'Thuisbegeleiding Oosterschelde',
  menukaartOptieId: 'm1',
  optie: 'Plaatsing',
  waardering: 'tabel' as Realisatie['waardering'],
  datum,
  omschrijving: 'Werkervaringsplek administratie',
  doelgroep: 'wajong',
  urenPerWeek: 24,
  maanden: 6,
  bonussen: [],
  uren: null,
  waardeCent: 10_000_00,
  waarderingstabelId: 't1',
  tabel: 'Bouwblokken Zeeland (versie 2)',
  uitleg: '24 van 36 uur, 6 maanden.',
  bron: 'direct',
  ...over,
});

const realisaties = [
  realisatie('2026-05-12', {
    doelgroep: null,
    uren: 40,
    urenPerWeek: null,
    maanden: null,
    waardeCent: 2_345_67,
  }),
  realisatie('2026-03-02'),
];

const gemaaktOp = new Date(2026, 10, 23, 14, 5);

async function rondje(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const pad = join(await tempDir(), 'sroi.xlsx');
  await schrijfWerkboek(wb, pad);
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.readFile(pad);
  return terug;
}

const rijWaarden = (blad: ExcelJS.Worksheet, r: number) => (blad.getRow(r).values as unknown[]).slice(1);
const blad = (wb: ExcelJS.Workbook, naam: string) => {
  const b = wb.getWorksheet(naam);
  if (!b) throw new Error(`Blad ${naam} ontbreekt`);
  return b;
};

describe('sroiWerkboek', () => {
  it('has the four sheets in order, with a title block and the creator set', async () => {
    const wb = await rondje(
      sroiWerkboek({ werkgroep: 'Regio Proef', gemaaktOp, overzicht, contracten: [contract], realisaties }),
    );
    expect(wb.worksheets.map((b) => b.name)).toEqual([
      'Per aanbieder',
      'Per gemeente',
      'Contracten',
      'Realisaties',
    ]);
    expect(wb.creator).toBe('Tafelwerk');
    const a = blad(wb, 'Per aanbieder');
    expect(a.getCell('A1').value).toBe('SROI-overzicht 01-01-2026 t/m 31-12-2026 · per aanbieder');
    expect(a.getCell('A1').font?.bold).toBe(true);
    expect(a.getCell('A2').value).toBe('Werkgroep Regio Proef · gemaakt op 23-11-2026');
    expect(a.getCell('A3').value).toBeNull();
  });

  it('Per aanbieder: headers, euros from cents, fractions, empty % when no obligation, SUM totals', async () => {
    const wb = await rondje(
      sroiWerkboek({ werkgroep: 'Regio Proef', gemaaktOp, overzicht, contracten: [], realisaties: [] }),
    );
    const a = blad(wb, 'Per aanbieder');
    expect(rijWaarden(a, 4)).toEqual([
      'Aanbieder',
      'Contracten',
      'Gebundeld',
      'Verplichting',
      'Gerealiseerd',
      'Gerealiseerd %',
      'Aandeel inspanning',
      'Aandeel capaciteit (fte)',
    ]);
    expect(a.getCell('A4').font?.bold).toBe(true);
    expect(a.getCell('A4').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(a.getCell('A4').border?.bottom?.style).toBe('thin');
    // Whole percentages as the screen shows them (24,69 % → 25 %), not one decimal.
    expect(rijWaarden(a, 5)).toEqual(['Zorggroep De Proef', 2, 'ja', 50000, 12345.67, 0.25, 0.8, 0.6]);
    expect(rijWaarden(a, 6)).toEqual(['Bouwbedrijf Oosterlicht', 1, 'nee', 0, 3000.1, undefined, 0.2, 0.4]);
    expect(a.getCell('D5').numFmt).toMatch(/€/);
    expect(a.getCell('F5').numFmt).toBe('0 %');
    expect(a.getCell('G5').numFmt).toBe('0 %');
    expect(a.getCell('A7').value).toBe('Totaal');
    expect(a.getCell('B7').value).toEqual({ formula: 'SUM(B5:B6)', result: 3 });
    expect(a.getCell('D7').value).toEqual({ formula: 'SUM(D5:D6)', result: 50000 });
    expect(a.getCell('E7').value).toEqual({ formula: 'SUM(E5:E6)', result: 15345.77 });
    expect(a.getCell('E7').numFmt).toMatch(/€/);
    // The total has its share too: 15.345,77 of 50.000,00.
    expect(a.getCell('F7').value).toBe(0.31);
    expect(a.getCell('F7').numFmt).toBe('0 %');
  });

  it('capacity header names jaaromzet, or nothing when the measure is unknown', async () => {
    for (const [maat, kop] of [
      ['jaaromzet', 'Aandeel capaciteit (jaaromzet)'],
      [null, 'Aandeel capaciteit'],
    ] as const) {
      const wb = sroiWerkboek({
        werkgroep: 'Regio Proef',
        gemaaktOp,
        overzicht: { ...overzicht, capaciteitsmaat: maat },
        contracten: [],
        realisaties: [],
      });
      expect(blad(wb, 'Per aanbieder').getCell('H4').value).toBe(kop);
    }
  });

  it('Per gemeente: totals without Contracten, and a note about the unattributed amount', async () => {
    const wb = await rondje(
      sroiWerkboek({ werkgroep: 'Regio Proef', gemaaktOp, overzicht, contracten: [], realisaties: [] }),
    );
    const g = blad(wb, 'Per gemeente');
    expect(rijWaarden(g, 4)).toEqual([
      'Gemeente',
      'Contracten',
      'Verplichting',
      'Gerealiseerd',
      'Gerealiseerd %',
    ]);
    expect(rijWaarden(g, 5)).toEqual(['Goes', 2, 30000, 10000, 0.33]);
    expect(g.getCell('B7').value).toBeNull();
    expect(g.getCell('C7').value).toEqual({ formula: 'SUM(C5:C6)', result: 50000 });
    expect(g.getCell('D7').value).toEqual({ formula: 'SUM(D5:D6)', result: 12345.67 });
    expect(g.getCell('E7').value).toBe(0.25);
    // Total per gemeente + what no gemeente can be given = the total per aanbieder.
    expect(rijWaarden(g, 8)).toEqual(['Niet toe te rekenen aan een gemeente', undefined, undefined, 3000.1]);
    expect(g.getCell('A9').value).toBe('Totaal gerealiseerd (gelijk aan per aanbieder)');
    expect(g.getCell('D9').value).toEqual({ formula: 'D7+D8', result: 15345.77 });
    expect(String(g.getCell('A11').value)).toBe(
      '€ 3.000,10 is niet toe te rekenen aan een gemeente: gerealiseerd door aanbieders zonder contract met een gemeente. ' +
        'Dat bedrag telt mee in het totaal en per aanbieder, niet per gemeente.',
    );

    const zonder = sroiWerkboek({
      werkgroep: 'Regio Proef',
      gemaaktOp,
      overzicht: { ...overzicht, nietToegerekendCent: 0 },
      contracten: [],
      realisaties: [],
    });
    expect(blad(zonder, 'Per gemeente').rowCount).toBe(7);
  });

  it('Contracten: UTC dates with dd-mm-yyyy, bp as fractions, the warning text', async () => {
    const wb = await rondje(
      sroiWerkboek({
        werkgroep: 'Regio Proef',
        gemaaktOp,
        overzicht,
        contracten: [
          contract,
          {
            ...contract,
            id: 'c2',
            sroiPercentageBp: null,
            loonaandeelBp: null,
            percentageOnredelijk: false,
            sroiVastCent: 7_500_00,
            gebundeld: false,
          },
        ],
        realisaties: [],
      }),
    );
    const c = blad(wb, 'Contracten');
    expect(rijWaarden(c, 4)).toEqual([
      'Contract',
      'Opdrachtnemer',
      'Opdrachtgevers',
      'Start',
      'Einde',
      'Waarde',
      'SROI %',
      'Vast bedrag',
      'Verplichting (looptijd)',
      'Loonaandeel %',
      'Gebundeld',
      'Let op',
    ]);
    expect(rijWaarden(c, 5)).toEqual([
      'Thuisbegeleiding Oosterschelde',
      'Zorggroep De Proef',
      'Goes, Tholen',
      new Date(Date.UTC(2026, 0, 1)),
      new Date(Date.UTC(2027, 11, 31)),
      1000000,
      0.05,
      undefined,
      50000,
      0.04,
      'ja',
      'Percentage niet onder loonaandeel',
    ]);
    expect(c.getCell('D5').numFmt).toBe('dd-mm-yyyy');
    expect(c.getCell('E5').numFmt).toBe('dd-mm-yyyy');
    expect(c.getCell('G5').numFmt).toBe('0.0%');
    expect(c.getCell('G6').value).toBeNull();
    expect(c.getCell('H6').value).toBe(7500);
    expect(c.getCell('L6').value).toBeNull();
  });

  it('Realisaties: sorted by date, doelgroep label, totals of hours and value', async () => {
    const wb = await rondje(
      sroiWerkboek({ werkgroep: 'Regio Proef', gemaaktOp, overzicht, contracten: [], realisaties }),
    );
    const r = blad(wb, 'Realisaties');
    expect(rijWaarden(r, 4)).toEqual([
      'Datum',
      'Aanbieder',
      'Contract',
      'Soort',
      'Omschrijving',
      'Doelgroep',
      'Uren p/w',
      'Maanden',
      'Uren',
      'Waarde',
      'Waarderingstabel',
      'Toelichting',
    ]);
    expect(r.getCell('A5').value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(r.getCell('A5').numFmt).toBe('dd-mm-yyyy');
    expect(r.getCell('F5').value).toBe('Wajong');
    expect(r.getCell('G5').value).toBe(24);
    expect(r.getCell('K5').value).toBe('Bouwblokken Zeeland (versie 2)');
    expect(r.getCell('L5').value).toBe('24 van 36 uur, 6 maanden.');
    expect(r.getCell('A6').value).toEqual(new Date(Date.UTC(2026, 4, 12)));
    expect(r.getCell('F6').value).toBeNull();
    expect(r.getCell('I7').value).toEqual({ formula: 'SUM(I5:I6)', result: 40 });
    expect(r.getCell('J7').value).toEqual({ formula: 'SUM(J5:J6)', result: 12345.67 });
  });

  it('freezes below the header, filters the table, prints A4 landscape one page wide with header/footer', async () => {
    const wb = await rondje(
      sroiWerkboek({ werkgroep: 'Regio P&O', gemaaktOp, overzicht, contracten: [], realisaties }),
    );
    const a = blad(wb, 'Per aanbieder');
    expect(a.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(a.autoFilter).toBe('A4:H6');
    expect(a.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(a.pageSetup.margins?.left).toBe(0.5);
    // A literal '&' is doubled: a single one would start an Excel header code. Title and werkgroep
    // share the left part on two lines, so they cannot overlap.
    expect(a.headerFooter.oddHeader).toBe(
      '&L&BSROI-overzicht 01-01-2026 t/m 31-12-2026 · per aanbieder&B\nWerkgroep Regio P&&O',
    );
    expect(a.headerFooter.oddFooter).toBe('&LGemaakt op 23-11-2026&RPagina &P van &N');
    expect(a.getColumn(1).width).toBe(34);
    expect(blad(wb, 'Realisaties').autoFilter).toBe('A4:L6');
  });

  it('writes the empty-state row instead of a table body and no total row', async () => {
    const leeg: SroiOverzicht = {
      ...overzicht,
      perOpdrachtnemer: [],
      perGemeente: [],
      nietToegerekendCent: 0,
    };
    const wb = await rondje(
      sroiWerkboek({ werkgroep: 'Regio Proef', gemaaktOp, overzicht: leeg, contracten: [], realisaties: [] }),
    );
    for (const naam of ['Per aanbieder', 'Per gemeente', 'Realisaties']) {
      const b = blad(wb, naam);
      expect(b.getCell('A5').value).toBe('Geen gegevens in deze periode.');
      expect(b.rowCount).toBe(5);
    }
    expect(blad(wb, 'Contracten').getCell('A5').value).toBe('Geen contracten.');
  });
});

describe('werkboek', () => {
  it('sanitises sheet names to what Excel accepts', () => {
    expect(bladnaam('Planning: week 12/13 [concept]')).toBe('Planning- week 12-13 -concept-');
    expect(bladnaam('x'.repeat(40))).toHaveLength(31);
    expect(bladnaam("''")).toBe('Blad');
    const wb = new ExcelJS.Workbook();
    voegTabelbladToe(wb, {
      naam: 'Kandidaten*?',
      titel: 'Kandidaten',
      werkgroep: 'Regio Proef',
      gemaaktOp,
      kolommen: [{ kop: 'Naam', breedte: 20, soort: 'tekst', waarde: (r: string) => r }],
      rijen: ['A'],
    });
    expect(wb.worksheets[0]?.name).toBe('Kandidaten--');
  });
});
