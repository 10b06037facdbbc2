import { type Belemmering, LEEG_PLAN, type PersoonlijkPlan } from '../../../../shared/domain/kandidaten';
import type { Db } from '../database';

interface Row {
  id: string;
  wensen: string | null;
  eigen_woorden: string | null;
  mogelijkheden: string | null;
  vaardigheden: string | null;
  scholing: string | null;
  doel: string | null;
  tussenstappen: string | null;
  vaste_begeleider_helpt: 0 | 1 | null;
}

/** A candidate's persoonlijk plan; an empty plan when none was written yet. */
export function getPlan(db: Db, kandidaatId: string): PersoonlijkPlan {
  const row = db.get<Row>('SELECT * FROM kandidaat_plan WHERE kandidaat_id = ? AND deleted_at IS NULL', [
    kandidaatId,
  ]);
  const belemmeringen = db.all<Belemmering>(
    `SELECT soort, status, toelichting FROM kandidaat_belemmering
      WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid`,
    [kandidaatId],
  );
  if (!row) return { ...LEEG_PLAN, belemmeringen };
  return {
    wensen: row.wensen,
    eigenWoorden: row.eigen_woorden,
    belemmeringen,
    mogelijkheden: row.mogelijkheden,
    vaardigheden: row.vaardigheden,
    scholing: row.scholing,
    doel: row.doel,
    tussenstappen: row.tussenstappen,
    vasteBegeleiderHelpt: row.vaste_begeleider_helpt === null ? null : row.vaste_begeleider_helpt === 1,
  };
}

/**
 * Saves the whole plan. Earlier barrier rows are deleted, not tombstoned: they are free text
 * about health or debts, and a plan's history is not worth keeping such details around.
 */
/** What is stored: a candidate's plan. */
export type PlanGegevens = PersoonlijkPlan & { kandidaatId: string };

export function savePlan(db: Db, { kandidaatId, belemmeringen, ...plan }: PlanGegevens): void {
  const values = {
    wensen: plan.wensen,
    eigen_woorden: plan.eigenWoorden,
    mogelijkheden: plan.mogelijkheden,
    vaardigheden: plan.vaardigheden,
    scholing: plan.scholing,
    doel: plan.doel,
    tussenstappen: plan.tussenstappen,
    vaste_begeleider_helpt: plan.vasteBegeleiderHelpt === null ? null : plan.vasteBegeleiderHelpt ? 1 : 0,
  };
  const bestaand = db.get<{ id: string }>('SELECT id FROM kandidaat_plan WHERE kandidaat_id = ?', [
    kandidaatId,
  ]);
  if (bestaand) db.update('kandidaat_plan', bestaand.id, values);
  else db.insert('kandidaat_plan', { ...values, kandidaat_id: kandidaatId });
  db.run('DELETE FROM kandidaat_belemmering WHERE kandidaat_id = ?', [kandidaatId]);
  for (const b of belemmeringen)
    db.insert('kandidaat_belemmering', {
      kandidaat_id: kandidaatId,
      soort: b.soort,
      status: b.status,
      toelichting: b.toelichting,
    });
}

/** Every barrier of every candidate, for the export when the user includes them. */
export function listBelemmeringen(db: Db): (Belemmering & { kandidaatId: string; code: string })[] {
  return db.all(
    `SELECT b.kandidaat_id AS kandidaatId, k.code, b.soort, b.status, b.toelichting
       FROM kandidaat_belemmering b JOIN kandidaat k ON k.id = b.kandidaat_id
      WHERE b.deleted_at IS NULL AND k.deleted_at IS NULL
      ORDER BY k.code COLLATE NOCASE, b.created_at, b.rowid`,
  );
}
