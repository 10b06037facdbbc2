import { vandaagIso } from '../../shared/format/nl';
import { planningWerkboek } from '../main/excel/planning-export';
import { getPlanning } from '../main/store/repositories/planning';
import { getWerkgroep } from '../main/store/repositories/werkgroep';
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
