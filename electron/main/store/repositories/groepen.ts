import type { Groep, GroepGegevens } from '../../../../shared/domain/kandidaten';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface Row {
  id: string;
  naam: string;
  startdatum: string | null;
  terugkoppeldatum: string | null;
  kandidaten: number;
}

/** Groups (cohorts) of candidates with the organisations that take them on. */
export function listGroepen(db: Db): Groep[] {
  const rows = db.all<Row>(
    `SELECT g.id, g.naam, g.startdatum, g.terugkoppeldatum,
            (SELECT COUNT(*) FROM kandidaat k WHERE k.groep_id = g.id AND k.deleted_at IS NULL) AS kandidaten
       FROM groep g WHERE g.deleted_at IS NULL
      ORDER BY g.startdatum IS NULL, g.startdatum, g.naam COLLATE NOCASE`,
  );
  const deelnemers = db.all<{ groep_id: string; id: string; naam: string }>(
    `SELECT go.groep_id, o.id, o.naam FROM groep_organisatie go JOIN organisatie o ON o.id = go.organisatie_id
      WHERE go.deleted_at IS NULL ORDER BY o.naam COLLATE NOCASE`,
  );
  return rows.map((r) => {
    const eigen = deelnemers.filter((d) => d.groep_id === r.id);
    return {
      id: r.id,
      naam: r.naam,
      startdatum: r.startdatum,
      terugkoppeldatum: r.terugkoppeldatum,
      organisatieIds: eigen.map((d) => d.id),
      organisaties: eigen.map((d) => d.naam),
      kandidaten: r.kandidaten,
    };
  });
}

export function getGroep(db: Db, id: string): Groep {
  const groep = listGroepen(db).find((g) => g.id === id);
  if (!groep) throw new AppFault('NIET_GEVONDEN', 'Deze groep bestaat niet (meer).');
  return groep;
}

export function saveGroep(db: Db, { id, organisatieIds, ...data }: GroepGegevens & { id?: string }): string {
  const dubbel = db.get(
    'SELECT 1 FROM groep WHERE naam = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?',
    [data.naam, id ?? null],
  );
  if (dubbel) throw new AppFault('ONGELDIGE_INVOER', `Er is al een groep met de naam "${data.naam}".`);
  for (const organisatieId of organisatieIds) {
    const o = db.get<{ soort: string }>('SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL', [
      organisatieId,
    ]);
    if (!o) throw new AppFault('ONGELDIGE_INVOER', 'Een gekozen organisatie bestaat niet (meer).');
  }
  const values = { naam: data.naam, startdatum: data.startdatum, terugkoppeldatum: data.terugkoppeldatum };
  let groepId = id;
  if (groepId) {
    getGroep(db, groepId);
    db.update('groep', groepId, values);
  } else groepId = db.insert('groep', values);
  db.replaceChildren(
    'groep_organisatie',
    'groep_id',
    groepId,
    organisatieIds.map((organisatie_id) => ({ organisatie_id })),
  );
  return groepId;
}

/**
 * Puts the given candidates in one group (inside the caller's write), moving them from any other
 * group. All or nothing: one removed or unknown candidate refuses the whole selection. Answers how
 * many candidates changed group (those already in it are left as they are).
 */
export function plaatsInGroep(
  db: Db,
  groepId: string,
  kandidaatIds: readonly string[],
): { geplaatst: number; vorige: Plaatsing[] } {
  getGroep(db, groepId);
  const ids = JSON.stringify(kandidaatIds);
  // Where each one that moves stood before: what undo puts back.
  const vorige = db.all<Plaatsing>(
    `SELECT id AS kandidaatId, groep_id AS groepId FROM kandidaat
      WHERE deleted_at IS NULL AND groep_id IS NOT ? AND id IN (SELECT value FROM json_each(?))`,
    [groepId, ids],
  );
  const telling = db.get<{ bekend: number; anders: number }>(
    `SELECT COUNT(*) AS bekend, COALESCE(SUM(groep_id IS NOT ?), 0) AS anders FROM kandidaat
      WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    [groepId, ids],
  );
  if (Number(telling?.bekend) !== kandidaatIds.length)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Een gekozen kandidaat bestaat niet (meer); er is niemand geplaatst.',
    );
  db.run(
    `UPDATE kandidaat SET groep_id = ?, updated_at = ?
      WHERE deleted_at IS NULL AND groep_id IS NOT ? AND id IN (SELECT value FROM json_each(?))`,
    [groepId, nuIso(), groepId, ids],
  );
  return { geplaatst: Number(telling?.anders), vorige };
}

/** A candidate and the group they stand in (null: none). */
export interface Plaatsing {
  kandidaatId: string;
  groepId: string | null;
}

/**
 * Undoes a placement in `groepId` (inside the caller's write): each candidate goes back to the
 * group they stood in before. All or nothing: if one of them was moved or removed since, nothing
 * is changed and the user hears why. Answers how many went back.
 */
export function zetPlaatsingTerug(db: Db, groepId: string, vorige: readonly Plaatsing[]): number {
  const ids = JSON.stringify(vorige.map((p) => p.kandidaatId));
  const nogDaar = db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM kandidaat
      WHERE deleted_at IS NULL AND groep_id = ? AND id IN (SELECT value FROM json_each(?))`,
    [groepId, ids],
  );
  if (Number(nogDaar?.n) !== vorige.length)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Een van deze kandidaten is intussen verplaatst of verwijderd; ongedaan maken kan niet meer.',
    );
  const nu = nuIso();
  for (const p of vorige)
    db.run('UPDATE kandidaat SET groep_id = ?, updated_at = ? WHERE id = ?', [p.groepId, nu, p.kandidaatId]);
  return vorige.length;
}
