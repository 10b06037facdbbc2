import type { Les, LesSoort } from '../../../../shared/domain/monitoring';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { haalTerug } from '../terughalen';

/** The lessons log: what works, what we run into, what gives energy, what it yields. */

const LES_SQL = `
  SELECT l.id, l.groep_id AS groepId, g.naam AS groepNaam, l.soort, l.datum, l.auteur, l.tekst
    FROM les l LEFT JOIN groep g ON g.id = l.groep_id
   WHERE l.deleted_at IS NULL`;

/** Newest first. */
export function listLessen(db: Db): Les[] {
  return db.all<Les>(`${LES_SQL} ORDER BY l.datum DESC, l.created_at DESC`);
}

/** The lessons of a period: of the werkgroep and, when a group is given, of that group only. */
export function lessenInPeriode(db: Db, van: string, tot: string, groepId: string | null): Les[] {
  return db.all<Les>(
    `${LES_SQL} AND l.datum BETWEEN ? AND ? ${groepId ? 'AND (l.groep_id = ? OR l.groep_id IS NULL)' : ''}
     ORDER BY l.soort, l.datum`,
    groepId ? [van, tot, groepId] : [van, tot],
  );
}

export function getLes(db: Db, id: string): Les {
  const les = db.get<Les>(`${LES_SQL} AND l.id = ?`, [id]);
  if (!les) throw new AppFault('NIET_GEVONDEN', 'Deze les bestaat niet (meer).');
  return les;
}

export interface LesGegevens {
  groepId: string | null;
  soort: LesSoort;
  datum: string;
  tekst: string;
}

/** Adds or changes a lesson; the author is whoever is working, from their own settings. */
export function saveLes(db: Db, data: LesGegevens, auteur: string, id?: string): string {
  if (data.groepId && !db.get('SELECT 1 FROM groep WHERE id = ? AND deleted_at IS NULL', [data.groepId]))
    throw new AppFault('NIET_GEVONDEN', 'Deze groep bestaat niet (meer).');
  const values = { groep_id: data.groepId, soort: data.soort, datum: data.datum, tekst: data.tekst };
  if (id) {
    getLes(db, id);
    db.update('les', id, values);
    return id;
  }
  return db.insert('les', { ...values, auteur });
}

export function deleteLes(db: Db, id: string): void {
  getLes(db, id);
  db.update('les', id, { deleted_at: nuIso() });
}

export function herstelLes(db: Db, id: string): void {
  haalTerug(db, 'les', id, 'Deze les');
}
