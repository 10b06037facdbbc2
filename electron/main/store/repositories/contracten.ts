import type { ContractInvoer } from '../../../../shared/api/schemas';
import type { Contract, SroiOverzicht, SroiRegel } from '../../../../shared/domain/contracten';
import {
  maakVerdeler,
  percentageOnredelijk,
  totaleVerplichting,
  verdeelNaarRato,
  verplichtingInPeriode,
} from '../../../../shared/domain/sroi';
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
  gemeente: r.naam.replace(/^Gemeente /, ''),
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
export function saveContract(db: Db, input: Omit<ContractInvoer, 'id'>, id?: string): string {
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

type Regels = Map<string, SroiRegel>;

function regel(map: Regels, id: string, naam: string): SroiRegel {
  let r = map.get(id);
  if (!r) {
    r = {
      id,
      naam,
      verplichtingCent: 0,
      gerealiseerdCent: 0,
      contracten: 0,
      gebundeld: false,
      aandeelInspanning: null,
      aandeelCapaciteit: null,
    };
    map.set(id, r);
  }
  return r;
}

/**
 * How a contract's amounts are shared over its gemeenten: by their share of the value, or equally
 * when any share is unknown or all known shares are zero (otherwise the amount would vanish).
 */
function gewichten(c: Contract): Record<string, number> {
  const allesBekend =
    c.opdrachtgevers.every((o) => o.aandeelCent !== null) &&
    c.opdrachtgevers.some((o) => (o.aandeelCent ?? 0) > 0);
  return Object.fromEntries(
    c.opdrachtgevers.map((o) => [o.gemeenteId, allesBekend ? (o.aandeelCent ?? 0) : 1]),
  );
}

function telOp(doel: Record<string, number>, bij: Record<string, number>): void {
  for (const [k, v] of Object.entries(bij)) doel[k] = (doel[k] ?? 0) + v;
}

/** Adds each provider's share of capacity (turnover when any provider has it, else FTE). */
function capaciteit(db: Db, perNemer: Regels): SroiOverzicht['capaciteitsmaat'] {
  const ids = [...perNemer.keys()];
  if (ids.length === 0) return null;
  const rows = db.all<{ id: string; jaaromzet_cent: number | null; fte: number | null }>(
    `SELECT id, jaaromzet_cent, fte FROM organisatie WHERE id IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
  const maat = rows.some((r) => r.jaaromzet_cent) ? 'jaaromzet' : rows.some((r) => r.fte) ? 'fte' : null;
  if (!maat) return null;
  const waarde = (r: (typeof rows)[number]) => (maat === 'jaaromzet' ? r.jaaromzet_cent : r.fte);
  const totaal = rows.reduce((s, r) => s + (waarde(r) ?? 0), 0);
  for (const r of rows) {
    const w = waarde(r);
    const target = perNemer.get(r.id);
    if (target) target.aandeelCapaciteit = w === null ? null : w / totaal;
  }
  return maat;
}

/**
 * The realisations in [van, tot] with only what the overview adds up: the same rows as
 * `listRealisaties(db, { van, tot })`, without its other columns and JSON per row, and unsorted
 * (sums of whole cents do not depend on the order).
 */
function realisatiesInPeriode(db: Db, van: string, tot: string) {
  return db.all<{
    opdrachtnemerId: string;
    opdrachtnemer: string;
    contractId: string | null;
    waardeCent: number;
  }>(
    `SELECT r.opdrachtnemer_id AS opdrachtnemerId, o.naam AS opdrachtnemer, r.contract_id AS contractId,
            r.waarde_cent AS waardeCent
       FROM realisatie r
       JOIN organisatie o ON o.id = r.opdrachtnemer_id
       JOIN menukaart_optie m ON m.id = r.menukaart_optie_id
      WHERE r.deleted_at IS NULL AND r.datum BETWEEN ? AND ?`,
    [van, tot],
  );
}

/**
 * Obligation and realisation in [van, tot]. Per provider: bundled contracts summed. Per gemeente:
 * each contract's obligation split by the opdrachtgevers' shares; a realisation follows its
 * contract when it names one, otherwise the provider's obligations per gemeente in the period.
 */
export function sroiOverzicht(db: Db, van: string, tot: string): SroiOverzicht {
  const perNemer: Regels = new Map();
  const perGemeente: Regels = new Map();
  const gemeenteNaam = new Map<string, string>();
  const contractGewichten = new Map<string, Record<string, number>>();
  const nemerGewichten = new Map<string, Record<string, number>>();
  let totaalCent = 0;
  for (const c of listContracten(db)) {
    contractGewichten.set(c.id, gewichten(c));
    for (const o of c.opdrachtgevers) gemeenteNaam.set(o.gemeenteId, o.gemeente);
    if (c.einddatum < van || c.startdatum > tot) continue;
    const inPeriode = verplichtingInPeriode(
      {
        waardeCent: c.waardeCent,
        percentageBp: c.sroiPercentageBp,
        vastBedragCent: c.sroiVastCent,
        startdatum: c.startdatum,
        einddatum: c.einddatum,
      },
      van,
      tot,
    );
    totaalCent += inPeriode;
    const nemer = regel(perNemer, c.opdrachtnemerId, c.opdrachtnemer);
    nemer.verplichtingCent += inPeriode;
    nemer.contracten += 1;
    nemer.gebundeld ||= c.gebundeld;
    const verdeeld = verdeelNaarRato(inPeriode, contractGewichten.get(c.id) ?? {});
    for (const o of c.opdrachtgevers) {
      const g = regel(perGemeente, o.gemeenteId, o.gemeente);
      g.verplichtingCent += verdeeld[o.gemeenteId] ?? 0;
      g.contracten += 1;
    }
    const eigen = nemerGewichten.get(c.opdrachtnemerId) ?? {};
    // Weigh by the obligation; a contract with none still ties the provider to its gemeenten.
    telOp(eigen, inPeriode > 0 ? verdeeld : Object.fromEntries(Object.keys(verdeeld).map((k) => [k, 0])));
    nemerGewichten.set(c.opdrachtnemerId, eigen);
  }

  let gerealiseerdCent = 0;
  let nietToegerekendCent = 0;
  // Thousands of realisations share a few hundred sets of weights: one splitter per set.
  const verdelers = new Map<
    Record<string, number>,
    ((bedragCent: number) => Record<string, number>) | null
  >();
  const verdelerVoor = (w: Record<string, number>) => {
    let v = verdelers.get(w);
    if (v === undefined) {
      const keys = Object.keys(w);
      // Weights that are all zero (contracts without an obligation) still split evenly.
      const gebruikt =
        keys.length > 0 && keys.every((k) => w[k] === 0) ? Object.fromEntries(keys.map((k) => [k, 1])) : w;
      v = keys.length === 0 ? null : maakVerdeler(gebruikt);
      verdelers.set(w, v);
    }
    return v;
  };
  for (const r of realisatiesInPeriode(db, van, tot)) {
    gerealiseerdCent += r.waardeCent;
    regel(perNemer, r.opdrachtnemerId, r.opdrachtnemer).gerealiseerdCent += r.waardeCent;
    const w = (r.contractId && contractGewichten.get(r.contractId)) || nemerGewichten.get(r.opdrachtnemerId);
    const verdeel = w ? verdelerVoor(w) : null;
    if (!verdeel) {
      nietToegerekendCent += r.waardeCent;
      continue;
    }
    const verdeeld = verdeel(r.waardeCent);
    for (const [gemeenteId, bedrag] of Object.entries(verdeeld))
      regel(perGemeente, gemeenteId, gemeenteNaam.get(gemeenteId) ?? '').gerealiseerdCent += bedrag;
  }

  for (const n of perNemer.values())
    n.aandeelInspanning = gerealiseerdCent > 0 ? n.gerealiseerdCent / gerealiseerdCent : null;
  const capaciteitsmaat = capaciteit(db, perNemer);
  // By name, then id: two providers with the same name keep one order whatever the rows' order.
  const sorteer = (m: Regels) =>
    [...m.values()].sort(
      (a, b) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return {
    van,
    tot,
    perOpdrachtnemer: sorteer(perNemer),
    perGemeente: sorteer(perGemeente),
    totaalCent,
    gerealiseerdCent,
    nietToegerekendCent,
    capaciteitsmaat,
  };
}
