import {
  type Aanwezige,
  type Actiepunt,
  type ActieStatus,
  type Agendapunt,
  type Besluit,
  type Bijeenkomst,
  type BijeenkomstDetail,
  type BijeenkomstSoort,
  isUitstel,
  type PlanningVerwijzingen,
} from '../../../../shared/domain/bijeenkomsten';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import {
  type ActieRow,
  type BesluitRow,
  type BijeenkomstRow,
  toActie,
  toBijeenkomst,
} from '../rijen/bijeenkomst-rijen';
import { haalTerug } from '../terughalen';

/** Meetings with their attendees and agenda, the besluitenlijst and the actielijst. */

const BIJEENKOMST_SQL = `
  SELECT b.id, b.soort, b.datum, b.tijd, b.plaats,
    (SELECT COUNT(*) FROM agendapunt a WHERE a.bijeenkomst_id = b.id AND a.deleted_at IS NULL) AS agendapunten,
    (SELECT COUNT(*) FROM besluit s WHERE s.bijeenkomst_id = b.id AND s.deleted_at IS NULL) AS besluiten
  FROM bijeenkomst b WHERE b.deleted_at IS NULL`;

/** Newest first: the list a secretary scans starts with what comes next. */
export function listBijeenkomsten(db: Db): Bijeenkomst[] {
  return db.all<BijeenkomstRow>(`${BIJEENKOMST_SQL} ORDER BY b.datum DESC, b.tijd DESC`).map(toBijeenkomst);
}

export function getBijeenkomst(db: Db, id: string): BijeenkomstDetail {
  const row = db.get<BijeenkomstRow>(`${BIJEENKOMST_SQL} AND b.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze bijeenkomst bestaat niet (meer).');
  const aanwezigen = db
    .all<{ id: string; naam: string; rol: string | null; aanwezig: number }>(
      'SELECT id, naam, rol, aanwezig FROM aanwezige WHERE bijeenkomst_id = ? AND deleted_at IS NULL ORDER BY volgorde',
      [id],
    )
    .map((a): Aanwezige => ({ ...a, aanwezig: a.aanwezig === 1 }));
  const agenda = db.all<Agendapunt>(
    'SELECT id, volgnummer, titel, notitie FROM agendapunt WHERE bijeenkomst_id = ? AND deleted_at IS NULL ORDER BY volgnummer',
    [id],
  );
  return {
    ...toBijeenkomst(row),
    aanwezigen,
    agenda,
    besluiten: listBesluiten(db, id),
    acties: listActies(db, id),
    actiesBijBesluiten: acties(
      db,
      'AND a.besluit_id IN (SELECT id FROM besluit WHERE bijeenkomst_id = ? AND deleted_at IS NULL)',
      [id],
    ),
  };
}

export interface BijeenkomstGegevens {
  soort: BijeenkomstSoort;
  datum: string;
  tijd: string | null;
  plaats: string | null;
  agenda?: { titel: string; notitie: string | null }[];
  aanwezigen?: { naam: string; rol: string | null; aanwezig: boolean }[];
}

/**
 * Adds or changes a meeting; a prepared one may come with its (accepted) agenda and carried-over
 * attendees in the same write.
 */
export function saveBijeenkomst(
  db: Db,
  { agenda, aanwezigen, ...data }: BijeenkomstGegevens,
  id?: string,
): string {
  if (id) {
    bestaat(db, id);
    db.update('bijeenkomst', id, data);
  }
  const opgeslagen = id ?? db.insert('bijeenkomst', data);
  if (agenda) saveAgenda(db, opgeslagen, agenda);
  if (aanwezigen) saveAanwezigen(db, opgeslagen, aanwezigen);
  return opgeslagen;
}

function bestaat(db: Db, id: string): void {
  if (!db.get('SELECT 1 FROM bijeenkomst WHERE id = ? AND deleted_at IS NULL', [id]))
    throw new AppFault('NIET_GEVONDEN', 'Deze bijeenkomst bestaat niet (meer).');
}

/**
 * Removes a meeting with its agenda and attendees. One with decisions stays: the besluitenlijst
 * is the werkgroep's record and its numbers must keep pointing somewhere.
 */
export function deleteBijeenkomst(db: Db, id: string): void {
  bestaat(db, id);
  if (db.get('SELECT 1 FROM besluit WHERE bijeenkomst_id = ? AND deleted_at IS NULL', [id]))
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze bijeenkomst heeft besluiten en blijft daarom bewaard. Verwijder eerst de besluiten als ze echt onjuist zijn.',
    );
  const nu = nuIso();
  for (const tabel of ['agendapunt', 'aanwezige'])
    db.run(
      `UPDATE ${tabel} SET deleted_at = ?, updated_at = ? WHERE bijeenkomst_id = ? AND deleted_at IS NULL`,
      [nu, nu, id],
    );
  // Actions outlive the meeting they came from: they still have to be done.
  db.run('UPDATE actiepunt SET bijeenkomst_id = NULL, updated_at = ? WHERE bijeenkomst_id = ?', [nu, id]);
  db.update('bijeenkomst', id, { deleted_at: nu }, nu);
}

/**
 * Undoes `deleteBijeenkomst`: the meeting with the agenda and attendees it had when it was deleted
 * (the rows tombstoned in that same moment, not ones replaced earlier). The actions it held were
 * unlinked, not deleted; the screen links them again through their own save.
 */
export function herstelBijeenkomst(db: Db, id: string): void {
  const verwijderdOp = haalTerug(db, 'bijeenkomst', id, 'Deze bijeenkomst');
  const nu = nuIso();
  for (const tabel of ['agendapunt', 'aanwezige'])
    db.run(
      `UPDATE ${tabel} SET deleted_at = NULL, updated_at = ? WHERE bijeenkomst_id = ? AND deleted_at = ?`,
      [nu, id, verwijderdOp],
    );
}

/** Replaces the agenda; items are numbered 1..n in the given order. */
export function saveAgenda(db: Db, id: string, punten: { titel: string; notitie: string | null }[]): void {
  bestaat(db, id);
  db.replaceChildren(
    'agendapunt',
    'bijeenkomst_id',
    id,
    punten.map((p, i) => ({ volgnummer: i + 1, titel: p.titel, notitie: p.notitie })),
  );
}

export function saveAanwezigen(
  db: Db,
  id: string,
  aanwezigen: { naam: string; rol: string | null; aanwezig: boolean }[],
): void {
  bestaat(db, id);
  db.replaceChildren(
    'aanwezige',
    'bijeenkomst_id',
    id,
    aanwezigen.map((a, i) => ({ naam: a.naam, rol: a.rol, aanwezig: a.aanwezig ? 1 : 0, volgorde: i + 1 })),
  );
}

/** A link to a planning activity reads as its title; a deleted activity's links are cleared by its delete. */
const ACTIVITEIT_JOIN = (alias: string) =>
  `LEFT JOIN planning_activiteit pa ON pa.id = ${alias}.activiteit_id AND pa.deleted_at IS NULL`;

function besluiten(db: Db, where: string, params: string[]): Besluit[] {
  return db
    .all<BesluitRow>(
      `SELECT s.id, s.nummer, s.tekst, s.bijeenkomst_id, b.datum, b.soort,
         pa.id AS activiteit_id, pa.titel AS activiteit_titel
       FROM besluit s JOIN bijeenkomst b ON b.id = s.bijeenkomst_id ${ACTIVITEIT_JOIN('s')}
       WHERE s.deleted_at IS NULL ${where}
       ORDER BY s.nummer`,
      params,
    )
    .map((r) => ({
      id: r.id,
      nummer: r.nummer,
      tekst: r.tekst,
      bijeenkomstId: r.bijeenkomst_id,
      bijeenkomstDatum: r.datum,
      bijeenkomstSoort: r.soort,
      activiteitId: r.activiteit_id,
      activiteitTitel: r.activiteit_titel,
    }));
}

/** The besluitenlijst (or one meeting's part of it), by number. */
export function listBesluiten(db: Db, bijeenkomstId?: string): Besluit[] {
  return bijeenkomstId ? besluiten(db, 'AND s.bijeenkomst_id = ?', [bijeenkomstId]) : besluiten(db, '', []);
}

/** The besluiten and actions that concern a planning activity, for the planning to show. */
export function listPlanningVerwijzingen(db: Db): PlanningVerwijzingen {
  return {
    besluiten: besluiten(db, 'AND pa.id IS NOT NULL', []),
    acties: acties(db, 'AND pa.id IS NOT NULL', []),
  };
}

/** Refuses a link to a planning activity that is not (or no longer) there. */
function activiteitBestaat(db: Db, activiteitId: string | null | undefined): void {
  if (
    activiteitId &&
    !db.get('SELECT 1 FROM planning_activiteit WHERE id = ? AND deleted_at IS NULL', [activiteitId])
  )
    throw new AppFault('NIET_GEVONDEN', 'De gekozen activiteit uit de planning bestaat niet (meer).');
}

/**
 * Adds a decision with the next number, or changes its text. Numbers run on across all
 * meetings and are never reused, not even after a removal: "besluit 12" must always mean the
 * same decision in minutes that already went out. `activiteitId` links the planning activity it
 * concerns (null: none; left out: a change keeps the link it had).
 */
export function saveBesluit(
  db: Db,
  bijeenkomstId: string,
  tekst: string,
  id?: string,
  activiteitId?: string | null,
): string {
  bestaat(db, bijeenkomstId);
  activiteitBestaat(db, activiteitId);
  const koppeling: Record<string, string | null> =
    activiteitId === undefined ? {} : { activiteit_id: activiteitId };
  if (id) {
    if (!db.get('SELECT 1 FROM besluit WHERE id = ? AND deleted_at IS NULL', [id]))
      throw new AppFault('NIET_GEVONDEN', 'Dit besluit bestaat niet (meer).');
    db.update('besluit', id, { tekst, bijeenkomst_id: bijeenkomstId, ...koppeling });
    return id;
  }
  const hoogste = db.get<{ n: number | null }>('SELECT MAX(nummer) AS n FROM besluit')?.n ?? 0;
  return db.insert('besluit', { bijeenkomst_id: bijeenkomstId, nummer: hoogste + 1, tekst, ...koppeling });
}

/**
 * Removes a decision; its meeting's id is returned so the screen can show that meeting again. The
 * actions that followed from it stay, unlinked (they still have to be done); undo links them again
 * through their own save, as a deleted meeting's actions are.
 */
export function deleteBesluit(db: Db, id: string): string {
  const rij = db.get<{ bijeenkomst_id: string }>(
    'SELECT bijeenkomst_id FROM besluit WHERE id = ? AND deleted_at IS NULL',
    [id],
  );
  if (!rij) throw new AppFault('NIET_GEVONDEN', 'Dit besluit bestaat niet (meer).');
  const nu = nuIso();
  db.run('UPDATE actiepunt SET besluit_id = NULL, updated_at = ? WHERE besluit_id = ?', [nu, id]);
  db.update('besluit', id, { deleted_at: nu }, nu);
  return rij.bijeenkomst_id;
}

/**
 * Deleting a planning activity clears what pointed at it: besluiten and actions stay, no longer
 * linked (the planning's service calls this in the delete's own write).
 */
export function ontkoppelActiviteit(db: Db, activiteitId: string): void {
  const nu = nuIso();
  for (const tabel of ['besluit', 'actiepunt'])
    db.run(`UPDATE ${tabel} SET activiteit_id = NULL, updated_at = ? WHERE activiteit_id = ?`, [
      nu,
      activiteitId,
    ]);
}

/** Undoes `deleteBesluit` with its own number (numbers are never reused); its meeting must still be there. */
export function herstelBesluit(db: Db, id: string): string {
  const rij = db.get<{ bijeenkomst_id: string }>('SELECT bijeenkomst_id FROM besluit WHERE id = ?', [id]);
  if (rij && !db.get('SELECT 1 FROM bijeenkomst WHERE id = ? AND deleted_at IS NULL', [rij.bijeenkomst_id]))
    throw new AppFault(
      'NIET_GEVONDEN',
      'De bijeenkomst van dit besluit is verwijderd; het besluit kan niet terug.',
    );
  haalTerug(db, 'besluit', id, 'Dit besluit');
  return rij?.bijeenkomst_id ?? '';
}

function acties(db: Db, where: string, params: string[]): Actiepunt[] {
  return db
    .all<ActieRow>(
      `SELECT a.id, a.omschrijving, a.eigenaar, a.deadline, a.status, a.bijeenkomst_id, b.datum, b.soort, a.keer_uitgesteld,
         s.id AS besluit_id, s.nummer AS besluit_nummer, s.bijeenkomst_id AS besluit_bijeenkomst_id,
         pa.id AS activiteit_id, pa.titel AS activiteit_titel
       FROM actiepunt a LEFT JOIN bijeenkomst b ON b.id = a.bijeenkomst_id AND b.deleted_at IS NULL
         LEFT JOIN besluit s ON s.id = a.besluit_id AND s.deleted_at IS NULL ${ACTIVITEIT_JOIN('a')}
       WHERE a.deleted_at IS NULL ${where}
       ORDER BY a.deadline IS NULL, a.deadline, a.omschrijving`,
      params,
    )
    .map(toActie);
}

/** The actielijst (or the actions of one meeting), by deadline. */
export function listActies(db: Db, bijeenkomstId?: string): Actiepunt[] {
  return bijeenkomstId ? acties(db, 'AND a.bijeenkomst_id = ?', [bijeenkomstId]) : acties(db, '', []);
}

/** The open actions, by deadline: `listActies` filtered on status "open", by index. */
export function listOpenActies(db: Db): Actiepunt[] {
  return acties(db, "AND a.status = 'open'", []);
}

export function getActie(db: Db, id: string): Actiepunt {
  const actie = acties(db, 'AND a.id = ?', [id])[0];
  if (!actie) throw new AppFault('NIET_GEVONDEN', 'Dit actiepunt bestaat niet (meer).');
  return actie;
}

export interface ActieGegevens {
  bijeenkomstId: string | null;
  omschrijving: string;
  eigenaar: string | null;
  deadline: string | null;
  status: ActieStatus;
  /** The besluit it follows from (null: none; left out: a change keeps the link it had). */
  besluitId?: string | null;
  /** The planning activity it concerns (null: none; left out: a change keeps the link it had). */
  activiteitId?: string | null;
}

/**
 * An action follows from a besluit of its own meeting or an earlier one: a decision taken later
 * cannot have led to it. An action without a meeting may follow from any besluit.
 */
function besluitPast(db: Db, besluitId: string | null | undefined, bijeenkomstId: string | null): void {
  if (!besluitId) return;
  const besluit = db.get<{ nummer: number; datum: string }>(
    `SELECT s.nummer, b.datum FROM besluit s JOIN bijeenkomst b ON b.id = s.bijeenkomst_id
     WHERE s.id = ? AND s.deleted_at IS NULL`,
    [besluitId],
  );
  if (!besluit) throw new AppFault('NIET_GEVONDEN', 'Het gekozen besluit bestaat niet (meer).');
  const datum = bijeenkomstId
    ? db.get<{ datum: string }>('SELECT datum FROM bijeenkomst WHERE id = ?', [bijeenkomstId])?.datum
    : undefined;
  if (datum !== undefined && besluit.datum > datum)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `Besluit ${besluit.nummer} is later genomen dan deze bijeenkomst. Kies een besluit van deze of een eerdere bijeenkomst.`,
    );
}

export function saveActie(db: Db, data: ActieGegevens, id?: string): string {
  if (data.bijeenkomstId) bestaat(db, data.bijeenkomstId);
  // A change that keeps its link is checked too: its meeting may have moved before the besluit.
  const besluitId =
    data.besluitId === undefined && id
      ? db.get<{ besluit_id: string | null }>('SELECT besluit_id FROM actiepunt WHERE id = ?', [id])
          ?.besluit_id
      : data.besluitId;
  besluitPast(db, besluitId, data.bijeenkomstId);
  activiteitBestaat(db, data.activiteitId);
  const values = {
    bijeenkomst_id: data.bijeenkomstId,
    omschrijving: data.omschrijving,
    eigenaar: data.eigenaar,
    deadline: data.deadline,
    status: data.status,
    ...(data.besluitId === undefined ? {} : { besluit_id: data.besluitId }),
    ...(data.activiteitId === undefined ? {} : { activiteit_id: data.activiteitId }),
  };
  if (id) {
    const oud = getActie(db, id);
    // Counted here, on the write itself, so no screen or import can move a deadline uncounted.
    const keer_uitgesteld = oud.keerUitgesteld + (isUitstel(oud, data) ? 1 : 0);
    db.update('actiepunt', id, { ...values, keer_uitgesteld });
    return id;
  }
  return db.insert('actiepunt', values);
}
