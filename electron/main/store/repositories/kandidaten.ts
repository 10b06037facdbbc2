import { randomInt } from 'node:crypto';
import type { KandidaatFilter } from '../../../../shared/api/schemas-kandidaten';
import {
  type Kandidaat,
  type KandidaatDossier,
  type KandidaatGegevens,
  type KandidaatRegel,
  type KandidaatStatus,
  ladderBeweging,
  type PersoonlijkeBonus,
  type Trede,
  type Uitkering,
  type UitstroomSoort,
} from '../../../../shared/domain/kandidaten';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { listStappen, werkRealisatiesVanKandidaatBij } from './leerlijn';
import { getPlan } from './plan';
import { listMetingen, listTerugval, listUitstroom } from './voortgang';

interface Row {
  id: string;
  code: string;
  naam: string | null;
  initialen: string | null;
  gemeente_id: string | null;
  gemeente: string | null;
  uitkering: Uitkering | null;
  klantmanager: string | null;
  begeleider_naam: string | null;
  begeleider_organisatie_id: string | null;
  begeleider_organisatie: string | null;
  groep_id: string | null;
  groep: string | null;
  startdatum: string | null;
  status: KandidaatStatus;
  bonussen_json: string;
  einddatum: string | null;
}

const SELECT = `
  SELECT k.id, k.code, k.naam, k.initialen, k.gemeente_id, g.naam AS gemeente, k.uitkering,
         k.klantmanager, k.begeleider_naam, k.begeleider_organisatie_id, b.naam AS begeleider_organisatie,
         k.groep_id, gr.naam AS groep, k.startdatum, k.status, k.bonussen_json, k.einddatum
    FROM kandidaat k
    LEFT JOIN organisatie g ON g.id = k.gemeente_id
    LEFT JOIN organisatie b ON b.id = k.begeleider_organisatie_id
    LEFT JOIN groep gr ON gr.id = k.groep_id AND gr.deleted_at IS NULL
   WHERE k.deleted_at IS NULL`;

const korteGemeente = (naam: string | null) => naam?.replace(/^Gemeente /, '') ?? null;

const toKandidaat = (r: Row): Kandidaat => ({
  id: r.id,
  code: r.code,
  naam: r.naam,
  initialen: r.initialen,
  gemeenteId: r.gemeente_id,
  gemeente: korteGemeente(r.gemeente),
  uitkering: r.uitkering,
  klantmanager: r.klantmanager,
  begeleiderNaam: r.begeleider_naam,
  begeleiderOrganisatieId: r.begeleider_organisatie_id,
  begeleiderOrganisatie: r.begeleider_organisatie,
  groepId: r.groep_id,
  groep: r.groep,
  startdatum: r.startdatum,
  status: r.status,
  bonussen: JSON.parse(r.bonussen_json) as PersoonlijkeBonus[],
  einddatum: r.einddatum,
});

export function getKandidaat(db: Db, id: string): Kandidaat {
  const row = db.get<Row>(`${SELECT} AND k.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze kandidaat bestaat niet (meer).');
  return toKandidaat(row);
}

export function kandidaatMetCode(db: Db, code: string): { id: string } | undefined {
  return db.get<{ id: string }>('SELECT id FROM kandidaat WHERE code = ? COLLATE NOCASE', [code]);
}

interface RegelRow extends Row {
  stap_optie: string | null;
  stap_organisatie: string | null;
  trede_start: Trede | null;
  trede_nu: Trede | null;
  uitstroom: UitstroomSoort | null;
}

/**
 * Where each candidate is now, computed per candidate with index seeks instead of loading every
 * step and measurement: the current step (the first running one in leerlijn order, else the first
 * planned, else the last — as `huidigeStap`), the first and last ladder measurement (as
 * `ladderBeweging`) and the outcome that holds now (the latest one, unless a fallback came on or
 * after it — as `huidigeUitstroom`).
 */
const STAND = `
  SELECT x.id, x.code, x.naam, x.initialen, x.gemeente, x.groep_id, x.groep, x.startdatum, x.status,
         x.trede_start, x.trede_nu, x.uitstroom, sm.naam AS stap_optie, so.naam AS stap_organisatie FROM (
    SELECT k.id, k.code, k.naam, k.initialen, g.naam AS gemeente, k.groep_id, gr.naam AS groep,
           k.startdatum, k.status,
           COALESCE(
             (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
                 AND s.status = 'lopend' ORDER BY s.volgorde LIMIT 1),
             (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
                 AND s.status = 'gepland' ORDER BY s.volgorde LIMIT 1),
             (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
               ORDER BY s.volgorde DESC LIMIT 1)) AS stap_id,
           (SELECT m.trede FROM ladder_meting m WHERE m.kandidaat_id = k.id AND m.deleted_at IS NULL
             ORDER BY m.datum, m.created_at LIMIT 1) AS trede_start,
           (SELECT m.trede FROM ladder_meting m WHERE m.kandidaat_id = k.id AND m.deleted_at IS NULL
             ORDER BY m.datum DESC, m.created_at DESC LIMIT 1) AS trede_nu,
           (SELECT CASE WHEN EXISTS (SELECT 1 FROM terugval t WHERE t.kandidaat_id = k.id
                                        AND t.deleted_at IS NULL AND t.datum >= u.datum)
                        THEN NULL ELSE u.soort END
              FROM uitstroom u WHERE u.kandidaat_id = k.id AND u.deleted_at IS NULL
             ORDER BY u.datum DESC, u.created_at DESC LIMIT 1) AS uitstroom
      FROM kandidaat k
      LEFT JOIN organisatie g ON g.id = k.gemeente_id
      LEFT JOIN groep gr ON gr.id = k.groep_id AND gr.deleted_at IS NULL
     WHERE k.deleted_at IS NULL`;

/**
 * One line per candidate with where they are now. Names are personal data: they leave the
 * database only when the caller asks for them (the user switched "Namen tonen" on).
 */
export function listKandidaten(db: Db, filter: KandidaatFilter): KandidaatRegel[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.groepId) {
    where.push('k.groep_id = ?');
    params.push(filter.groepId);
  }
  if (filter.status) {
    where.push('k.status = ?');
    params.push(filter.status);
  }
  const rows = db.all<RegelRow>(
    `${STAND}${where.map((w) => ` AND ${w}`).join('')}) x
      LEFT JOIN leerlijn_stap st ON st.id = x.stap_id
      LEFT JOIN menukaart_optie sm ON sm.id = st.menukaart_optie_id
      LEFT JOIN organisatie so ON so.id = st.organisatie_id
     ORDER BY x.code COLLATE NOCASE`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    naam: filter.metNamen ? r.naam : null,
    initialen: filter.metNamen ? r.initialen : null,
    gemeente: korteGemeente(r.gemeente),
    groepId: r.groep_id,
    groep: r.groep,
    status: r.status,
    startdatum: r.startdatum,
    huidigeStap: r.stap_optie,
    huidigeStapOrganisatie: r.stap_optie === null ? null : r.stap_organisatie,
    tredeStart: r.trede_start,
    tredeNu: r.trede_nu,
    uitstroom: r.uitstroom,
  }));
}

export function getDossier(db: Db, id: string, metNamen = false): KandidaatDossier {
  const volledig = getKandidaat(db, id);
  const metingen = listMetingen(db, id);
  return {
    kandidaat: metNamen ? volledig : zonderNaam(volledig),
    naamVerborgen: !metNamen && (volledig.naam !== null || volledig.initialen !== null),
    plan: getPlan(db, id),
    stappen: listStappen(db, id),
    metingen: metingen.map(({ kandidaatId: _, ...m }) => m),
    beweging: ladderBeweging(metingen),
    uitstroom: listUitstroom(db, id),
    terugval: listTerugval(db, id),
  };
}

/** The record without name and initials: what leaves main unless names were asked for. */
export const zonderNaam = (k: Kandidaat): Kandidaat => ({ ...k, naam: null, initialen: null });

// Letters and digits that cannot be mistaken for each other when read aloud or written down.
const CODE_TEKENS = 'ACDEFGHJKLMNPQRTUVWXY34679';

/** A fresh pseudonym like "K-7RQM": random, so it says nothing about the person or the order of entry. */
function nieuweCode(db: Db): string {
  for (;;) {
    let code = 'K-';
    for (let i = 0; i < 4; i++) code += CODE_TEKENS[randomInt(CODE_TEKENS.length)];
    if (!kandidaatMetCode(db, code)) return code;
  }
}

function controleer(db: Db, data: Omit<KandidaatGegevens, 'naam' | 'initialen'>): void {
  const soort = (id: string | null) =>
    id
      ? db.get<{ soort: string }>('SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL', [id])
          ?.soort
      : null;
  if (data.gemeenteId && soort(data.gemeenteId) !== 'gemeente')
    throw new AppFault('ONGELDIGE_INVOER', 'Kies als gemeente een gemeente uit de lijst.');
  if (data.begeleiderOrganisatieId && !soort(data.begeleiderOrganisatieId))
    throw new AppFault('ONGELDIGE_INVOER', 'De organisatie van de begeleider bestaat niet (meer).');
  if (data.groepId && !db.get('SELECT 1 FROM groep WHERE id = ? AND deleted_at IS NULL', [data.groepId]))
    throw new AppFault('ONGELDIGE_INVOER', 'De groep bestaat niet (meer).');
}

/** Adds or updates a candidate; a new one gets a generated pseudonym unless `code` is given (import). */
/** Name and initials may be left out (undefined) when changing: then they stay as stored. */
export type KandidaatOpslag = Omit<KandidaatGegevens, 'naam' | 'initialen'> & {
  naam?: string | null;
  initialen?: string | null;
};

export function saveKandidaat(db: Db, data: KandidaatOpslag, id?: string, code?: string): string {
  controleer(db, data);
  const values = {
    ...(data.naam !== undefined || !id ? { naam: data.naam ?? null } : {}),
    ...(data.initialen !== undefined || !id ? { initialen: data.initialen ?? null } : {}),
    gemeente_id: data.gemeenteId,
    uitkering: data.uitkering,
    klantmanager: data.klantmanager,
    begeleider_naam: data.begeleiderNaam,
    begeleider_organisatie_id: data.begeleiderOrganisatieId,
    groep_id: data.groepId,
    startdatum: data.startdatum,
    status: data.status,
    bonussen_json: JSON.stringify(data.bonussen),
    einddatum: data.einddatum,
  };
  if (id) {
    getKandidaat(db, id);
    db.update('kandidaat', id, values);
    // The uitkering and personal bonuses are input of the realisations the steps earned.
    werkRealisatiesVanKandidaatBij(db, id);
    return id;
  }
  if (code && kandidaatMetCode(db, code))
    throw new AppFault('ONGELDIGE_INVOER', `Er is al een kandidaat met de code ${code}.`);
  return db.insert('kandidaat', { ...values, code: code ?? nieuweCode(db) });
}

/** Sets status and end date together, e.g. after an outcome or a fallback. */
export function zetTrajectstand(db: Db, id: string, status: KandidaatStatus, einddatum: string | null): void {
  db.update('kandidaat', id, { status, einddatum });
}
