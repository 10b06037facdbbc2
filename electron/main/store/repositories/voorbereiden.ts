import type { GroepNieuws, WachtendeRonde } from '../../../../shared/domain/voorbereiden';
import type { Db } from '../database';

/**
 * What preparing a meeting counts in the werkgroep's own tables; `services/voorbereiden.ts` adds
 * the meetings, actions and planning.
 */

/** Counts per group only: the agenda goes out by e-mail and names no candidate. */
export function groepNieuws(db: Db, sinds: string, vandaag: string): GroepNieuws[] {
  const periode = [sinds, vandaag];
  return db.all<GroepNieuws>(
    `SELECT g.naam,
       (SELECT COUNT(*) FROM leerlijn_stap s JOIN kandidaat k ON k.id = s.kandidaat_id
         WHERE k.groep_id = g.id AND s.deleted_at IS NULL AND s.start >= ? AND s.start <= ?) AS nieuweStappen,
       (SELECT COUNT(*) FROM leerlijn_stap s JOIN kandidaat k ON k.id = s.kandidaat_id
         WHERE k.groep_id = g.id AND s.deleted_at IS NULL AND s.status IN ('afgerond', 'afgebroken')
           AND s.eind >= ? AND s.eind <= ?) AS afgerondeStappen,
       (SELECT COUNT(*) FROM uitstroom u JOIN kandidaat k ON k.id = u.kandidaat_id
         WHERE k.groep_id = g.id AND u.deleted_at IS NULL AND u.datum >= ? AND u.datum <= ?) AS uitstroom,
       (SELECT COUNT(*) FROM ladder_meting m JOIN kandidaat k ON k.id = m.kandidaat_id
         WHERE k.groep_id = g.id AND m.deleted_at IS NULL AND m.datum >= ? AND m.datum <= ?) AS ladderwijzigingen
     FROM groep g WHERE g.deleted_at IS NULL ORDER BY g.startdatum IS NULL, g.startdatum, g.naam`,
    [...periode, ...periode, ...periode, ...periode],
  );
}

/** Rounds with forms still out, soonest deadline first. */
export function wachtendeRondes(db: Db): WachtendeRonde[] {
  return db.all<WachtendeRonde>(
    `SELECT r.naam, r.deadline,
       SUM(CASE WHEN d.status = 'uitgezet' THEN 1 ELSE 0 END) AS uitstaand,
       COUNT(d.id) AS totaal
     FROM inventarisatie_ronde r JOIN ronde_deelname d ON d.ronde_id = r.id AND d.deleted_at IS NULL
     WHERE r.deleted_at IS NULL
     GROUP BY r.id HAVING uitstaand > 0 ORDER BY r.deadline IS NULL, r.deadline, r.naam`,
  );
}
