import type { StapInvoer } from '../../../../shared/api/schemas-kandidaten';
import type { PersoonlijkeBonus, Stap, StapStatus } from '../../../../shared/domain/kandidaten';
import { type StapContext, sroiVanStap, standaardGeplandEind } from '../../../../shared/domain/leerlijn';
import type { Waarderingswijze } from '../../../../shared/domain/menukaart';
import type { Doelgroep } from '../../../../shared/domain/waardering';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { verwijderMetGrafsteen } from '../grafsteen';
import { deleteRealisatie, getRealisatie, type RealisatieGegevens, saveRealisatie } from './realisaties';
import { actieveTabel, getMenukaartOptie } from './waardering';

/**
 * The leerlijn: a candidate's ordered steps across organisations. A step that has happened is
 * credited as an SROI realisation to the organisation that delivered it; the step keeps that
 * realisation in step (created, revalued or withdrawn) whenever the step itself is saved.
 */

interface Row {
  id: string;
  kandidaat_id: string;
  volgorde: number;
  menukaart_optie_id: string;
  optie: string;
  optie_code: string;
  waardering: Waarderingswijze;
  organisatie_id: string | null;
  organisatie: string | null;
  organisatie_soort: string | null;
  gepland_start: string | null;
  gepland_eind: string | null;
  start: string | null;
  eind: string | null;
  uren_per_week: number | null;
  status: StapStatus;
  vast_contract: 0 | 1;
  resultaat: string | null;
  realisatie_id: string | null;
  waarde_cent: number | null;
  realisatie_uitleg: string | null;
  uitkering: Doelgroep | null;
  bonussen_json: string;
}

const SELECT = `
  SELECT s.id, s.kandidaat_id, s.volgorde, s.menukaart_optie_id, m.naam AS optie, m.code AS optie_code,
         m.waardering, s.organisatie_id, o.naam AS organisatie, o.soort AS organisatie_soort,
         s.gepland_start, s.gepland_eind, s.start, s.eind, s.uren_per_week, s.status, s.vast_contract,
         s.resultaat, r.id AS realisatie_id, r.waarde_cent, r.uitleg AS realisatie_uitleg,
         k.uitkering, k.bonussen_json
    FROM leerlijn_stap s
    JOIN kandidaat k ON k.id = s.kandidaat_id
    JOIN menukaart_optie m ON m.id = s.menukaart_optie_id
    LEFT JOIN organisatie o ON o.id = s.organisatie_id
    LEFT JOIN realisatie r ON r.bron = 'leerlijn' AND r.bron_id = s.id AND r.deleted_at IS NULL
   WHERE s.deleted_at IS NULL AND k.deleted_at IS NULL`;

const context = (r: Row, heeftTabel: boolean): StapContext => ({
  optie: { naam: r.optie, code: r.optie_code, waardering: r.waardering },
  organisatieSoort: r.organisatie_soort,
  uitkering: r.uitkering,
  persoonlijkeBonussen: JSON.parse(r.bonussen_json) as PersoonlijkeBonus[],
  heeftTabel,
});

function toStap(r: Row, heeftTabel: boolean): Stap {
  const gegevens = {
    menukaartOptieId: r.menukaart_optie_id,
    organisatieId: r.organisatie_id,
    geplandStart: r.gepland_start,
    geplandEind: r.gepland_eind,
    start: r.start,
    eind: r.eind,
    urenPerWeek: r.uren_per_week,
    status: r.status,
    vastContract: r.vast_contract === 1,
    resultaat: r.resultaat,
  };
  const sroi = r.realisatie_id ? null : sroiVanStap(gegevens, context(r, heeftTabel));
  return {
    ...gegevens,
    id: r.id,
    kandidaatId: r.kandidaat_id,
    volgorde: r.volgorde,
    optie: r.optie,
    optieCode: r.optie_code,
    organisatie: r.organisatie,
    realisatieId: r.realisatie_id,
    waardeCent: r.waarde_cent,
    sroiUitleg: r.realisatie_uitleg ?? (sroi && !sroi.telt ? sroi.reden : ''),
  };
}

/** Steps in leerlijn order: of one candidate, or of everyone (grouped by candidate). */
export function listStappen(db: Db, kandidaatId?: string): Stap[] {
  const heeftTabel = actieveTabel(db) !== null;
  return db
    .all<Row>(
      `${SELECT} ${kandidaatId ? 'AND s.kandidaat_id = ?' : ''} ORDER BY k.code COLLATE NOCASE, s.volgorde`,
      kandidaatId ? [kandidaatId] : [],
    )
    .map((r) => toStap(r, heeftTabel));
}

function getRow(db: Db, id: string): Row {
  const row = db.get<Row>(`${SELECT} AND s.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze stap bestaat niet (meer).');
  return row;
}

function controleer(db: Db, data: StapInvoer, vorigeOptie: string | null): void {
  if (!db.get('SELECT 1 FROM kandidaat WHERE id = ? AND deleted_at IS NULL', [data.kandidaatId]))
    throw new AppFault('NIET_GEVONDEN', 'Deze kandidaat bestaat niet (meer).');
  const optie = getMenukaartOptie(db, data.menukaartOptieId);
  if (optie.gearchiveerdOp && vorigeOptie !== optie.id)
    throw new AppFault('ONGELDIGE_INVOER', `"${optie.naam}" is gearchiveerd; kies een andere soort stap.`);
  if (
    data.organisatieId &&
    !db.get('SELECT 1 FROM organisatie WHERE id = ? AND deleted_at IS NULL', [data.organisatieId])
  )
    throw new AppFault('ONGELDIGE_INVOER', 'De organisatie bestaat niet (meer).');
}

/**
 * Creates, revalues or withdraws the realisation of a saved step. A realisation whose input did
 * not change keeps its value and table version: editing a result note must not revalue history.
 */
function werkRealisatieBij(db: Db, stapId: string): void {
  const r = getRow(db, stapId);
  const stap = toStap(r, true);
  const sroi = sroiVanStap(stap, context(r, actieveTabel(db) !== null));
  if (!sroi.telt) {
    if (r.realisatie_id) deleteRealisatie(db, r.realisatie_id);
    return;
  }
  const gegevens: RealisatieGegevens = {
    opdrachtnemerId: r.organisatie_id as string,
    contractId: null,
    menukaartOptieId: r.menukaart_optie_id,
    datum: sroi.datum,
    // No candidate code here: realisations go to gemeenten in the SROI export, and the code would
    // link that sheet to the candidate list. The step itself is found through bron_id.
    omschrijving: `Leerlijnstap: ${r.optie}`,
    doelgroep: sroi.doelgroep,
    urenPerWeek: sroi.urenPerWeek,
    maanden: sroi.maanden,
    bonussen: sroi.bonussen,
    uren: sroi.uren,
  };
  if (r.realisatie_id && zelfdeInvoer(getRealisatie(db, r.realisatie_id), gegevens)) return;
  saveRealisatie(db, gegevens, r.realisatie_id ?? undefined, { soort: 'leerlijn', id: stapId });
}

/**
 * Brings the realisations of all of a candidate's steps in line after the candidate changed (an
 * uitkering or personal bonus filled in or corrected): a step that was waiting for the uitkering
 * now counts. Unchanged input keeps its value and table version, as in werkRealisatieBij.
 */
export function werkRealisatiesVanKandidaatBij(db: Db, kandidaatId: string): void {
  const stappen = db.all<{ id: string }>(
    'SELECT id FROM leerlijn_stap WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY volgorde',
    [kandidaatId],
  );
  for (const s of stappen) werkRealisatieBij(db, s.id);
}

function zelfdeInvoer(bestaand: RealisatieGegevens, nieuw: RealisatieGegevens): boolean {
  const sleutel = (g: RealisatieGegevens) =>
    JSON.stringify([
      g.opdrachtnemerId,
      g.menukaartOptieId,
      g.datum,
      g.doelgroep,
      g.urenPerWeek,
      g.maanden,
      [...g.bonussen].sort(),
      g.uren,
    ]);
  return sleutel(bestaand) === sleutel(nieuw);
}

/** Adds a step at the end of the leerlijn, or updates one; returns the candidate's id. */
export function saveStap(db: Db, { id, kandidaatId, ...data }: StapInvoer): string {
  const vorige = id ? getRow(db, id) : null;
  if (vorige && vorige.kandidaat_id !== kandidaatId)
    throw new AppFault('ONGELDIGE_INVOER', 'Deze stap hoort bij een andere kandidaat.');
  controleer(db, { kandidaatId, ...data }, vorige?.menukaart_optie_id ?? null);
  const optie = getMenukaartOptie(db, data.menukaartOptieId);
  const values = {
    menukaart_optie_id: data.menukaartOptieId,
    organisatie_id: data.organisatieId,
    gepland_start: data.geplandStart,
    gepland_eind: data.geplandEind ?? standaardGeplandEind(optie.code, data.geplandStart),
    start: data.start,
    eind: data.eind,
    uren_per_week: data.urenPerWeek,
    status: data.status,
    vast_contract: data.vastContract ? 1 : 0,
    resultaat: data.resultaat,
  };
  let stapId = id;
  if (stapId) db.update('leerlijn_stap', stapId, values);
  else {
    const laatste = db.get<{ n: number | null }>(
      'SELECT MAX(volgorde) AS n FROM leerlijn_stap WHERE kandidaat_id = ? AND deleted_at IS NULL',
      [kandidaatId],
    );
    stapId = db.insert('leerlijn_stap', {
      ...values,
      kandidaat_id: kandidaatId,
      volgorde: (laatste?.n ?? 0) + 1,
    });
  }
  werkRealisatieBij(db, stapId);
  return kandidaatId;
}

/** Removes a step (the row goes, a tombstone stays) and withdraws its realisation; returns the candidate's id. */
export function deleteStap(db: Db, id: string): string {
  const r = getRow(db, id);
  if (r.realisatie_id) deleteRealisatie(db, r.realisatie_id);
  verwijderMetGrafsteen(db, 'leerlijn_stap', id);
  return r.kandidaat_id;
}

/** Puts a candidate's steps in the given order; the list must name exactly their current steps. */
export function herorden(db: Db, kandidaatId: string, stapIds: string[]): void {
  const huidige = db
    .all<{ id: string }>('SELECT id FROM leerlijn_stap WHERE kandidaat_id = ? AND deleted_at IS NULL', [
      kandidaatId,
    ])
    .map((r) => r.id);
  if (
    huidige.length !== stapIds.length ||
    new Set(stapIds).size !== stapIds.length ||
    !stapIds.every((id) => huidige.includes(id))
  )
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'De volgorde past niet bij de stappen van deze kandidaat; vernieuw het scherm en probeer het opnieuw.',
    );
  stapIds.forEach((id, i) => {
    db.update('leerlijn_stap', id, { volgorde: i + 1 });
  });
}
