import { resolve } from 'node:path';
import type { Document } from 'docx';
import type ExcelJS from 'exceljs';
import { capaciteitWerkboek, kalenderWerkboek } from '../main/excel/capaciteit-export';
import { schrijfWerkboek } from '../main/excel/werkboek';
import { aanbestedingskalender } from '../main/services/aanbestedingen';
import { capaciteitsOverzicht } from '../main/services/capaciteit';
import type { Db } from '../main/store/database';
import { getWerkgroep } from '../main/store/repositories/werkgroep';
import { schrijfDocument } from '../main/word/huisstijl';
import { parseArgs, UsageError } from './args';
import { periode } from './excel-commands';
import { leesBestand } from './ontgrendelen';
import type { CliIo } from './run';

/**
 * Reads the file without locking it, writes one workbook to --out, returns the path. An export
 * that also exists as a Word document (`word`) writes that when --out ends in .docx.
 */
export async function exporteer(
  args: string[],
  command: string,
  maak: (db: Db, values: Map<string, string>) => ExcelJS.Workbook,
  /** Options with a value this export understands, besides --out. */
  opties: string[] = [],
  word?: (db: Db, values: Map<string, string>) => Document,
) {
  const { positional, values, geheim } = parseArgs(
    args,
    { values: ['--out', ...opties] },
    { count: 1, command },
  );
  const out = values.get('--out')?.toLowerCase() ?? '';
  const alsWord = word !== undefined && out.endsWith('.docx');
  if (!alsWord && !out.endsWith('.xlsx'))
    throw new UsageError(`Geef met --out een .xlsx-${word ? ' of .docx-' : ''}bestand op.`);
  const pad = resolve(values.get('--out') as string);
  const { db } = await leesBestand(resolve(positional[0] as string), geheim);
  try {
    if (alsWord) await schrijfDocument(word(db, values), pad);
    else await schrijfWerkboek(maak(db, values), pad);
  } finally {
    db.close();
  }
  return pad;
}

const PERIODE_OPTIES = ['--jaar', '--van', '--tot'];

/** `tafelwerk export capaciteit <bestand> --out <x.xlsx> [--jaar 2026 | --van … --tot …]` */
export async function exportCapaciteit(args: string[], io: CliIo): Promise<number> {
  const pad = await exporteer(
    args,
    'export capaciteit',
    (db, values) => capaciteitWerkboek(capaciteitsOverzicht(db, periode(values)), getWerkgroep(db).naam),
    PERIODE_OPTIES,
  );
  io.out(`Capaciteit geschreven naar ${pad}`);
  return 0;
}

/** `tafelwerk export aanbestedingskalender <bestand> --out <x.xlsx>` */
export async function exportAanbestedingskalender(args: string[], io: CliIo): Promise<number> {
  const pad = await exporteer(args, 'export aanbestedingskalender', (db) =>
    kalenderWerkboek(aanbestedingskalender(db), getWerkgroep(db).naam),
  );
  io.out(`Aanbestedingskalender geschreven naar ${pad}`);
  return 0;
}
