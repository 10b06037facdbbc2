import { resolve } from 'node:path';
import { kiesBijeenkomst } from '../../shared/domain/bijeenkomsten';
import { vandaagIso } from '../../shared/format/nl';
import { AppFault } from '../main/errors';
import { foPakketWerkboek } from '../main/excel/fo-pakket';
import { planningWerkboek } from '../main/excel/planning-export';
import { schrijfWerkboek } from '../main/excel/werkboek';
import { evaluatieVoorPeriode, foPakketGegevens } from '../main/services/fo-pakket';
import { vergaderstukken, vergaderstukkenWord } from '../main/services/vergaderstukken';
import type { Db } from '../main/store/database';
import { listBijeenkomsten } from '../main/store/repositories/bijeenkomsten';
import { getPlanning } from '../main/store/repositories/planning';
import { getWerkgroep } from '../main/store/repositories/werkgroep';
import { parseArgs, UsageError } from './args';
import { exporteer } from './capaciteit-commands';
import { leesBestand } from './ontgrendelen';
import type { CliIo } from './run';

/** `tafelwerk export planning <bestand> --out <x.xlsx>`: the month grid, coloured by status. */
export async function exportPlanning(args: string[], io: CliIo): Promise<number> {
  const vandaag = vandaagIso();
  const pad = await exporteer(args, 'export planning', (db) =>
    planningWerkboek(getPlanning(db), getWerkgroep(db).naam, vandaag),
  );
  io.out(`Planning geschreven naar ${pad}`);
  return 0;
}

/**
 * `tafelwerk export vergaderstukken <bestand> [--bijeenkomst <datum>] --out <x.xlsx | x.docx>`:
 * agenda, actielijst and besluitenlijst of one meeting (standard: the next one, else the last
 * one), as a workbook or, when --out ends in .docx, as a Word document.
 */
export async function exportVergaderstukken(args: string[], io: CliIo): Promise<number> {
  const vandaag = vandaagIso();
  let gekozen = '';
  const bijeenkomst = (db: Db, values: Map<string, string>) => {
    const datum = values.get('--bijeenkomst');
    if (datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(datum))
      throw new UsageError('--bijeenkomst verwacht een datum als jjjj-mm-dd.');
    const b = kiesBijeenkomst(listBijeenkomsten(db), datum, vandaag);
    if (!b)
      throw new AppFault(
        'NIET_GEVONDEN',
        datum ? `Er is geen bijeenkomst op ${datum}.` : 'Dit bestand heeft nog geen bijeenkomsten.',
      );
    gekozen = b.datum;
    return b.id;
  };
  const pad = await exporteer(
    args,
    'export vergaderstukken',
    (db, values) => vergaderstukken(db, bijeenkomst(db, values), vandaag),
    ['--bijeenkomst'],
    (db, values) => vergaderstukkenWord(db, bijeenkomst(db, values), vandaag),
  );
  io.out(`Vergaderstukken van de bijeenkomst van ${gekozen} geschreven naar ${pad}`);
  return 0;
}

/** "2026-01-01..2026-06-30" → a period; without one: this calendar year. */
function periodeUit(tekst: string | undefined, vandaag: string) {
  if (tekst === undefined)
    return { van: `${vandaag.slice(0, 4)}-01-01`, tot: `${vandaag.slice(0, 4)}-12-31` };
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(tekst);
  if (!m || (m[2] as string) < (m[1] as string))
    throw new UsageError('--periode verwacht van..tot, bijvoorbeeld 2026-01-01..2026-06-30.');
  return { van: m[1] as string, tot: m[2] as string };
}

/**
 * `tafelwerk export fo-pakket <bestand> [--periode van..tot] --out <x.xlsx>`: the FO-pakket, with
 * the evaluation made for exactly that period if there is one, else the live figures.
 */
export async function exportFoPakket(args: string[], io: CliIo): Promise<number> {
  const vandaag = vandaagIso();
  const { positional, values, geheim } = parseArgs(
    args,
    { values: ['--out', '--periode'] },
    { count: 1, command: 'export fo-pakket' },
  );
  const out = values.get('--out');
  if (!out?.toLowerCase().endsWith('.xlsx')) throw new UsageError('Geef met --out een .xlsx-bestand op.');
  const periode = periodeUit(values.get('--periode'), vandaag);
  const { db } = await leesBestand(resolve(positional[0] as string), geheim);
  let gegevens: ReturnType<typeof foPakketGegevens>;
  try {
    const evaluatieId = evaluatieVoorPeriode(db, periode);
    gegevens = foPakketGegevens(db, evaluatieId ? { evaluatieId } : { periode }, vandaag);
  } finally {
    db.close();
  }
  await schrijfWerkboek(await foPakketWerkboek(gegevens), resolve(out));
  io.out(`FO-pakket (${gegevens.evaluatie.titel}) geschreven naar ${resolve(out)}`);
  return 0;
}
