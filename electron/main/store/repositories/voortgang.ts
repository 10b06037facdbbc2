import {
  type Ladermeting,
  type Terugval,
  type Trede,
  UITSTROOM_ZONDER_PLEK,
  type Uitstroom,
  type UitstroomSoort,
} from '../../../../shared/domain/kandidaten';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { deleteWithTombstone } from '../grafsteen';

/**
 * How a candidate moves: participatieladder measurements, outcomes with their follow-up checks,
 * and fallbacks. A fallback is added to the history; nothing earlier is removed.
 */

const bool = (v: 0 | 1 | null) => (v === null ? null : v === 1);
const int = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

function bestaandeKandidaat(db: Db, id: string): void {
  if (!db.get('SELECT 1 FROM kandidaat WHERE id = ? AND deleted_at IS NULL', [id]))
    throw new AppFault('NIET_GEVONDEN', 'Deze kandidaat bestaat niet (meer).');
}

/** The candidate a row of `tabel` belongs to; NIET_GEVONDEN when the row is gone. */
export function eigenaar(
  db: Db,
  tabel: 'ladder_meting' | 'uitstroom' | 'leerlijn_stap',
  id: string,
  wat: string,
) {
  const row = db.get<{ kandidaat_id: string }>(
    `SELECT kandidaat_id FROM ${tabel} WHERE id = ? AND deleted_at IS NULL`,
    [id],
  );
  if (!row) throw new AppFault('NIET_GEVONDEN', `Deze ${wat} bestaat niet (meer).`);
  return row.kandidaat_id;
}

export function listMetingen(db: Db, kandidaatId?: string): (Ladermeting & { kandidaatId: string })[] {
  return db.all(
    `SELECT id, kandidaat_id AS kandidaatId, datum, trede, toelichting FROM ladder_meting
      WHERE deleted_at IS NULL ${kandidaatId ? 'AND kandidaat_id = ?' : ''}
      ORDER BY kandidaat_id, datum, created_at`,
    kandidaatId ? [kandidaatId] : [],
  );
}

/** What is stored of a measurement, an outcome and a fallback: the record with its candidate. */
export type MetingGegevens = Omit<Ladermeting, 'id'> & { id?: string | undefined; kandidaatId: string };
export type UitstroomGegevens = Omit<Uitstroom, 'id'> & { id?: string | undefined; kandidaatId: string };
export type TerugvalGegevens = Omit<Terugval, 'id'> & { kandidaatId: string };

export function saveMeting(db: Db, { id, kandidaatId, ...m }: MetingGegevens): void {
  bestaandeKandidaat(db, kandidaatId);
  const values = { datum: m.datum, trede: m.trede as Trede, toelichting: m.toelichting };
  if (id) {
    if (eigenaar(db, 'ladder_meting', id, 'meting') !== kandidaatId)
      throw new AppFault('ONGELDIGE_INVOER', 'Deze meting hoort bij een andere kandidaat.');
    db.update('ladder_meting', id, values);
  } else db.insert('ladder_meting', { ...values, kandidaat_id: kandidaatId });
}

export function deleteMeting(db: Db, id: string): string {
  const kandidaatId = eigenaar(db, 'ladder_meting', id, 'meting');
  deleteWithTombstone(db, 'ladder_meting', id);
  return kandidaatId;
}

interface UitstroomRow {
  id: string;
  soort: UitstroomSoort;
  datum: string;
  toelichting: string | null;
  na_6_maanden: 0 | 1 | null;
  na_12_maanden: 0 | 1 | null;
}

export function listUitstroom(db: Db, kandidaatId: string): Uitstroom[] {
  return db
    .all<UitstroomRow>(
      `SELECT id, soort, datum, toelichting, na_6_maanden, na_12_maanden FROM uitstroom
        WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY datum, created_at`,
      [kandidaatId],
    )
    .map((r) => ({
      id: r.id,
      soort: r.soort,
      datum: r.datum,
      toelichting: r.toelichting,
      na6Maanden: bool(r.na_6_maanden),
      na12Maanden: bool(r.na_12_maanden),
    }));
}

export function listTerugval(db: Db, kandidaatId: string): Terugval[] {
  return db.all<Terugval>(
    `SELECT id, datum, reden, volgende_stap AS volgendeStap FROM terugval
      WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY datum, created_at`,
    [kandidaatId],
  );
}

/** The outcome that holds now: the latest one, unless a fallback came after it. */
export function huidigeUitstroom(db: Db, kandidaatId: string): Uitstroom | null {
  const laatste = listUitstroom(db, kandidaatId).at(-1);
  const terugval = listTerugval(db, kandidaatId).at(-1);
  if (!laatste || (terugval && terugval.datum >= laatste.datum)) return null;
  return laatste;
}

/**
 * Records (or corrects) an outcome. When it is the outcome that holds now, the trajectory ends
 * on its date: status "uitgestroomd", or "gestopt" for an outcome without a next place.
 */
export function saveUitstroom(db: Db, { id, kandidaatId, ...u }: UitstroomGegevens): void {
  bestaandeKandidaat(db, kandidaatId);
  const values = {
    soort: u.soort,
    datum: u.datum,
    toelichting: u.toelichting,
    na_6_maanden: int(u.na6Maanden),
    na_12_maanden: int(u.na12Maanden),
  };
  if (id) {
    if (eigenaar(db, 'uitstroom', id, 'uitstroom') !== kandidaatId)
      throw new AppFault('ONGELDIGE_INVOER', 'Deze uitstroom hoort bij een andere kandidaat.');
    db.update('uitstroom', id, values);
  } else db.insert('uitstroom', { ...values, kandidaat_id: kandidaatId });
  const nu = huidigeUitstroom(db, kandidaatId);
  if (nu)
    db.update('kandidaat', kandidaatId, {
      status: UITSTROOM_ZONDER_PLEK.includes(nu.soort) ? 'gestopt' : 'uitgestroomd',
      einddatum: nu.datum,
    });
}

/** A fallback: an event with reason and next step; the candidate is back in a trajectory. */
export function saveTerugval(db: Db, { kandidaatId, ...t }: TerugvalGegevens): void {
  bestaandeKandidaat(db, kandidaatId);
  const laatste = listUitstroom(db, kandidaatId).at(-1);
  if (!laatste)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Een terugval volgt op een uitstroom; leg eerst de uitstroom vast.',
    );
  if (t.datum < laatste.datum)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'De terugval ligt voor de laatste uitstroom; kies een latere datum.',
    );
  db.insert('terugval', {
    kandidaat_id: kandidaatId,
    datum: t.datum,
    reden: t.reden,
    volgende_stap: t.volgendeStap,
  });
  db.update('kandidaat', kandidaatId, { status: 'actief', einddatum: null });
}
