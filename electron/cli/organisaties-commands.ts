import { maakOrganisatiesWerkboek } from '../main/services/organisaties-export';
import { exporteer } from './capaciteit-commands';
import type { CliIo } from './run';

/** `tafelwerk export organisaties <bestand> --out <x.xlsx>`: the list, archived ones included. */
export async function exportOrganisaties(args: string[], io: CliIo): Promise<number> {
  const pad = await exporteer(args, 'export organisaties', (db) => maakOrganisatiesWerkboek(db));
  io.out(`Organisaties geschreven naar ${pad}`);
  return 0;
}
