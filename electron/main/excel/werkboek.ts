import type ExcelJS from 'exceljs';
import { PROCENT_OPMAAK } from '../../../shared/domain/aandelen';
import { formatDatum, metSoort } from '../../../shared/format/nl';
import { atomicWrite } from '../store/file-io';

/**
 * House style for every Excel export: a title block, one styled table per sheet, totals as real
 * formulas, and print settings so a sheet prints readably on A4 without fiddling.
 */

export type Kolomsoort = 'tekst' | 'bedrag' | 'datum' | 'percentage' | 'aandeel' | 'getal' | 'janee';

export interface Kolom<T> {
  kop: string;
  /** Column width in characters. */
  breedte: number;
  soort: Kolomsoort;
  /**
   * bedrag: cents; percentage: fraction 0..1; aandeel: a whole percentage as `aandelen.ts` rounds
   * it (shown "45 %", like the screen); datum: ISO 'YYYY-MM-DD'; janee: boolean.
   */
  waarde: (rij: T) => string | number | boolean | null;
}

export interface TabelbladOpties<T> {
  naam: string;
  titel: string;
  werkgroep: string;
  gemaaktOp: Date;
  kolommen: Kolom<T>[];
  rijen: T[];
  /** A total row with SUM formulas under the columns named by their kop. */
  totaal?: { label: string; kolommen: string[] };
  /** Shown in one row instead of the table body when there are no rows. */
  leegTekst?: string;
  /** An explanatory note under the table. */
  voetnoot?: string;
}

export interface Tabelblad {
  blad: ExcelJS.Worksheet;
  kopRij: number;
  /** Last row of the table body (the header row when there are no rows). */
  laatsteRij: number;
}

export const NUMFMT = {
  bedrag: '"€ "#,##0.00;-"€ "#,##0.00',
  datum: 'dd-mm-yyyy',
  percentage: '0.0%',
  aandeel: PROCENT_OPMAAK,
} as const;

const KOP_VULLING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const DUN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C8' } };
const KADER: Partial<ExcelJS.Borders> = { top: DUN, bottom: DUN, left: DUN, right: DUN };
export const KOP_RIJ = 4;
/** Inches; narrow enough to leave room for the table, wide enough for any printer. */
export const MARGES = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
export const LETTER = 'Calibri';
/** Points per line of 11 pt text. */
const REGEL = 15;

/**
 * Rows holding wrapped text must be given a height: exceljs writes none, and LibreOffice (like Excel
 * for merged cells) then keeps one line, so wrapped lines overlap the next row. Estimated from length,
 * with slack because words wrap before the column edge.
 */
export function regels(tekst: string, breedte: number, factor = 1.25): number {
  const perRegel = Math.max(1, breedte - 1);
  return tekst
    .split('\n')
    .reduce((n, deel) => n + Math.max(1, Math.ceil((deel.length * factor) / perRegel)), 0);
}

export function zetHoogte(rij: ExcelJS.Row, aantalRegels: number): void {
  if (aantalRegels > 1) rij.height = aantalRegels * REGEL;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function bladnaam(naam: string): string {
  const schoon = naam
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return schoon.slice(0, 31) || 'Blad';
}

/** '&' starts a code in Excel header/footer text; a literal one is written as '&&'. */
export const kopvoetTekst = (tekst: string) => tekst.replace(/&/g, '&&');

/** Longest text in a page header line: with a short note on the right it still fits a portrait A4. */
const KOP_MAX = 60;
const kopRegel = (tekst: string) =>
  kopvoetTekst(tekst.length > KOP_MAX ? `${tekst.slice(0, KOP_MAX - 1).trimEnd()}…` : tekst);

/**
 * The printed page header: what the sheet is (bold) over the werkgroep, both in the left part, so
 * no two parts compete for the same line (a long werkgroep name ran into a right-hand title).
 * `rechts` is a short note, such as "Vertrouwelijk: persoonsgegevens".
 */
export function paginaKop(werkgroep: string, titel: string, rechts?: string): string {
  const links = `&L&B${kopRegel(titel)}&B\n${kopRegel(metSoort('Werkgroep', werkgroep))}`;
  return rechts ? `${links}&R${kopvoetTekst(rechts)}` : links;
}

/** Date.UTC: a local-midnight Date would shift a day in time zones east of UTC. */
export function isoNaarExcelDatum(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** Local calendar date of a moment, as ISO. */
const isoDag = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function celwaarde(soort: Kolomsoort, waarde: string | number | boolean | null): ExcelJS.CellValue {
  if (waarde === null || waarde === '') return null;
  switch (soort) {
    case 'bedrag':
      return Number(waarde) / 100;
    case 'datum':
      return typeof waarde === 'string' ? isoNaarExcelDatum(waarde) : null;
    case 'janee':
      return waarde ? 'ja' : 'nee';
    case 'aandeel':
      return Number(waarde) / 100;
    case 'percentage':
    case 'getal':
      // A word in a number column (e.g. "ja" for offered without a count) stays a word.
      return typeof waarde === 'string' && Number.isNaN(Number(waarde)) ? waarde : Number(waarde);
    default:
      return String(waarde);
  }
}

/** Number format and alignment of a table cell of this kind; fresh objects on every call. */
export function celStijl(soort: Kolomsoort): { numFmt?: string; alignment: Partial<ExcelJS.Alignment> } {
  const numFmt =
    soort === 'bedrag' || soort === 'datum' || soort === 'percentage' || soort === 'aandeel'
      ? NUMFMT[soort]
      : undefined;
  if (soort === 'janee') return { numFmt, alignment: { horizontal: 'center', vertical: 'top' } };
  if (soort === 'tekst') return { numFmt, alignment: { vertical: 'top', wrapText: true } };
  return { numFmt, alignment: { vertical: 'top' } };
}

function opmaak(cel: ExcelJS.Cell, soort: Kolomsoort): void {
  const { numFmt, alignment } = celStijl(soort);
  if (numFmt) cel.numFmt = numFmt;
  cel.alignment = alignment;
}

/** Bold, filled, bordered header row; wrapped so long headings do not need wide columns. */
export function stijlKopRij(rij: ExcelJS.Row): void {
  rij.eachCell((cel) => {
    cel.font = { name: LETTER, size: 11, bold: true };
    cel.fill = KOP_VULLING;
    cel.border = KADER;
    cel.alignment = { vertical: 'middle', wrapText: true };
  });
}

export function voegTabelbladToe<T>(wb: ExcelJS.Workbook, o: TabelbladOpties<T>): Tabelblad {
  wb.creator = 'Tafelwerk';
  wb.created = o.gemaaktOp;
  const blad = wb.addWorksheet(bladnaam(o.naam));
  blad.columns = o.kolommen.map((k) => ({ width: k.breedte }));
  schrijfTitelEnKop(blad, o);

  let r = KOP_RIJ;
  if (o.rijen.length === 0) {
    r += 1;
    blad.getCell(r, 1).value = o.leegTekst ?? 'Geen gegevens.';
    blad.getCell(r, 1).font = { name: LETTER, size: 11, italic: true };
  }
  for (const rij of o.rijen) {
    r += 1;
    let hoogte = 1;
    o.kolommen.forEach((k, i) => {
      const cel = blad.getCell(r, i + 1);
      cel.value = celwaarde(k.soort, k.waarde(rij));
      opmaak(cel, k.soort);
      if (k.soort === 'tekst' && typeof cel.value === 'string')
        hoogte = Math.max(hoogte, regels(cel.value, k.breedte));
    });
    zetHoogte(blad.getRow(r), hoogte);
  }
  const laatsteRij = r;

  if (o.totaal && o.rijen.length > 0) {
    r += 1;
    const totaal = o.totaal;
    const som = (k: Kolom<T>) => o.rijen.reduce((s, x) => s + (Number(k.waarde(x)) || 0), 0);
    schrijfTotaal(blad, o.kolommen, totaal, r, som);
  }
  if (o.voetnoot) {
    r += 2;
    schrijfVoetnoot(blad, r, o.voetnoot, o.kolommen);
  }

  const instellingen = tabelbladInstellingen(o);
  blad.views = instellingen.views;
  blad.autoFilter = tabelFilter(o.kolommen.length, laatsteRij);
  blad.pageSetup = instellingen.pageSetup;
  blad.headerFooter = instellingen.headerFooter;
  return { blad, kopRij: KOP_RIJ, laatsteRij };
}

/**
 * Rows 1, 2 and the header row (KOP_RIJ) of a house-style table: title, werkgroep and date, and the
 * column headings. Also used by the streaming writer (`tabelblad-stroom.ts`), before any row is committed.
 */
export function schrijfTitelEnKop<T>(
  blad: ExcelJS.Worksheet,
  o: Pick<TabelbladOpties<T>, 'titel' | 'werkgroep' | 'gemaaktOp' | 'kolommen'>,
): void {
  const datum = formatDatum(isoDag(o.gemaaktOp));
  blad.getCell(1, 1).value = o.titel;
  blad.getCell(1, 1).font = { name: LETTER, bold: true, size: 14 };
  blad.getRow(1).height = 20;
  blad.getCell(2, 1).value = `${metSoort('Werkgroep', o.werkgroep)} · gemaakt op ${datum}`;
  blad.getCell(2, 1).font = { name: LETTER, size: 11, italic: true, color: { argb: 'FF555555' } };

  const kop = blad.getRow(KOP_RIJ);
  kop.values = o.kolommen.map((k) => k.kop);
  stijlKopRij(kop);
  // Bold text is wider; headings wrap on word boundaries, which costs a little more room.
  zetHoogte(kop, Math.max(...o.kolommen.map((k) => regels(k.kop, k.breedte, 1.25))));
}

/**
 * Frozen header, A4 landscape one page wide with the header row on every page, and the print
 * header and footer. A streaming sheet needs views and page setup when it is created.
 */
export function tabelbladInstellingen(o: { titel: string; werkgroep: string; gemaaktOp: Date }): {
  views: Partial<ExcelJS.WorksheetView>[];
  pageSetup: Partial<ExcelJS.PageSetup>;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
} {
  const datum = formatDatum(isoDag(o.gemaaktOp));
  return {
    views: [{ state: 'frozen', xSplit: 0, ySplit: KOP_RIJ, topLeftCell: `A${KOP_RIJ + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${KOP_RIJ}:${KOP_RIJ}`,
      margins: MARGES,
    },
    headerFooter: {
      oddHeader: paginaKop(o.werkgroep, o.titel),
      oddFooter: `&LGemaakt op ${datum}&RPagina &P van &N`,
    },
  };
}

/** The autofilter over the header row and the table body (at least one row, also when empty). */
export function tabelFilter(kolommen: number, laatsteRij: number): ExcelJS.AutoFilter {
  return {
    from: { row: KOP_RIJ, column: 1 },
    to: { row: Math.max(laatsteRij, KOP_RIJ + 1), column: kolommen },
  };
}

/**
 * Formula plus cached result: the file reads back correctly even where nothing recalculates.
 * `som` gives a column's total in the unit of its values (cents for bedrag).
 */
export function schrijfTotaal<T>(
  blad: ExcelJS.Worksheet,
  kolommen: Kolom<T>[],
  totaal: NonNullable<TabelbladOpties<T>['totaal']>,
  r: number,
  som: (k: Kolom<T>) => number,
): void {
  const rij = blad.getRow(r);
  rij.getCell(1).value = totaal.label;
  kolommen.forEach((k, i) => {
    const cel = rij.getCell(i + 1);
    if (totaal.kolommen.includes(k.kop)) {
      const letter = blad.getColumn(i + 1).letter;
      cel.value = {
        formula: `SUM(${letter}${KOP_RIJ + 1}:${letter}${r - 1})`,
        // Summed in cents, then converted once, so the result has no float dust.
        result: k.soort === 'bedrag' ? som(k) / 100 : som(k),
      };
      opmaak(cel, k.soort);
    }
    cel.font = { name: LETTER, size: 11, bold: true };
    cel.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  });
}

/** Merged across the table width and wrapped; Excel does not size merged rows, so estimate. */
export function schrijfVoetnoot<T>(
  blad: ExcelJS.Worksheet,
  r: number,
  tekst: string,
  kolommen: Kolom<T>[],
): void {
  const breedte = kolommen.reduce((s, k) => s + k.breedte, 0);
  blad.mergeCells(r, 1, r, kolommen.length);
  const cel = blad.getCell(r, 1);
  cel.value = tekst;
  cel.font = { name: LETTER, size: 11, italic: true };
  cel.alignment = { wrapText: true, vertical: 'top' };
  blad.getRow(r).height = REGEL * regels(tekst, breedte, 1.35);
}

export async function schrijfWerkboek(wb: ExcelJS.Workbook, pad: string): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer();
  await atomicWrite(pad, new Uint8Array(buffer));
}

/** A4, one page wide; the werkgroep and what the sheet is in the header, date and page in the footer. */
export function afdrukken(
  blad: ExcelJS.Worksheet,
  o: { werkgroep: string; titel: string; datum: string; liggend?: boolean },
): void {
  blad.pageSetup = {
    paperSize: 9,
    orientation: o.liggend ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGES,
  };
  blad.headerFooter = {
    oddHeader: paginaKop(o.werkgroep, o.titel),
    oddFooter: `&LGemaakt op ${o.datum}&RPagina &P van &N`,
  };
}
