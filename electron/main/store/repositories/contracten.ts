import type { Contract, ContractGegevens, SroiOverzicht } from '../../../../shared/domain/contracten';
import { percentageOnredelijk, totaleVerplichting } from '../../../../shared/domain/sroi';
import {
  type Capaciteitsgegevens,
  metCapaciteit,
  type SroiRealisatieBedrag,
  verdeelSroi,
} from '../../../../shared/domain/sroi-overzicht';
import { korteGemeente } from '../../../../shared/format/nl';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface Row {
  id: string;
  naam: string;
  opdrachtnemer_id: string;
  opdrachtnemer: string;
  startdatum: string;
  einddatum: string;
  waarde_cent: number;
  sroi_percentage_bp: number | null;
  sroi_vast_cent: number | null;
  loonaandeel_bp: number | null;
  gebundeld: number;
}

const SELECT = `
  SELECT c.id, c.naam, c.opdrachtnemer_id, o.naam AS opdrachtnemer, c.startdatum, c.einddatum, c.waarde_cent,
         c.sroi_percentage_bp, c.sroi_vast_cent, c.loonaandeel_bp, c.gebundeld
    FROM contract c JOIN organisatie o ON o.id = c.opdrachtnemer_id
   WHERE c.deleted_at IS NULL AND c.gearchiveerd_op IS NULL`;

type Opdrachtgevers = Contract['opdrachtgevers'];

const OPDRACHTGEVERS = `
  SELECT og.contract_id, og.gemeente_id, g.naam, og.aandeel_cent
    FROM contract_opdrachtgever og JOIN organisatie g ON g.id = og.gemeente_id
   WHERE og.deleted_at IS NULL`;

interface OpdrachtgeverRow {
  contract_id: string;
  gemeente_id: string;
  naam: string;
  aandeel_cent: number | null;
}

const toOpdrachtgever = (r: OpdrachtgeverRow): Opdrachtgevers[number] => ({
  gemeenteId: r.gemeente_id,
  gemeente: korteGemeente(r.naam),
  aandeelCent: r.aandeel_cent,
});

function opdrachtgevers(db: Db, contractId: string): Opdrachtgevers {
  return db
    .all<OpdrachtgeverRow>(`${OPDRACHTGEVERS} AND og.contract_id = ? ORDER BY g.naam COLLATE NOCASE`, [
      contractId,
    ])
    .map(toOpdrachtgever);
}

/** The opdrachtgevers of every contract in one query (not one per contract), by contract. */
function alleOpdrachtgevers(db: Db): Map<string, Opdrachtgevers> {
  const per = new Map<string, Opdrachtgevers>();
  for (const r of db.all<OpdrachtgeverRow>(`${OPDRACHTGEVERS} ORDER BY g.naam COLLATE NOCASE`)) {
    const lijst = per.get(r.contract_id);
    if (lijst) lijst.push(toOpdrachtgever(r));
    else per.set(r.contract_id, [toOpdrachtgever(r)]);
  }
  return per;
}

function toContract(db: Db, r: Row, vooraf?: Map<string, Opdrachtgevers>): Contract {
  const basis = {
    waardeCent: r.waarde_cent,
    percentageBp: r.sroi_percentage_bp,
    vastBedragCent: r.sroi_vast_cent,
    startdatum: r.startdatum,
    einddatum: r.einddatum,
  };
  return {
    id: r.id,
    naam: r.naam,
    opdrachtnemerId: r.opdrachtnemer_id,
    opdrachtnemer: r.opdrachtnemer,
    opdrachtgevers: vooraf ? (vooraf.get(r.id) ?? []) : opdrachtgevers(db, r.id),
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    waardeCent: r.waarde_cent,
    sroiPercentageBp: r.sroi_percentage_bp,
    sroiVastCent: r.sroi_vast_cent,
    loonaandeelBp: r.loonaandeel_bp,
    gebundeld: r.gebundeld === 1,
    verplichtingCent: totaleVerplichting(basis),
    percentageOnredelijk: percentageOnredelijk(r.sroi_percentage_bp, r.loonaandeel_bp),
  };
}

export function listContracten(db: Db): Contract[] {
  const rows = db.all<Row>(`${SELECT} ORDER BY o.naam COLLATE NOCASE, c.startdatum`);
  if (rows.length === 0) return [];
  const vooraf = alleOpdrachtgevers(db);
  return rows.map((r) => toContract(db, r, vooraf));
}

export function getContract(db: Db, id: string): Contract {
  const row = db.get<Row>(`${SELECT} AND c.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Dit contract bestaat niet (meer).');
  return toContract(db, row);
}

function soortVan(db: Db, id: string): string | undefined {
  return db.get<{ soort: string }>('SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL', [id])
    ?.soort;
}

/** Inserts or updates a contract and replaces its opdrachtgevers. Returns its id. */
export function saveContract(db: Db, input: ContractGegevens, id?: string): string {
  const nemer = soortVan(db, input.opdrachtnemerId);
  if (!nemer) throw new AppFault('ONGELDIGE_INVOER', 'De opdrachtnemer bestaat niet (meer).');
  if (nemer === 'gemeente')
    throw new AppFault('ONGELDIGE_INVOER', 'Een gemeente kan geen opdrachtnemer zijn.');
  for (const { gemeenteId } of input.opdrachtgevers) {
    if (soortVan(db, gemeenteId) !== 'gemeente') {
      throw new AppFault('ONGELDIGE_INVOER', 'Een opdrachtgever moet een gemeente uit deze werkgroep zijn.');
    }
  }
  const values = {
    naam: input.naam,
    opdrachtnemer_id: input.opdrachtnemerId,
    startdatum: input.startdatum,
    einddatum: input.einddatum,
    waarde_cent: input.waardeCent,
    sroi_percentage_bp: input.sroiPercentageBp,
    sroi_vast_cent: input.sroiVastCent,
    loonaandeel_bp: input.loonaandeelBp,
    gebundeld: input.gebundeld ? 1 : 0,
  };
  let contractId: string;
  if (id) {
    getContract(db, id);
    db.update('contract', id, values);
    contractId = id;
  } else {
    contractId = db.insert('contract', values);
  }
  db.replaceChildren(
    'contract_opdrachtgever',
    'contract_id',
    contractId,
    input.opdrachtgevers.map((o) => ({ gemeente_id: o.gemeenteId, aandeel_cent: o.aandeelCent })),
  );
  return contractId;
}

/**
 * The realisations in [van, tot] with only what the overview adds up: the same rows as
 * `listRealisaties(db, { van, tot })`, without its other columns and JSON per row, and unsorted
 * (sums of whole cents do not depend on the order).
 */
function realisatiesInPeriode(db: Db, van: string, tot: string): SroiRealisatieBedrag[] {
  return db.all<SroiRealisatieBedrag>(
    `SELECT r.opdrachtnemer_id AS opdrachtnemerId, o.naam AS opdrachtnemer, r.contract_id AS contractId,
            r.waarde_cent AS waardeCent
       FROM realisatie r
       JOIN organisatie o ON o.id = r.opdrachtnemer_id
       JOIN menukaart_optie m ON m.id = r.menukaart_optie_id
      WHERE r.deleted_at IS NULL AND r.datum BETWEEN ? AND ?`,
    [van, tot],
  );
}

/** The SROI overview of [van, tot] (the arithmetic is `shared/domain/sroi-overzicht.ts`). */
export function sroiOverzicht(db: Db, van: string, tot: string): SroiOverzicht {
  const verdeling = verdeelSroi(listContracten(db), realisatiesInPeriode(db, van, tot), van, tot);
  return metCapaciteit(verdeling, capaciteitVan(db, verdeling.capaciteitVoor));
}

/** The capacity of the given organisations (turnover, FTE). */
function capaciteitVan(db: Db, ids: string[]): Capaciteitsgegevens[] {
  if (ids.length === 0) return [];
  return db.all<Capaciteitsgegevens>(
    `SELECT id, jaaromzet_cent AS jaaromzetCent, fte FROM organisatie WHERE id IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
}
