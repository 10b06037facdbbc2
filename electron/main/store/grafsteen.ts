import { nuIso } from '../../../shared/klok';
import type { Db } from './database';

/** The tables whose deleted rows leave a tombstone instead of their text (migration 15). */
export type MetGrafsteen = 'leerlijn_stap' | 'ladder_meting';

/**
 * Deletes a row for real and keeps a tombstone with only its id and times, so later merging
 * knows it was deleted. Marking the row deleted would keep its free text (a step's result, a
 * measurement's note: health, addiction, debts) in the file for good; the DELETE under
 * `secure_delete` zeroes it.
 */
export function deleteWithTombstone(db: Db, tabel: MetGrafsteen, id: string, nu = nuIso()): void {
  const rij = db.get<{ created_at: string }>(`SELECT created_at FROM ${tabel} WHERE id = ?`, [id]);
  if (!rij) return;
  db.run(`DELETE FROM ${tabel} WHERE id = ?`, [id]);
  db.run(
    `INSERT INTO verwijderd (id, tabel, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
    [id, tabel, rij.created_at, nu, nu],
  );
}
