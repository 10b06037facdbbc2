import {
  type Activiteit,
  type ActiviteitStatus,
  type Planning,
  plusMaand,
  STANDAARD_PLANNING,
} from '../../../../shared/domain/planning';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { haalTerug } from '../terughalen';

interface ActiviteitRow {
  id: string;
  fase_id: string;
  titel: string;
  eigenaar: string | null;
  start_maand: string;
  eind_maand: string;
  status: ActiviteitStatus;
  afhankelijk_van: string | null;
  volgorde: number;
}

const toActiviteit = (r: ActiviteitRow): Activiteit => ({
  id: r.id,
  faseId: r.fase_id,
  titel: r.titel,
  eigenaar: r.eigenaar,
  startMaand: r.start_maand,
  eindMaand: r.eind_maand,
  status: r.status,
  afhankelijkVan: r.afhankelijk_van,
  volgorde: r.volgorde,
});

/** Phases in order with their activities, milestones by date, and the months they span. */
export function getPlanning(db: Db): Planning {
  const activiteiten = db
    .all<ActiviteitRow>(
      'SELECT * FROM planning_activiteit WHERE deleted_at IS NULL ORDER BY volgorde, start_maand',
    )
    .map(toActiviteit);
  const fasen = db
    .all<{ id: string; naam: string; volgorde: number }>(
      'SELECT id, naam, volgorde FROM planning_fase WHERE deleted_at IS NULL ORDER BY volgorde, naam',
    )
    .map((f) => ({ ...f, activiteiten: activiteiten.filter((a) => a.faseId === f.id) }));
  const mijlpalen = db.all<{ id: string; naam: string; datum: string }>(
    'SELECT id, naam, datum FROM mijlpaal WHERE deleted_at IS NULL ORDER BY datum, naam',
  );
  const maanden = [
    ...activiteiten.flatMap((a) => [a.startMaand, a.eindMaand]),
    ...mijlpalen.map((m) => m.datum.slice(0, 7)),
  ].sort();
  const bereik = maanden.length
    ? { van: maanden[0] as string, tot: maanden[maanden.length - 1] as string }
    : null;
  return { fasen, mijlpalen, bereik };
}

export function saveFase(db: Db, naam: string, id?: string): string {
  if (id) {
    if (!db.get('SELECT 1 FROM planning_fase WHERE id = ? AND deleted_at IS NULL', [id]))
      throw new AppFault('NIET_GEVONDEN', 'Deze fase bestaat niet (meer).');
    db.update('planning_fase', id, { naam });
    return id;
  }
  const n =
    db.get<{ n: number | null }>('SELECT MAX(volgorde) AS n FROM planning_fase WHERE deleted_at IS NULL')
      ?.n ?? 0;
  return db.insert('planning_fase', { naam, volgorde: n + 1 });
}

export interface ActiviteitGegevens {
  faseId: string;
  titel: string;
  eigenaar: string | null;
  startMaand: string;
  eindMaand: string;
  status: ActiviteitStatus;
  afhankelijkVan: string | null;
}

/** Adds or changes an activity; a dependency must exist and may not lead back to itself. */
export function saveActiviteit(db: Db, data: ActiviteitGegevens, id?: string): string {
  if (!db.get('SELECT 1 FROM planning_fase WHERE id = ? AND deleted_at IS NULL', [data.faseId]))
    throw new AppFault('ONGELDIGE_INVOER', 'Kies een fase die bestaat.');
  if (data.eindMaand < data.startMaand)
    throw new AppFault('ONGELDIGE_INVOER', 'De laatste maand ligt voor de eerste maand.');
  if (data.afhankelijkVan) {
    if (data.afhankelijkVan === id)
      throw new AppFault('ONGELDIGE_INVOER', 'Een activiteit kan niet op zichzelf wachten.');
    if (
      !db.get('SELECT 1 FROM planning_activiteit WHERE id = ? AND deleted_at IS NULL', [data.afhankelijkVan])
    )
      throw new AppFault('ONGELDIGE_INVOER', 'De activiteit waarop gewacht wordt, bestaat niet (meer).');
  }
  // Checked before anything is written: an existing activity may not come to wait on itself.
  if (id && data.afhankelijkVan && wachtOp(db, data.afhankelijkVan, id))
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `${data.titel}: deze activiteit zou (via andere) op zichzelf wachten.`,
    );
  const values = {
    fase_id: data.faseId,
    titel: data.titel,
    eigenaar: data.eigenaar,
    start_maand: data.startMaand,
    eind_maand: data.eindMaand,
    status: data.status,
    afhankelijk_van: data.afhankelijkVan,
  };
  let activiteitId = id;
  if (activiteitId) {
    if (!db.get('SELECT 1 FROM planning_activiteit WHERE id = ? AND deleted_at IS NULL', [activiteitId]))
      throw new AppFault('NIET_GEVONDEN', 'Deze activiteit bestaat niet (meer).');
    db.update('planning_activiteit', activiteitId, values);
  } else {
    const n =
      db.get<{ n: number | null }>(
        'SELECT MAX(volgorde) AS n FROM planning_activiteit WHERE fase_id = ? AND deleted_at IS NULL',
        [data.faseId],
      )?.n ?? 0;
    activiteitId = db.insert('planning_activiteit', { ...values, volgorde: n + 1 });
  }
  return activiteitId;
}

/** Whether following the dependencies from `van` reaches `doel`. */
function wachtOp(db: Db, van: string, doel: string): boolean {
  const volgende = new Map(
    db
      .all<{ id: string; afhankelijk_van: string | null }>(
        'SELECT id, afhankelijk_van FROM planning_activiteit WHERE deleted_at IS NULL',
      )
      .map((r) => [r.id, r.afhankelijk_van]),
  );
  const gezien = new Set<string>();
  for (let huidig: string | null | undefined = van; huidig; huidig = volgende.get(huidig)) {
    if (huidig === doel) return true;
    if (gezien.has(huidig)) return false;
    gezien.add(huidig);
  }
  return false;
}

/** Removes an activity; others that waited for it no longer do. */
export function deleteActiviteit(db: Db, id: string): void {
  const now = nuIso();
  db.run('UPDATE planning_activiteit SET afhankelijk_van = NULL, updated_at = ? WHERE afhankelijk_van = ?', [
    now,
    id,
  ]);
  db.update('planning_activiteit', id, { deleted_at: now });
}

export function saveMijlpaal(db: Db, naam: string, datum: string, id?: string): string {
  if (id) {
    if (!db.get('SELECT 1 FROM mijlpaal WHERE id = ? AND deleted_at IS NULL', [id]))
      throw new AppFault('NIET_GEVONDEN', 'Deze mijlpaal bestaat niet (meer).');
    db.update('mijlpaal', id, { naam, datum });
    return id;
  }
  return db.insert('mijlpaal', { naam, datum });
}

/**
 * Starts a planning from the werkgroep SROI's voorlopige planning, shifted so that it begins in
 * `startMaand`. Only into an empty planning: mixing it into an existing one would duplicate phases.
 */
export function planningUitSjabloon(db: Db, startMaand: string): void {
  if (getPlanning(db).fasen.length > 0)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Er is al een planning; het voorbeeld kan alleen in een lege planning.',
    );
  const fasen = new Map<string, string>();
  for (const a of STANDAARD_PLANNING.activiteiten) {
    let faseId = fasen.get(a.fase);
    if (!faseId) {
      faseId = saveFase(db, a.fase);
      fasen.set(a.fase, faseId);
    }
    saveActiviteit(db, {
      faseId,
      titel: a.titel,
      eigenaar: a.eigenaar,
      startMaand: plusMaand(startMaand, a.van),
      eindMaand: plusMaand(startMaand, a.tot),
      status: 'gepland',
      afhankelijkVan: null,
    });
  }
  for (const m of STANDAARD_PLANNING.mijlpalen)
    saveMijlpaal(db, m.naam, `${plusMaand(startMaand, m.maand)}-15`);
}

/** Removes a phase; only an empty one, so no activity disappears unseen. */
export function deleteFase(db: Db, id: string): void {
  if (db.get('SELECT 1 FROM planning_activiteit WHERE fase_id = ? AND deleted_at IS NULL', [id]))
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze fase heeft nog activiteiten. Verwijder of verplaats die eerst.',
    );
  db.update('planning_fase', id, { deleted_at: nuIso() });
}

export function deleteMijlpaal(db: Db, id: string): void {
  db.update('mijlpaal', id, { deleted_at: nuIso() });
}

export function herstelMijlpaal(db: Db, id: string): void {
  haalTerug(db, 'mijlpaal', id, 'Deze mijlpaal');
}

export function herstelFase(db: Db, id: string): void {
  haalTerug(db, 'planning_fase', id, 'Deze fase');
}

/**
 * Brings a deleted activity back into its phase (which must still be there). If what it waited for
 * was deleted since, it waits for nothing: a link to a deleted activity would show as a dangling arrow.
 * Activities that waited for it are linked again by their own save (the screen knows which they were).
 */
export function herstelActiviteit(db: Db, id: string): void {
  const rij = db.get<{ fase_id: string; afhankelijk_van: string | null }>(
    'SELECT fase_id, afhankelijk_van FROM planning_activiteit WHERE id = ?',
    [id],
  );
  if (rij && !db.get('SELECT 1 FROM planning_fase WHERE id = ? AND deleted_at IS NULL', [rij.fase_id]))
    throw new AppFault(
      'NIET_GEVONDEN',
      'De fase van deze activiteit is verwijderd; zet eerst de fase terug.',
    );
  haalTerug(db, 'planning_activiteit', id, 'Deze activiteit');
  if (
    rij?.afhankelijk_van &&
    !db.get('SELECT 1 FROM planning_activiteit WHERE id = ? AND deleted_at IS NULL', [rij.afhankelijk_van])
  )
    db.update('planning_activiteit', id, { afhankelijk_van: null });
}
