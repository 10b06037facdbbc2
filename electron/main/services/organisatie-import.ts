import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { ImportVoorbeeld } from '../../../shared/domain/import';
import { AppFault } from '../errors';
import { leesOrganisatieLijst } from '../excel/organisaties-import';
import type { Db } from '../store/database';
import { listOrganisaties, saveOrganisatie } from '../store/repositories/organisaties';

/** Larger than any real organisation list; stops a wrong file from filling memory. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Reads an organisation list and checks it against the open werkgroep. Writes nothing. */
export async function bekijkOrganisatieImport(db: Db, pad: string): Promise<ImportVoorbeeld> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(pad);
    if (stat.size > MAX_BYTES)
      throw new AppFault(
        'ONGELDIGE_INVOER',
        'Dit bestand is te groot voor een organisatielijst (meer dan 20 MB).',
      );
    bytes = new Uint8Array(await fs.readFile(pad));
  } catch (err) {
    if (err instanceof AppFault) throw err;
    throw new AppFault('BESTAND_NIET_GEVONDEN', `Het bestand "${basename(pad)}" kan niet worden gelezen.`);
  }
  const alle = listOrganisaties(db, { metGearchiveerd: true });
  return leesOrganisatieLijst(bytes, {
    bestand: basename(pad),
    bestaandeNamen: alle.map((o) => o.naam),
    gemeenten: alle.filter((o) => o.soort === 'gemeente').map((o) => ({ id: o.id, naam: o.naam })),
  });
}

/** True when the preview may be stored: no file-level problems and no row with an error. */
export function importIsToegestaan(voorbeeld: ImportVoorbeeld): boolean {
  return voorbeeld.algemeneFouten.length === 0 && voorbeeld.fouten === 0;
}

/**
 * Stores the new organisations of a checked preview, all or nothing (the caller runs this in one
 * transaction). Rows for organisations that already exist are skipped, never overwritten.
 */
export function voerOrganisatieImportUit(db: Db, voorbeeld: ImportVoorbeeld): number {
  if (!importIsToegestaan(voorbeeld))
    throw new AppFault('ONGELDIGE_INVOER', 'Dit bestand bevat fouten; er is niets ingelezen.');
  let toegevoegd = 0;
  for (const rij of voorbeeld.rijen) {
    if (rij.status !== 'nieuw' || rij.soort === null) continue;
    saveOrganisatie(db, {
      naam: rij.naam,
      soort: rij.soort,
      contactpersoon: rij.contactpersoon,
      email: rij.email,
      telefoon: rij.telefoon,
      gemeenteIds: rij.gemeenteIds,
      jaaromzetCent: null,
      fte: null,
    });
    toegevoegd++;
  }
  return toegevoegd;
}
