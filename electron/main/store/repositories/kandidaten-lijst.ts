import type {
  KandidaatRegel,
  KandidaatStatus,
  Trede,
  UitstroomSoort,
} from '../../../../shared/domain/kandidaten';
import { korteGemeenteOfNiets } from '../../../../shared/format/nl';
import type { Db } from '../database';
import { jsonRijen } from '../rijen/json-rijen';

/** A line as `stand` gives it, in its column order. */
type StandRij = [
  rowid: number,
  id: string,
  code: string,
  naam: string | null,
  initialen: string | null,
  gemeenteId: string | null,
  groepId: string | null,
  startdatum: string | null,
  status: KandidaatStatus,
  tredeStart: Trede | null,
  tredeNu: Trede | null,
  stapOptieId: string | null,
  stapOrganisatieId: string | null,
];

/**
 * Where each candidate is: the current step and the first and last rung, as `kandidaat_stand`
 * holds them with the step's option and organisation (kept by triggers, see migration 014).
 *
 * Why it looks like this (10,000 candidates, see BENCHMARKS.md): the lines come back as one JSON
 * value (`jsonRijen`), since handing each row over from sql.js cost more than the query. No ORDER
 * BY: table order; the code order comes from `bij`, as do the names and the outcome.
 */
const stand = (metNamen: boolean, en: string) => `
  SELECT json_group_array(json_array(k.rowid, k.id, k.code,
           ${metNamen ? 'k.naam, k.initialen' : 'NULL, NULL'}, k.gemeente_id, k.groep_id,
           k.startdatum, k.status, ks.trede_start, ks.trede_nu, ks.stap_optie_id, ks.stap_organisatie_id)) AS rijen
    FROM kandidaat k
    LEFT JOIN kandidaat_stand ks ON ks.kandidaat_id = k.id
   WHERE k.deleted_at IS NULL${en}`;

type Namen = [id: string, naam: string][];
type Bij = [
  organisaties: Namen,
  opties: Namen,
  groepen: Namen,
  uitstroom: [kandidaatId: string, soort: UitstroomSoort, datum: string][],
  laatsteTerugval: [kandidaatId: string, datum: string][],
  volgorde: number[],
];

/**
 * What the lines still need, in one statement (each statement has a fixed cost in sql.js, which
 * a group's short list would feel): the names (any organisation, also a removed one, and only
 * groups that still exist — as the joins had it), the outcomes and latest fallback of the listed
 * candidates, and the code order (ORDER BY code COLLATE NOCASE, ties by rowid; unfiltered straight
 * from its index, where removed candidates have no line). Parameters: the organisation ids as a
 * JSON array, then the filter's three times.
 */
const bij = (en: string) => {
  const alleen = en
    ? ` AND kandidaat_id IN (SELECT k.id FROM kandidaat k WHERE k.deleted_at IS NULL${en})`
    : '';
  return `
  SELECT json_array(
    json((SELECT json_group_array(json_array(id, naam)) FROM organisatie
           WHERE id IN (SELECT value FROM json_each(?)))),
    json((SELECT json_group_array(json_array(id, naam)) FROM menukaart_optie)),
    json((SELECT json_group_array(json_array(id, naam)) FROM groep WHERE deleted_at IS NULL)),
    json((SELECT json_group_array(json_array(kandidaat_id, soort, datum))
            FROM (SELECT kandidaat_id, soort, datum FROM uitstroom WHERE deleted_at IS NULL${alleen}
                   ORDER BY kandidaat_id, datum, created_at, rowid))),
    json((SELECT json_group_array(json_array(kandidaat_id, datum))
            FROM (SELECT kandidaat_id, max(datum) AS datum FROM terugval WHERE deleted_at IS NULL${alleen}
                   GROUP BY kandidaat_id))),
    json((SELECT json_group_array(rid)
            FROM (SELECT k.rowid AS rid FROM kandidaat k ${en ? `WHERE 1${en}` : ''} ORDER BY k.code COLLATE NOCASE)))
  ) AS rijen`;
};

/**
 * The outcome that holds now per candidate (as `huidigeUitstroom`): the latest one (the last in
 * date, then entry order), unless a fallback came on or after its date.
 */
function huidigeUitstroom(uitstroom: Bij[3], laatsteTerugval: Bij[4]): Map<string, UitstroomSoort> {
  const laatste = new Map<string, { soort: UitstroomSoort; datum: string }>();
  for (const [kandidaatId, soort, datum] of uitstroom) laatste.set(kandidaatId, { soort, datum });
  const terugval = new Map(laatsteTerugval);
  const uit = new Map<string, UitstroomSoort>();
  for (const [kandidaatId, u] of laatste) {
    const t = terugval.get(kandidaatId);
    if (t === undefined || t < u.datum) uit.set(kandidaatId, u.soort);
  }
  return uit;
}

/**
 * One line per candidate with where they are now, in code order. Names are personal data: they
 * leave the database only when the caller asks for them (the user switched "Namen tonen" on).
 */
/** Which candidates the list shows, and whether with their names. */
export interface KandidatenFilter {
  groepId?: string | undefined;
  status?: KandidaatStatus | undefined;
  metNamen: boolean;
}

export function listKandidaten(db: Db, filter: KandidatenFilter): KandidaatRegel[] {
  const voorwaarden: string[] = [];
  const params: string[] = [];
  if (filter.groepId) {
    voorwaarden.push('k.groep_id = ?');
    params.push(filter.groepId);
  }
  if (filter.status) {
    voorwaarden.push('k.status = ?');
    params.push(filter.status);
  }
  const en = voorwaarden.map((w) => ` AND ${w}`).join('');
  const rijen = new Map(jsonRijen<StandRij>(db, stand(filter.metNamen, en), params).map((r) => [r[0], r]));
  // Only the organisations named in the list: the gemeente (5) and the step's organisation (12).
  const orgIds = new Set<string>();
  for (const r of rijen.values()) {
    if (r[5] !== null) orgIds.add(r[5]);
    if (r[12] !== null) orgIds.add(r[12]);
  }
  const [orgs, opties, groepen, uitstroom, terugval, volgorde] = jsonRijen<Bij[number]>(db, bij(en), [
    JSON.stringify([...orgIds]),
    ...params,
    ...params,
    ...params,
  ]) as Bij;
  const organisatie = new Map(orgs);
  const optie = new Map(opties);
  const groep = new Map(groepen);
  const uitkomst = huidigeUitstroom(uitstroom, terugval);
  const naam = (map: Map<string, string>, id: string | null) => (id === null ? null : (map.get(id) ?? null));
  // A handful of gemeenten for thousands of lines: shorten each name once.
  const gemeenteKort = new Map<string | null, string | null>();
  const gemeente = (id: string | null) => {
    let kort = gemeenteKort.get(id);
    if (kort === undefined) {
      kort = korteGemeenteOfNiets(naam(organisatie, id));
      gemeenteKort.set(id, kort);
    }
    return kort;
  };

  const uit: KandidaatRegel[] = [];
  for (const rowid of volgorde) {
    const r = rijen.get(rowid);
    if (!r) continue;
    const [
      ,
      id,
      code,
      naamKandidaat,
      initialen,
      gemeenteId,
      groepId,
      startdatum,
      status,
      start,
      nu,
      optieId,
      orgId,
    ] = r;
    const stap = naam(optie, optieId);
    uit.push({
      id,
      code,
      naam: naamKandidaat,
      initialen,
      gemeente: gemeente(gemeenteId),
      groepId,
      groep: naam(groep, groepId),
      status,
      startdatum,
      huidigeStap: stap,
      huidigeStapOrganisatie: stap === null ? null : naam(organisatie, orgId),
      tredeStart: start,
      tredeNu: nu,
      uitstroom: uitkomst.get(id) ?? null,
    });
  }
  return uit;
}
