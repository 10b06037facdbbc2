import { basename } from 'node:path';
import type { ImportVoorbeeld, KandidaatImportRij } from '../../../shared/domain/import';
import { AppFault } from '../errors';
import { importIsToegestaan } from '../excel/import-lezen';
import { type KandidatenContext, leesKandidatenLijst } from '../excel/kandidaten-import';
import type { Db } from '../store/database';
import { kandidaatMetCode } from '../store/repositories/kandidaten';
import { listOrganisaties } from '../store/repositories/organisaties';
import { recordChange } from '../store/repositories/werkgroep';
import { leesImportBestand } from './import-bestand';
import { saveKandidaat } from './kandidaten';

export type KandidatenVoorbeeld = ImportVoorbeeld<KandidaatImportRij>;

/** What a candidate list is checked against: the codes and gemeenten of the open werkgroep. */
export function kandidatenContext(db: Db, bestand: string): KandidatenContext {
  // Every code ever used, erased or tombstoned included: a code is never handed out twice.
  const bestaandeCodes = db.all<{ code: string }>('SELECT code FROM kandidaat').map((k) => k.code);
  return {
    bestand,
    bestaandeCodes,
    gemeenten: listOrganisaties(db, { soort: 'gemeente', metGearchiveerd: true }).map((g) => ({
      id: g.id,
      naam: g.naam,
    })),
  };
}

/** Reads a gemeente's candidate list and checks it against the open werkgroep. Writes nothing. */
export async function bekijkKandidatenImport(db: Db, pad: string): Promise<KandidatenVoorbeeld> {
  const bytes = await leesImportBestand(pad, 'een kandidatenlijst');
  return leesKandidatenLijst(bytes, kandidatenContext(db, basename(pad)));
}

/**
 * Stores the new candidates of a checked preview with status "aangemeld", all or nothing (the
 * caller runs this inside file.write, one transaction), and records the import in the audit trail
 * by count only: the file name may carry a person's or gemeente's naming. Known codes are skipped,
 * never overwritten; a code that appeared since the preview was read refuses the whole list.
 */
export function voerKandidatenImportUit(db: Db, voorbeeld: KandidatenVoorbeeld, auteur: string): number {
  if (!importIsToegestaan(voorbeeld))
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze lijst bevat fouten; er is niets ingelezen. Verbeter de rijen met een fout en lees de lijst opnieuw in.',
    );
  let toegevoegd = 0;
  for (const rij of voorbeeld.rijen) {
    if (rij.status !== 'nieuw') continue;
    if (rij.code && kandidaatMetCode(db, rij.code))
      throw new AppFault(
        'ONGELDIGE_INVOER',
        `Rij ${rij.rij}: code ${rij.code} is intussen al in gebruik; er is niets ingelezen. Lees de lijst opnieuw in.`,
      );
    saveKandidaat(
      db,
      {
        naam: null,
        initialen: rij.initialen,
        gemeenteId: rij.gemeenteId,
        uitkering: rij.uitkering,
        klantmanager: rij.klantmanager,
        begeleiderNaam: null,
        begeleiderOrganisatieId: null,
        groepId: null,
        startdatum: rij.startdatum,
        status: 'aangemeld',
        bonussen: [],
        einddatum: null,
      },
      undefined,
      rij.code ?? undefined,
    );
    toegevoegd++;
  }
  recordChange(
    db,
    auteur,
    'kandidaat',
    `${toegevoegd} ${toegevoegd === 1 ? 'kandidaat' : 'kandidaten'} ingelezen uit een kandidatenlijst (Excel)`,
  );
  return toegevoegd;
}
