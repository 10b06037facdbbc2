import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { formatDatumTijd } from '../../../shared/format/nl';
import { nuIso } from '../../../shared/klok';
import { AppFault } from '../errors';
import { backupFolder, backupTime, listBackups } from './backups';
import { loadVerified } from './bestand-lezen';
import type { Db } from './database';
import type { Verzegeling } from './verzegeling';

/**
 * A damaged file falls back to its newest good backup: the damaged file is kept aside (renamed),
 * the backup's database is returned to become the file's content, and `melding` tells the user.
 *
 * Only a backup that is the file's own is used: for a protected file, one sealed under the same
 * data key (the GCM tag proves it), never a plaintext one; for a plain file, a plain one. Backup
 * names dated in the future are not listed at all (backups.ts). A sealed backup under another key
 * (from before a passphrase change, or put there by someone else) is never used silently: the
 * refusal says it is there and how the user can open it deliberately.
 */
export async function herstelUitReservekopie(
  SQL: SqlJsStatic,
  path: string,
  verzegeling: Verzegeling,
): Promise<{ db: Db; melding: string }> {
  let andereSleutel = 0;
  for (const backup of await listBackups(path)) {
    let db: Db;
    try {
      const bytes = await fs.readFile(backup);
      if (!verzegeling.kanOpenen(bytes)) continue;
      let inhoud: Uint8Array;
      try {
        inhoud = verzegeling.ontzegel(bytes);
      } catch (error) {
        andereSleutel++;
        throw error;
      }
      db = loadVerified(SQL, inhoud).db;
    } catch {
      continue;
    }
    const aside = `${path}.beschadigd-${nuIso().replace(/[-:.]/g, '')}`;
    await fs.rename(path, aside);
    const melding =
      `Het bestand ${basename(path)} was beschadigd. De reservekopie van ${formatDatumTijd(backupTime(backup))} is geopend; ` +
      `wijzigingen daarna ontbreken. Het beschadigde bestand is bewaard als ${basename(aside)}.`;
    return { db, melding };
  }
  if (andereSleutel > 0) {
    const een = andereSleutel === 1;
    throw new AppFault(
      'BESTAND_BESCHADIGD',
      `Het bestand ${basename(path)} is beschadigd en er is geen reservekopie met dezelfde sleutel. ` +
        `Er ${een ? 'staat nog 1 oudere reservekopie' : `staan nog ${andereSleutel} oudere reservekopieën`} in de map ` +
        `${backupFolder(path)} die met een andere sleutel beveiligd ${een ? 'is' : 'zijn'} (van vóór een ` +
        'wachtwoordwijziging, door iemand anders neergezet, of zelf beschadigd); Tafelwerk gebruikt die niet vanzelf. ' +
        "Weet u zeker dat zo'n kopie van u is, kopieer hem dan naar een andere map en open hem daar met " +
        'Bestand → Openen, met het wachtwoord van toen.',
    );
  }
  throw new AppFault(
    'BESTAND_BESCHADIGD',
    `Het bestand ${basename(path)} is beschadigd en er is geen bruikbare reservekopie gevonden.`,
  );
}
