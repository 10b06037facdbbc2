import { saveKandidaat } from '../../../electron/main/services/kandidaten';
import { saveStap } from '../../../electron/main/services/leerlijn';
import type { Db } from '../../../electron/main/store/database';
import type { PlanInvoer, StapInvoer } from '../../../shared/api/schemas-kandidaten';
import type { KandidaatGegevens } from '../../../shared/domain/kandidaten';
import { LEEG_PLAN } from '../../../shared/domain/kandidaten';
import { optieId } from './sroi';

/** Candidate input with everything empty and status "actief"; fill in what the test needs. */
export function kandidaatGegevens(over: Partial<KandidaatGegevens> = {}): KandidaatGegevens {
  return {
    naam: null,
    initialen: null,
    gemeenteId: null,
    uitkering: null,
    klantmanager: null,
    begeleiderNaam: null,
    begeleiderOrganisatieId: null,
    groepId: null,
    startdatum: null,
    status: 'actief',
    bonussen: [],
    einddatum: null,
    ...over,
  };
}

/** Adds a candidate and returns its id. */
export function nieuweKandidaat(db: Db, over: Partial<KandidaatGegevens> = {}, code?: string): string {
  return saveKandidaat(db, kandidaatGegevens(over), undefined, code);
}

/** The stored code of a candidate. */
export function codeVan(db: Db, kandidaatId: string): string {
  const row = db.get<{ code: string }>('SELECT code FROM kandidaat WHERE id = ?', [kandidaatId]);
  if (!row) throw new Error('Kandidaat ontbreekt.');
  return row.code;
}

/** Step input for a menukaart option by code: planned, no dates, no organisation, unless told. */
export function stapInvoer(
  db: Db,
  kandidaatId: string,
  code: string,
  over: Partial<StapInvoer> = {},
): StapInvoer {
  return {
    kandidaatId,
    menukaartOptieId: optieId(db, code),
    organisatieId: null,
    geplandStart: null,
    geplandEind: null,
    start: null,
    eind: null,
    urenPerWeek: null,
    status: 'gepland',
    vastContract: false,
    resultaat: null,
    ...over,
  };
}

/** A paid job worked in the first half of 2026, 24 hours a week, finished: it yields a realisation. */
export function afgerondeBaan(db: Db, kandidaatId: string, over: Partial<StapInvoer> = {}): StapInvoer {
  return stapInvoer(db, kandidaatId, 'betaalde_baan', {
    start: '2026-01-01',
    eind: '2026-06-30',
    urenPerWeek: 24,
    status: 'afgerond',
    ...over,
  });
}

/** Saves a new step and returns its id (the newest live step of the candidate). */
export function nieuweStap(
  db: Db,
  kandidaatId: string,
  code: string,
  over: Partial<StapInvoer> = {},
): string {
  saveStap(db, stapInvoer(db, kandidaatId, code, over));
  const row = db.get<{ id: string }>(
    `SELECT id FROM leerlijn_stap WHERE kandidaat_id = ? AND deleted_at IS NULL
      ORDER BY volgorde DESC LIMIT 1`,
    [kandidaatId],
  );
  if (!row) throw new Error('Stap ontbreekt.');
  return row.id;
}

/** An empty persoonlijk plan for a candidate, with what the test fills in. */
export function planInvoer(kandidaatId: string, over: Partial<PlanInvoer> = {}): PlanInvoer {
  return { kandidaatId, ...LEEG_PLAN, ...over };
}

/** Counts rows (SELECT COUNT(*) AS n ...). */
export const telRijen = (db: Db, sql: string, params: (string | null)[] = []) =>
  Number(db.get<{ n: number }>(sql, params)?.n);
