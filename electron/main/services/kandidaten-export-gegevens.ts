import type { Uitkering } from '../../../shared/domain/kandidaten';
import type { ExportStap, KandidaatExportRij } from '../excel/kandidaten-export';
import type { Db } from '../store/database';
import { listKandidaten } from '../store/repositories/kandidaten-lijst';
import { huidigeUitstroom } from '../store/repositories/voortgang';

/**
 * What the candidate export reads, in as few statements as the repositories allow. The generic
 * repository calls cost too much at a region's scale: `getKandidaat` per candidate only for the
 * benefit (2 s for 10,000), and `listStappen` computes every step's SROI explanation and maps 23
 * columns (7 s and 450 MB for 100,000 steps) where the sheet shows 12. The step query below keeps
 * `listStappen`'s rows and order (a unit test compares the two); it belongs in
 * `repositories/leerlijn.ts` once that file is free to change.
 */

/** The list rows plus the benefit and the date of the outcome that holds now. */
export function exportKandidaten(db: Db, metNamen: boolean): KandidaatExportRij[] {
  const uitkering = new Map(
    db
      .all<{ id: string; uitkering: Uitkering | null }>(
        'SELECT id, uitkering FROM kandidaat WHERE deleted_at IS NULL',
      )
      .map((r) => [r.id, r.uitkering]),
  );
  return listKandidaten(db, { metNamen }).map((r) => ({
    ...r,
    uitkering: uitkering.get(r.id) ?? null,
    uitstroomDatum: r.uitstroom ? (huidigeUitstroom(db, r.id)?.datum ?? null) : null,
  }));
}

/**
 * Every step of every candidate, in leerlijn order per candidate (by code, as `listStappen`). The
 * free-text result note only when it goes into the file: it may describe health or debts.
 */
export function exportStappen(db: Db, metResultaat: boolean): ExportStap[] {
  return db.all<ExportStap>(
    `SELECT s.kandidaat_id AS kandidaatId, s.volgorde, m.naam AS optie, o.naam AS organisatie,
            s.gepland_start AS geplandStart, s.gepland_eind AS geplandEind, s.start, s.eind,
            s.uren_per_week AS urenPerWeek, s.status, r.waarde_cent AS waardeCent
            ${metResultaat ? ', s.resultaat' : ''}
       FROM leerlijn_stap s
       JOIN kandidaat k ON k.id = s.kandidaat_id
       JOIN menukaart_optie m ON m.id = s.menukaart_optie_id
       LEFT JOIN organisatie o ON o.id = s.organisatie_id
       LEFT JOIN realisatie r ON r.bron = 'leerlijn' AND r.bron_id = s.id AND r.deleted_at IS NULL
      WHERE s.deleted_at IS NULL AND k.deleted_at IS NULL
      ORDER BY k.code COLLATE NOCASE, s.volgorde`,
  );
}
