import { AppFault } from '../errors';
import { type Db, ident } from './database';

/** The tables whose deleted rows keep their content under a `deleted_at` mark, so undo can bring them back. */
export type Terughaalbaar =
  | 'realisatie'
  | 'les'
  | 'evaluatie'
  | 'besluit'
  | 'bijeenkomst'
  | 'planning_fase'
  | 'planning_activiteit'
  | 'mijlpaal';

/**
 * Clears a row's tombstone: the undo of a soft delete. Only a row that is deleted: undoing twice, or
 * "restoring" a live row, is refused rather than silently done. Answers when the row was deleted, so a
 * caller can bring back what went with it in the same moment (a meeting's agenda and attendees).
 */
export function haalTerug(db: Db, tabel: Terughaalbaar, id: string, wat: string): string {
  const rij = db.get<{ deleted_at: string | null }>(`SELECT deleted_at FROM ${ident(tabel)} WHERE id = ?`, [
    id,
  ]);
  if (!rij) throw new AppFault('NIET_GEVONDEN', `${wat} bestaat niet (meer) en kan niet terugkomen.`);
  if (rij.deleted_at === null)
    throw new AppFault('ONGELDIGE_INVOER', `${wat} is niet verwijderd; er is niets teruggezet.`);
  db.update(tabel, id, { deleted_at: null });
  return rij.deleted_at;
}
