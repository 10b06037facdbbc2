import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  bladnaam,
  celStijl,
  celwaarde,
  KOP_RIJ,
  type Kolom,
  LETTER,
  regels,
  schrijfTitelEnKop,
  schrijfTotaal,
  type TabelbladOpties,
  tabelbladInstellingen,
  tabelFilter,
  zetHoogte,
} from './werkboek';

/**
 * The house-style table of `voegTabelbladToe`, written with exceljs's streaming writer: every row
 * is committed (turned into XML and handed to the zip) as soon as it is written, so memory does
 * not grow with the number of rows. For exports of 100,000 rows and more, where the in-memory
 * workbook holds gigabytes of cell objects.
 */

/** The writer and the stream it writes to (whose errors the writer itself does not watch). */
export interface StroomWerkboek {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  uit: Writable;
}

export interface StroomTabelOpties<T> extends Omit<TabelbladOpties<T>, 'rijen' | 'voetnoot'> {
  /** Read once, in order; may be a generator that fetches its rows page by page. */
  rijen: Iterable<T>;
  /** Style laid over the house style of a column's body cells (e.g. centred small numbers). */
  kolomStijl?: (k: Kolom<T>) => Partial<ExcelJS.Style> | undefined;
  /** Row 3 (between the werkgroep line and the header) and sheet settings, before any row is written. */
  voorDeTabel?: (blad: ExcelJS.Worksheet) => void;
}

/** Rows between two pauses: the zip compresses on the event loop, so the writer has to let it run. */
const RIJEN_PER_PAUZE = 500;

/** Sheet XML that may wait for the zip before the writer stops to let it catch up. */
const HOOGSTENS_IN_WACHT = 1024 * 1024;

/**
 * exceljs does not pass the zip's backpressure on to the rows: a sheet's XML collects in the
 * sheet's buffer stream and in the PassThrough archiver pipes it into (until archiver gets to that
 * sheet and reads it into the deflate). Both are internal: read defensively, 0 (no waiting) when
 * they change shape.
 */
function inWacht(blad: ExcelJS.Worksheet): number {
  type Buf = { length?: number };
  type Pijp = { writableLength?: number; readableLength?: number };
  const stroom = (blad as unknown as { stream?: { buffers?: Buf[]; pipes?: Pijp[] } }).stream;
  const gebufferd = (stroom?.buffers ?? []).reduce((n, b) => n + (b.length ?? 0), 0);
  const pijp = stroom?.pipes?.[0];
  return gebufferd + (pijp?.writableLength ?? 0) + (pijp?.readableLength ?? 0);
}

/** Lets the zip run until it has caught up; stops when the file can no longer be written (disk full, …). */
async function pauze(s: StroomWerkboek, blad: ExcelJS.Worksheet): Promise<void> {
  do {
    await new Promise<void>((ok) => setImmediate(ok));
    if (s.uit.errored) throw s.uit.errored;
  } while (inWacht(blad) > HOOGSTENS_IN_WACHT);
}

/** A workbook that streams into `uit`; shared strings and styles as in the in-memory exports. */
export function stroomWerkboek(uit: Writable, gemaaktOp: Date): StroomWerkboek {
  // Without a listener a failing write would crash the process; `pauze` and `sluit` report it.
  uit.on('error', () => undefined);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: uit, useStyles: true, useSharedStrings: true });
  wb.creator = 'Tafelwerk';
  wb.lastModifiedBy = 'Tafelwerk';
  wb.created = gemaaktOp;
  wb.modified = gemaaktOp;
  return { wb, uit };
}

/** Writes what is left (shared strings, styles, the workbook part) and waits until `uit` has it all. */
export async function sluitWerkboek(s: StroomWerkboek): Promise<void> {
  if (s.uit.errored) throw s.uit.errored;
  const fout = new Promise<never>((_, nee) => s.uit.once('error', nee));
  await Promise.race([s.wb.commit(), fout]);
}

/** Writes one table sheet and commits it. Returns the number of body rows. */
export async function schrijfTabelbladStroom<T>(s: StroomWerkboek, o: StroomTabelOpties<T>): Promise<number> {
  const instellingen = tabelbladInstellingen(o);
  // The streaming writer writes views and the fit-to-page flag when the sheet starts.
  const blad = s.wb.addWorksheet(bladnaam(o.naam), {
    views: instellingen.views,
    pageSetup: instellingen.pageSetup,
    headerFooter: instellingen.headerFooter,
  });
  blad.columns = o.kolommen.map((k) => ({ width: k.breedte }));
  schrijfTitelEnKop(blad, o);
  o.voorDeTabel?.(blad);

  // One style object per column, shared by its cells: exceljs then looks the style up by identity
  // instead of serialising it for each of a million cells. Nothing changes a cell's style afterwards.
  const stijlen = o.kolommen.map((k): Partial<ExcelJS.Style> => {
    const { numFmt, alignment } = celStijl(k.soort);
    return { ...(numFmt ? { numFmt } : {}), alignment, ...o.kolomStijl?.(k) };
  });
  const somKolommen = o.kolommen.filter((k) => o.totaal?.kolommen.includes(k.kop));
  const sommen = new Map(somKolommen.map((k) => [k, 0]));

  let r = KOP_RIJ;
  for (const x of o.rijen) {
    r += 1;
    const rij = blad.getRow(r);
    let hoogte = 1;
    o.kolommen.forEach((k, i) => {
      const waarde = k.waarde(x);
      const cel = rij.getCell(i + 1);
      cel.value = celwaarde(k.soort, waarde);
      cel.style = stijlen[i] ?? {};
      if (k.soort === 'tekst' && typeof cel.value === 'string')
        hoogte = Math.max(hoogte, regels(cel.value, k.breedte));
      const som = sommen.get(k);
      if (som !== undefined) sommen.set(k, som + (Number(waarde) || 0));
    });
    zetHoogte(rij, hoogte);
    rij.commit();
    if ((r - KOP_RIJ) % RIJEN_PER_PAUZE === 0) await pauze(s, blad);
  }
  const aantal = r - KOP_RIJ;
  const laatsteRij = aantal === 0 ? KOP_RIJ : r;

  if (aantal === 0) {
    r += 1;
    blad.getCell(r, 1).value = o.leegTekst ?? 'Geen gegevens.';
    blad.getCell(r, 1).font = { name: LETTER, size: 11, italic: true };
  } else if (o.totaal) {
    r += 1;
    schrijfTotaal(blad, o.kolommen, o.totaal, r, (k) => sommen.get(k) ?? 0);
  }
  blad.autoFilter = tabelFilter(o.kolommen.length, laatsteRij);
  blad.commit();
  await pauze(s, blad);
  return aantal;
}
