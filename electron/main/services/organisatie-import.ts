import { basename } from 'node:path';
import type { ImportVoorbeeld } from '../../../shared/domain/import';
import { AppFault } from '../errors';
import { importIsToegestaan } from '../excel/import-lezen';
import { leesOrganisatieLijst, type OrganisatiesContext } from '../excel/organisaties-import';
import type { Db } from '../store/database';
import { listOrganisaties, saveOrganisatie } from '../store/repositories/organisaties';
import { leesImportBestand } from './import-bestand';

/** What an organisation list is checked against: the names and gemeenten of the open werkgroep. */
export function organisatiesContext(db: Db, bestand: string): OrganisatiesContext {
  const alle = listOrganisaties(db, { metGearchiveerd: true });
  return {
    bestand,
    bestaandeNamen: alle.map((o) => o.naam),
    gemeenten: alle.filter((o) => o.soort === 'gemeente').map((o) => ({ id: o.id, naam: o.naam })),
  };
}

/** Reads an organisation list and checks it against the open werkgroep. Writes nothing. */
export async function bekijkOrganisatieImport(db: Db, pad: string): Promise<ImportVoorbeeld> {
  const bytes = await leesImportBestand(pad, 'een organisatielijst');
  return leesOrganisatieLijst(bytes, organisatiesContext(db, basename(pad)));
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
