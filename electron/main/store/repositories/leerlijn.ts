import type { PersoonlijkeBonus, Stap, StapGegevens, StapStatus } from '../../../../shared/domain/kandidaten';
import type { StapContext } from '../../../../shared/domain/leerlijn';
import type { Waarderingswijze } from '../../../../shared/domain/menukaart';
import type { GeleverdeStap } from '../../../../shared/domain/organisatie-pagina';
import type { Doelgroep } from '../../../../shared/domain/waardering';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { deleteWithTombstone } from '../grafsteen';

/**
 * The rows of the leerlijn: a candidate's ordered steps across organisations, each with the
 * realisation it earned and what its SROI rule needs to know. When a step counts and what its
 * realisation holds is decided in `shared/domain/leerlijn-realisatie.ts`; `services/leerlijn.ts`
 * keeps the two in line.
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

/** A step as stored, with its realisation and the context its SROI rule needs (but the table). */
export interface StapRij {
  stap: Omit<Stap, 'sroiUitleg'>;
  realisatie: { id: string | null; uitleg: string | null };
  context: Omit<StapContext, 'heeftTabel'>;
}

function toStapRij(r: Row): StapRij {
  return {
    stap: {
      id: r.id,
      kandidaatId: r.kandidaat_id,
      volgorde: r.volgorde,
      menukaartOptieId: r.menukaart_optie_id,
      optie: r.optie,
      optieCode: r.optie_code,
      organisatieId: r.organisatie_id,
      organisatie: r.organisatie,
      geplandStart: r.gepland_start,
      geplandEind: r.gepland_eind,
      start: r.start,
      eind: r.eind,
      urenPerWeek: r.uren_per_week,
      status: r.status,
      vastContract: r.vast_contract === 1,
      resultaat: r.resultaat,
      realisatieId: r.realisatie_id,
      waardeCent: r.waarde_cent,
    },
    realisatie: { id: r.realisatie_id, uitleg: r.realisatie_uitleg },
    context: {
      optie: { naam: r.optie, code: r.optie_code, waardering: r.waardering },
      organisatieSoort: r.organisatie_soort,
      uitkering: r.uitkering,
      persoonlijkeBonussen: JSON.parse(r.bonussen_json) as PersoonlijkeBonus[],
    },
  };
}

/** Steps in leerlijn order: of one candidate, or of everyone (grouped by candidate). */
export function listStapRijen(db: Db, kandidaatId?: string): StapRij[] {
  return db
    .all<Row>(
      `${SELECT} ${kandidaatId ? 'AND s.kandidaat_id = ?' : ''} ORDER BY k.code COLLATE NOCASE, s.volgorde`,
      kandidaatId ? [kandidaatId] : [],
    )
    .map(toStapRij);
}

export function getStapRij(db: Db, id: string): StapRij {
  const row = db.get<Row>(`${SELECT} AND s.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze stap bestaat niet (meer).');
  return toStapRij(row);
}

export function controleerKandidaat(db: Db, kandidaatId: string): void {
  if (!db.get('SELECT 1 FROM kandidaat WHERE id = ? AND deleted_at IS NULL', [kandidaatId]))
    throw new AppFault('NIET_GEVONDEN', 'Deze kandidaat bestaat niet (meer).');
}

export function controleerOrganisatie(db: Db, organisatieId: string | null): void {
  if (
    organisatieId &&
    !db.get('SELECT 1 FROM organisatie WHERE id = ? AND deleted_at IS NULL', [organisatieId])
  )
    throw new AppFault('ONGELDIGE_INVOER', 'De organisatie bestaat niet (meer).');
}

/** Writes a step: an update in place, a new one at the end of the leerlijn. Returns its id. */
export function schrijfStap(db: Db, kandidaatId: string, data: StapGegevens, id?: string): string {
  const values = {
    menukaart_optie_id: data.menukaartOptieId,
    organisatie_id: data.organisatieId,
    gepland_start: data.geplandStart,
    gepland_eind: data.geplandEind,
    start: data.start,
    eind: data.eind,
    uren_per_week: data.urenPerWeek,
    status: data.status,
    vast_contract: data.vastContract ? 1 : 0,
    resultaat: data.resultaat,
  };
  if (id) {
    db.update('leerlijn_stap', id, values);
    return id;
  }
  const laatste = db.get<{ n: number | null }>(
    'SELECT MAX(volgorde) AS n FROM leerlijn_stap WHERE kandidaat_id = ? AND deleted_at IS NULL',
    [kandidaatId],
  );
  return db.insert('leerlijn_stap', {
    ...values,
    kandidaat_id: kandidaatId,
    volgorde: (laatste?.n ?? 0) + 1,
  });
}

/** The ids of a candidate's steps, in leerlijn order. */
export function stapIdsVan(db: Db, kandidaatId: string): string[] {
  return db
    .all<{ id: string }>(
      'SELECT id FROM leerlijn_stap WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY volgorde',
      [kandidaatId],
    )
    .map((s) => s.id);
}

/** Tombstones a step (its realisation is withdrawn by the service). */
export function verwijderStap(db: Db, id: string): void {
  deleteWithTombstone(db, 'leerlijn_stap', id);
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

/** Running steps first, then planned, completed and broken off; by date and code within each. */
const STATUS_VOLGORDE = `CASE s.status WHEN 'lopend' THEN 0 WHEN 'gepland' THEN 1 WHEN 'afgerond' THEN 2 ELSE 3 END`;

/**
 * The steps one organisation delivers, across candidates. A candidate is named by code; the name
 * leaves the database only when `metNamen` asks for it.
 */
export function listStappenVanOrganisatie(db: Db, organisatieId: string, metNamen: boolean): GeleverdeStap[] {
  return db.all<GeleverdeStap>(
    `SELECT s.id, s.kandidaat_id AS kandidaatId, k.code AS kandidaatCode,
            ${metNamen ? 'k.naam' : 'NULL'} AS kandidaatNaam, m.naam AS optie, s.status,
            COALESCE(s.start, s.gepland_start) AS van, COALESCE(s.eind, s.gepland_eind) AS tot,
            r.waarde_cent AS waardeCent
       FROM leerlijn_stap s
       JOIN kandidaat k ON k.id = s.kandidaat_id
       JOIN menukaart_optie m ON m.id = s.menukaart_optie_id
       LEFT JOIN realisatie r ON r.bron = 'leerlijn' AND r.bron_id = s.id AND r.deleted_at IS NULL
      WHERE s.deleted_at IS NULL AND k.deleted_at IS NULL AND s.organisatie_id = ?
      ORDER BY ${STATUS_VOLGORDE}, van IS NULL, van, k.code COLLATE NOCASE`,
    [organisatieId],
  );
}

/** How many steps each organisation delivers, per status (organisations without steps left out). */
export function telStappenPerOrganisatie(
  db: Db,
): { organisatieId: string; status: StapStatus; aantal: number }[] {
  return db.all(
    `SELECT s.organisatie_id AS organisatieId, s.status, COUNT(*) AS aantal
       FROM leerlijn_stap s JOIN kandidaat k ON k.id = s.kandidaat_id
      WHERE s.deleted_at IS NULL AND k.deleted_at IS NULL AND s.organisatie_id IS NOT NULL
      GROUP BY s.organisatie_id, s.status`,
  );
}
