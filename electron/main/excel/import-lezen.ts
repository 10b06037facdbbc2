import type ExcelJS from 'exceljs';
import type { ImportVoorbeeld } from '../../../shared/domain/import';
import { AppFault } from '../errors';
import { type Cel, type Werkblad, Werkboek } from './plat-werkboek';
import { MARGES, stijlKopRij } from './werkboek';
import { leesInWerker } from './xlsx-lezer';
import { GRENZEN, keurXlsx, teVeelRijenMelding } from './xlsx-poort';

/**
 * What every list import shares: loading a workbook safely, finding the header row whatever the
 * spelling, reading any kind of cell as text or date, the preview summary, and the template layout.
 */

/** Lower case letters and digits only, ignoring "(…)" remarks: "E-mail (werk)" → "email". */
export const sleutel = (tekst: string) =>
  tekst
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Whatever exceljs gives for a cell (rich text, hyperlink, formula result…) as trimmed text. */
export function celTekst(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '';
  if (waarde instanceof Date) return waarde.toISOString().slice(0, 10);
  if (typeof waarde !== 'object') return String(waarde).replace(/\s+/g, ' ').trim();
  const v = waarde as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return celTekst(v.richText.map((d: { text?: string }) => d.text ?? '').join(''));
  if ('hyperlink' in v) {
    // A mail link shown as "Mail ons" still carries the address we want.
    const tekst = celTekst(v.text);
    const mailto = /^mailto:([^?]*)/i.exec(String(v.hyperlink));
    return mailto && !tekst.includes('@') ? celTekst(mailto[1]) : tekst;
  }
  if ('result' in v) return celTekst(v.result);
  if ('text' in v) return celTekst(v.text);
  return ''; // errors such as #N/A, formulas without a cached result
}

/** Excel's day 0 is 30 December 1899 (with the 1900 leap-year bug folded in). */
const EXCEL_NUL = Date.UTC(1899, 11, 30);

/**
 * A date cell as ISO 'YYYY-MM-DD', or null when it is not a date: an Excel date, a date serial
 * number in a cell formatted as General, "3-2-2026", "03/02/2026", "3.2.2026" (day first, as in
 * the Netherlands) or "2026-02-03".
 */
export function celDatum(waarde: unknown): string | null {
  if (waarde !== null && typeof waarde === 'object' && !(waarde instanceof Date) && 'result' in waarde)
    return celDatum((waarde as { result: unknown }).result);
  if (waarde instanceof Date)
    return Number.isNaN(waarde.getTime()) ? null : waarde.toISOString().slice(0, 10);
  // 1 Jan 1950 .. 31 Dec 2099: a bare number outside that range is no date anyone means.
  if (typeof waarde === 'number')
    return Number.isInteger(waarde) && waarde >= 18264 && waarde <= 73050
      ? new Date(EXCEL_NUL + waarde * 86_400_000).toISOString().slice(0, 10)
      : null;
  const t = celTekst(waarde);
  const jmd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmj = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const twee = (x: string | undefined) => (x ?? '').padStart(2, '0');
  const iso = jmd
    ? `${jmd[1]}-${twee(jmd[2])}-${twee(jmd[3])}`
    : dmj
      ? `${dmj[3]}-${twee(dmj[2])}-${twee(dmj[1])}`
      : null;
  if (!iso) return null;
  // Rejects 31-02-2026: the date must survive a round trip unchanged.
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

/** The first row in the top 10 that has the `nodig` column, with the column of every known field. */
export function zoekKolommen<V extends string>(
  blad: Werkblad,
  koppen: Record<V, string[]>,
  nodig: NoInfer<V>,
): { rij: number; kolom: Partial<Record<V, number>> } | null {
  const velden = Object.keys(koppen) as V[];
  for (let r = 1; r <= Math.min(10, blad.rowCount); r++) {
    const kolom: Partial<Record<V, number>> = {};
    blad.getRow(r).eachCell((cel, c) => {
      const s = sleutel(celTekst(cel.value));
      for (const veld of velden) {
        if (kolom[veld] === undefined && koppen[veld].includes(s)) kolom[veld] = c;
      }
    });
    if (kolom[nodig] !== undefined) {
      weigerFormules(blad, r, Object.values(kolom) as number[]);
      return { rij: r, kolom };
    }
  }
  return null;
}

/**
 * How many known fields the header row has, the row (in the top 10) with the `nodig` column: 0
 * when there is none. Recognises what kind of list a dropped workbook is, without refusing it
 * yet for a formula (the list's own reader does that, with its own message).
 */
export function kopTreffers<V extends string>(blad: Werkblad, koppen: Record<V, string[]>, nodig: V): number {
  const velden = Object.keys(koppen) as V[];
  for (let r = 1; r <= Math.min(10, blad.rowCount); r++) {
    const gevonden = new Set<V>();
    blad.getRow(r).eachCell((cel) => {
      const s = sleutel(celTekst(cel.value));
      for (const veld of velden) if (koppen[veld].includes(s)) gevonden.add(veld);
    });
    if (gevonden.has(nodig)) return gevonden.size;
  }
  return 0;
}

/** 'formule' for a formula (its cached result does not count), 'fout' for an error value (#REF!…). */
export function formuleOfFout(cel: Cel): 'formule' | 'fout' | null {
  if (cel.soort) return cel.soort;
  const v = cel.value;
  if (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)) return 'formule';
  if (typeof v === 'object' && v !== null && 'error' in v) return 'fout';
  return null;
}

/** "A" for 1, "AB" for 28. */
export function kolomLetter(kolom: number): string {
  let letters = '';
  for (let k = kolom; k > 0; k = Math.floor((k - 1) / 26))
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/**
 * Cells as the user finds them: "B3:B7, C4" (row runs within a column joined into a range), so a
 * whole column of formulas is one short entry and every cell is still named.
 */
export function celLijst(cellen: readonly { rij: number; kolom: number }[]): string {
  const gesorteerd = [...cellen].sort((a, b) => a.kolom - b.kolom || a.rij - b.rij);
  const delen: string[] = [];
  for (let i = 0; i < gesorteerd.length; ) {
    const begin = gesorteerd[i] as { rij: number; kolom: number };
    let eind = begin;
    while (gesorteerd[i + 1]?.kolom === begin.kolom && gesorteerd[i + 1]?.rij === eind.rij + 1)
      eind = gesorteerd[++i] as typeof begin;
    i++;
    const letter = kolomLetter(begin.kolom);
    delen.push(eind === begin ? `${letter}${begin.rij}` : `${letter}${begin.rij}:${letter}${eind.rij}`);
  }
  return delen.join(', ');
}

/**
 * Refuses formulas and error values in the columns that are read, below the header row: the list
 * must hold what someone typed, not what a formula made of it. Names every such cell at once (so
 * they can all be fixed in one go), never their content.
 */
function weigerFormules(blad: Werkblad, kopRij: number, kolommen: number[]): void {
  const formules: { rij: number; kolom: number }[] = [];
  const fouten: { rij: number; kolom: number }[] = [];
  blad.eachRow((rij, r) => {
    if (r <= kopRij) return;
    for (const c of kolommen) {
      const soort = formuleOfFout(rij.getCell(c));
      if (soort) (soort === 'formule' ? formules : fouten).push({ rij: r, kolom: c });
    }
  });
  const wat = [
    formules.length > 0 ? `In ${celLijst(formules)} staat een formule.` : '',
    fouten.length > 0 ? `In ${celLijst(fouten)} staat een foutwaarde (zoals #VERW! of #N/B).` : '',
  ].filter(Boolean);
  if (wat.length > 0)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `${wat.join(' ')} Typ de waarden zelf in (of plak alleen de waarden) en lees het bestand opnieuw in; er is niets ingelezen.`,
    );
}

/**
 * The workbook in `bytes`, or null when it is not an .xlsx file at all. A file that is an .xlsx
 * but damaged or unsafe (see xlsx-poort.ts), or larger than any list or form (sheets, rows,
 * columns), or holds an error value (#REF!…) anywhere, is refused with an AppFault before or
 * right after parsing. Error values are refused in every sheet, not only in the cells that are
 * read: no caller needs one, and a form's answer cells are only known to its own reader.
 * exceljs parses in a worker with its own memory and time limit (xlsx-lezer.ts); a workbook that
 * exceeds them is refused too.
 */
export async function laadWerkboek(bytes: Uint8Array): Promise<Werkboek | null> {
  const keuring = keurXlsx(bytes);
  if (!keuring.ok) {
    if (keuring.soort === 'geen-excel') return null;
    throw new AppFault('ONGELDIGE_INVOER', keuring.melding);
  }
  const bladen = await leesInWerker(bytes);
  if (!bladen) return null;
  const wb = new Werkboek(bladen);
  keurInhoud(wb);
  return wb;
}

/** The limits after parsing: exceljs counts rows and columns the way the readers walk them. */
function keurInhoud(wb: Werkboek): void {
  const weiger = (melding: string) => {
    throw new AppFault('ONGELDIGE_INVOER', melding);
  };
  if (wb.worksheets.length > GRENZEN.werkbladen)
    weiger(`Dit Excel-bestand heeft te veel werkbladen (meer dan ${GRENZEN.werkbladen}).`);
  for (const blad of wb.worksheets) {
    if (blad.rowCount > GRENZEN.rijen) weiger(teVeelRijenMelding);
    if (blad.columnCount > GRENZEN.kolommen)
      weiger(
        `Een werkblad in dit Excel-bestand heeft meer dan ${GRENZEN.kolommen} kolommen. Gebruik alleen de kolommen van de lijst.`,
      );
  }
  // Every error value in every sheet, named at once, so they can all be fixed in one go.
  const fouten = wb.worksheets.flatMap((blad) => {
    const cellen: { rij: number; kolom: number }[] = [];
    blad.eachRow((rij, r) =>
      rij.eachCell((cel, c) => {
        if (cel.soort === 'fout') cellen.push({ rij: r, kolom: c });
      }),
    );
    return cellen.length > 0 ? [`werkblad "${blad.name.slice(0, 31)}" in ${celLijst(cellen)}`] : [];
  });
  if (fouten.length > 0)
    weiger(
      `Hier staat een foutwaarde (zoals #VERW! of #N/B): ${fouten.join('; ')}. ` +
        'Typ de waarden zelf in en lees het bestand opnieuw in; er is niets ingelezen.',
    );
}

/** "Gemeente Goes", "goes", "GOES " and "Noord Beveland" for "Noord-Beveland" find the same gemeente. */
export function gemeenteZoeker<G extends { naam: string }>(gemeenten: G[]): (naam: string) => G | undefined {
  const gemeenteSleutel = (naam: string) => sleutel(naam.trim().replace(/^gemeente\s+/i, ''));
  const per = new Map(gemeenten.map((g) => [gemeenteSleutel(g.naam), g]));
  return (naam) => per.get(gemeenteSleutel(naam));
}

/** A preview that stores nothing, for a problem with the file as a whole. */
export const leegVoorbeeld = <R>(bestand: string, fout: string): ImportVoorbeeld<R> => ({
  bestand,
  rijen: [],
  nieuw: 0,
  bestaatAl: 0,
  fouten: 0,
  algemeneFouten: [fout],
});

/** The preview of the checked rows, with the counts; `leegFout` when no row was found at all. */
export function voorbeeldVan<R extends { status: 'nieuw' | 'bestaat_al' | 'fout' }>(
  bestand: string,
  rijen: R[],
  leegFout: string,
): ImportVoorbeeld<R> {
  const tel = (s: R['status']) => rijen.filter((x) => x.status === s).length;
  return {
    bestand,
    rijen,
    nieuw: tel('nieuw'),
    bestaatAl: tel('bestaat_al'),
    fouten: tel('fout'),
    algemeneFouten: rijen.length === 0 ? [leegFout] : [],
  };
}

/** True when a preview may be stored: no file-level problems and no row with an error. */
export function importIsToegestaan(voorbeeld: ImportVoorbeeld<unknown>): boolean {
  return voorbeeld.algemeneFouten.length === 0 && voorbeeld.fouten === 0;
}

const AFDRUK: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: MARGES,
};

/**
 * The fill-in sheet of a template: styled header row, a grey example row (skipped on reading),
 * frozen header, A4 landscape.
 */
export function sjabloonBlad(
  wb: ExcelJS.Workbook,
  naam: string,
  kolommen: { kop: string; breedte: number }[],
  voorbeeld: ExcelJS.CellValue[],
): ExcelJS.Worksheet {
  wb.creator = 'Tafelwerk';
  const blad = wb.addWorksheet(naam);
  blad.columns = kolommen.map((k) => ({ width: k.breedte }));
  blad.getRow(1).values = kolommen.map((k) => k.kop);
  stijlKopRij(blad.getRow(1));
  blad.getRow(2).values = voorbeeld;
  blad.getRow(2).font = { name: 'Calibri', size: 11, italic: true, color: { argb: 'FF777777' } };
  blad.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }];
  blad.pageSetup = { ...AFDRUK, orientation: 'landscape' };
  return blad;
}

/**
 * A dropdown over a range of cells. One rule over the range (see STACK-NOTES): per-cell rules give
 * thousands of overlapping ranges. dataValidations is missing from exceljs's type declarations.
 */
export function keuzelijst(
  blad: ExcelJS.Worksheet,
  bereik: string,
  keuzes: string[],
  melding: { titel: string; tekst: string; streng: boolean },
): void {
  (
    blad as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(bereik, {
    type: 'list',
    allowBlank: true,
    // The list is a formula string literal: a quote in a choice (a gemeente's name is user text)
    // is doubled, so it cannot end the literal and put the rest of the name into the formula.
    formulae: [`"${keuzes.map((k) => k.replace(/"/g, '""')).join(',')}"`],
    showErrorMessage: true,
    errorStyle: melding.streng ? 'error' : 'warning',
    errorTitle: melding.titel,
    error: melding.tekst,
  });
}

/** The explanation sheet of a template: a bold title, then one wrapped line per entry, A4 portrait. */
export function toelichtingBlad(wb: ExcelJS.Workbook, regels: string[]): ExcelJS.Worksheet {
  const uitleg = wb.addWorksheet('Toelichting');
  uitleg.getColumn(1).width = 80;
  regels.forEach((tekst, i) => {
    const cel = uitleg.getCell(i + 1, 1);
    cel.value = tekst;
    cel.alignment = { wrapText: true, vertical: 'top' };
    // Wrapped rows need an explicit height (see werkboek.ts).
    uitleg.getRow(i + 1).height = 15 * Math.max(1, Math.ceil(tekst.length / 75));
  });
  uitleg.getCell(1, 1).font = { name: 'Calibri', bold: true, size: 14 };
  uitleg.getRow(1).height = 20;
  uitleg.pageSetup = { ...AFDRUK, orientation: 'portrait' };
  return uitleg;
}
