import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { formatDatumTijd } from '../../../shared/format/nl';
import { nuIso } from '../../../shared/klok';
import { AppFault } from '../errors';
import { backupTime, listBackups } from './backups';
import { loadVerified } from './bestand-lezen';
import type { Db } from './database';
import type { Verzegeling } from './verzegeling';

/**
 * A damaged file falls back to its newest good backup: the damaged file is kept aside (renamed),
 * the backup's database is returned to become the file's content, and `melding` tells the user.
 */
export async function herstelUitReservekopie(
  SQL: SqlJsStatic,
  path: string,
  verzegeling: Verzegeling,
): Promise<{ db: Db; melding: string }> {
  for (const backup of await listBackups(path)) {
    let db: Db;
    try {
      const bytes = await fs.readFile(backup);
      // An encrypted backup opens only with the file's key; a plain one needs none.
      if (!verzegeling.kanOpenen(bytes)) continue;
      db = loadVerified(SQL, verzegeling.ontzegel(bytes)).db;
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
  throw new AppFault(
    'BESTAND_BESCHADIGD',
    `Het bestand ${basename(path)} is beschadigd en er is geen bruikbare reservekopie gevonden.`,
  );
}
