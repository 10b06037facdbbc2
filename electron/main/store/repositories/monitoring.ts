import type { MonitoringGegevens } from '../../../../shared/domain/indicatoren';
import type { KandidaatStatus, UitstroomSoort } from '../../../../shared/domain/kandidaten';
import type { Periode } from '../../../../shared/domain/monitoring';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { jsonRijen } from '../rijen/json-rijen';

/**
 * Gathers dates and numbers for the indicators; no name, code or free text of a candidate.
 *
 * A region has 10,000 candidates and 50,000 measurements: the long lists come as one JSON value
 * each (`jsonRijen`), and only the rows the indicators can use for this period (measurements and
 * paid steps up to its end; `berekenKerncijfers` looks at nothing later). Outcomes stay complete:
 * the last month of the period may end after it. The SROI figures come from the contracts
 * (`services/monitoring.ts` adds them).
 */
export function monitoringRijen(db: Db, periode: Periode): Omit<MonitoringGegevens, 'sroi'> {
  return {
    kandidaten: jsonRijen<[string, KandidaatStatus, string | null, string | null, string | null]>(
      db,
      `SELECT json_group_array(json_array(id, status, startdatum, einddatum, groep_id)) AS rijen
         FROM (SELECT id, status, startdatum, einddatum, groep_id FROM kandidaat
                WHERE deleted_at IS NULL ORDER BY rowid)`,
    ).map(([id, status, startdatum, einddatum, groepId]) => ({ id, status, startdatum, einddatum, groepId })),
    groepen: db.all<{ id: string; naam: string }>(
      'SELECT id, naam FROM groep WHERE deleted_at IS NULL ORDER BY startdatum IS NULL, startdatum, naam',
    ),
    // Outcomes and measurements in the order that decides ties on one date (then entry time,
    // then rowid): the order their index gave the whole-table reads before.
    uitstroom: jsonRijen<[string, UitstroomSoort, string]>(
      db,
      `SELECT json_group_array(json_array(kandidaat_id, soort, datum)) AS rijen
         FROM (SELECT kandidaat_id, soort, datum FROM uitstroom WHERE deleted_at IS NULL
                ORDER BY kandidaat_id, datum, created_at, rowid)`,
    ).map(([kandidaatId, soort, datum]) => ({ kandidaatId, soort, datum })),
    terugval: db.all<{ kandidaatId: string; datum: string }>(
      'SELECT kandidaat_id AS kandidaatId, datum FROM terugval WHERE deleted_at IS NULL',
    ),
    metingen: jsonRijen<[string, string, number]>(
      db,
      `SELECT json_group_array(json_array(kandidaat_id, datum, trede)) AS rijen
         FROM (SELECT kandidaat_id, datum, trede FROM ladder_meting WHERE deleted_at IS NULL AND datum <= ?
                ORDER BY kandidaat_id, datum, created_at, rowid)`,
      [periode.tot],
    ).map(([kandidaatId, datum, trede]) => ({ kandidaatId, datum, trede })),
    // NOT INDEXED: the planner would read the steps through their partial index and look every
    // row up in the table; a plain scan of the table is faster for all steps.
    betaaldeStappen: jsonRijen<[string, string]>(
      db,
      `SELECT json_group_array(json_array(kandidaat_id, start)) AS rijen
         FROM leerlijn_stap NOT INDEXED
        WHERE deleted_at IS NULL AND start IS NOT NULL AND start <= ?
          AND menukaart_optie_id IN (SELECT id FROM menukaart_optie WHERE code = 'betaalde_baan')`,
      [periode.tot],
    ).map(([kandidaatId, start]) => ({ kandidaatId, start })),
    bedragPerMaandCent: bedragPerMaand(db),
  };
}

export function bedragPerMaand(db: Db): number {
  return (
    db.get<{ b: number }>(
      'SELECT uitkering_per_maand_cent AS b FROM werkgroep WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1',
    )?.b ?? 0
  );
}

export function zetBedragPerMaand(db: Db, cent: number): void {
  db.run('UPDATE werkgroep SET uitkering_per_maand_cent = ?, updated_at = ? WHERE deleted_at IS NULL', [
    cent,
    nuIso(),
  ]);
}

/** The group the figures are narrowed to (null: the whole werkgroep). */
export function groepVan(db: Db, groepId: string | null): { id: string; naam: string } | null {
  if (groepId === null) return null;
  const groep = db.get<{ id: string; naam: string }>(
    'SELECT id, naam FROM groep WHERE id = ? AND deleted_at IS NULL',
    [groepId],
  );
  if (!groep) throw new AppFault('NIET_GEVONDEN', 'Deze groep bestaat niet (meer).');
  return groep;
}

/** The newest round's id (first in `listRondes`), read alone: the start page shows no other. */
export function nieuwsteRondeId(db: Db): string | undefined {
  return db.get<{ id: string }>(
    `SELECT r.id FROM inventarisatie_ronde r JOIN formulier_sjabloon s ON s.id = r.sjabloon_id
      WHERE r.deleted_at IS NULL ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1`,
  )?.id;
}
