import { vandaagIso } from '../../shared/format/nl';
import { AppFault } from '../main/errors';
import { planningWerkboek } from '../main/excel/planning-export';
import { vergaderstukken } from '../main/ipc/bijeenkomsten-handlers';
import { kiesBijeenkomst } from '../main/store/repositories/bijeenkomsten';
import { getPlanning } from '../main/store/repositories/planning';
import { getWerkgroep } from '../main/store/repositories/werkgroep';
import { UsageError } from './args';
import { exporteer } from './capaciteit-commands';
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
 * `tafelwerk export vergaderstukken <bestand> [--bijeenkomst <datum>] --out <x.xlsx>`: agenda,
 * actielijst and besluitenlijst of one meeting (standard: the next one, else the last one).
 */
export async function exportVergaderstukken(args: string[], io: CliIo): Promise<number> {
  const vandaag = vandaagIso();
  let gekozen = '';
  const pad = await exporteer(
    args,
    'export vergaderstukken',
    (db, values) => {
      const datum = values.get('--bijeenkomst');
      if (datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(datum))
        throw new UsageError('--bijeenkomst verwacht een datum als jjjj-mm-dd.');
      const b = kiesBijeenkomst(db, datum, vandaag);
      if (!b)
        throw new AppFault(
          'NIET_GEVONDEN',
          datum ? `Er is geen bijeenkomst op ${datum}.` : 'Dit bestand heeft nog geen bijeenkomsten.',
        );
      gekozen = b.datum;
      return vergaderstukken(db, b.id, vandaag);
    },
    ['--bijeenkomst'],
  );
  io.out(`Vergaderstukken van de bijeenkomst van ${gekozen} geschreven naar ${pad}`);
  return 0;
}
