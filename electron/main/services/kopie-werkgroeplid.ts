import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { WERK_IN_KOPIE } from '../../../shared/domain/persoonsgegevens';
import { AppFault } from '../errors';
import { Db } from '../store/database';
import { atomicWrite } from '../store/file-io';
import { isZonderPersoonsgegevens, laatPersoonsgegevensWeg } from '../store/persoonsgegevens-weglaten';
import { recordChange } from '../store/repositories/werkgroep';
import { loadSqlJs } from '../store/sqljs';
import type { Sleutel } from '../store/versleuteling';
import { Verzegeling } from '../store/verzegeling';

/**
 * "Kopie voor een werkgroeplid" (issue #20): a new file with the werkgroep's data without personal
 * data (shared/domain/persoonsgegevens.ts), for a member who should not see it, optionally sealed
 * under its own passphrase's key. The open file is not changed; the caller records in its audit
 * log that a copy was made. The copy is checked (integrity, foreign keys) before it is written.
 */

export const KOPIE_AUDIT = 'Kopie zonder persoonsgegevens gemaakt';

export async function schrijfKopieZonderPersoonsgegevens(
  /** The werkgroep's database bytes, unsealed (`WerkgroepFile.inhoudNu`). */
  inhoud: Uint8Array,
  doel: string,
  auteur: string,
  sleutel: Sleutel | null = null,
): Promise<void> {
  const bestaat = await fs.stat(doel).then(
    () => true,
    () => false,
  );
  if (bestaat)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `Er bestaat al een bestand met de naam ${basename(doel)}. Kies een nieuwe naam voor de kopie.`,
    );
  const SQL = await loadSqlJs();
  const kopie = new Db(new SQL.Database(inhoud));
  try {
    // Said in the copy's own log too (who made it, when; never whose data was left out).
    kopie.transaction(() => recordChange(kopie, auteur, 'bestand', KOPIE_AUDIT, { actie: 'exporteren' }));
    laatPersoonsgegevensWeg(kopie);
    if (!kopie.integrityOk() || kopie.get('PRAGMA foreign_key_check'))
      throw new AppFault(
        'OPSLAAN_MISLUKT',
        'De kopie zonder persoonsgegevens klopt niet en is niet geschreven. Het werkgroepbestand is niet gewijzigd.',
      );
    await atomicWrite(doel, new Verzegeling(sleutel).verzegel(kopie.export()));
  } finally {
    kopie.close();
  }
}

/**
 * In a copy without personal data, candidates cannot be added, changed, deleted or erased (the
 * decision of issue #20): a name typed there would never reach the full file (a merge does not
 * take withheld fields from such a copy), and a candidate made there would reach it blank. So a
 * merge never meets either. The member's own work (actions, planning, meetings, inventarisatie,
 * lessons, placing candidates in groups) is not about a person's data and merges as always.
 */
export function weigerKandidaatwijziging(db: Db): void {
  if (isZonderPersoonsgegevens(db))
    throw new AppFault(
      'ZONDER_PERSOONSGEGEVENS',
      'Dit is een kopie zonder persoonsgegevens: kandidaten toevoegen, wijzigen of verwijderen kan hier niet. ' +
        `Dat doet u in het volledige werkgroepbestand. U kunt hier wel ${WERK_IN_KOPIE} bijwerken en later samenvoegen.`,
    );
}
