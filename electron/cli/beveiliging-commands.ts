import { resolve } from 'node:path';
import { recordChange } from '../main/store/repositories/werkgroep';
import { nieuweSleutel } from '../main/store/versleuteling';
import { parseArgs, UsageError } from './args';
import { CLI_AUTEUR, openBestand } from './ontgrendelen';
import type { CliIo } from './run';

/**
 * `tafelwerk herstelcode <bestand> --wachtwoord-env NAAM`: a new recovery code for a protected
 * file, as Instellingen → Beveiliging → Nieuwe herstelcode does. The passphrase stays; the data
 * key is new and the file and its backups are sealed again, so the old code opens nothing newer.
 */
export async function herstelcode(args: string[], io: CliIo): Promise<number> {
  const { positional, geheim } = parseArgs(args, {}, { count: 1, command: 'herstelcode' });
  if (!geheim) throw new UsageError("'herstelcode' verwacht het wachtwoord via --wachtwoord-env NAAM.");
  const file = await openBestand(resolve(positional[0] as string), geheim);
  try {
    const nieuw = await nieuweSleutel(geheim.wachtwoord);
    await file.wisselSleutel(nieuw.sleutel);
    await file.write((db) =>
      recordChange(db, CLI_AUTEUR, 'bestand', 'Nieuwe herstelcode gemaakt', { actie: 'beveiligen' }),
    );
    io.out(
      `Nieuwe herstelcode (eenmalig getoond, bewaar hem goed; de oude opent dit bestand niet meer): ${nieuw.herstelcode}`,
    );
    return 0;
  } finally {
    await file.close();
  }
}
