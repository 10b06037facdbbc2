import type { ContractInvoer } from '../../../../shared/api/schemas';
import type { Contract, SroiOverzicht, SroiRegel } from '../../../../shared/domain/contracten';
import {
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

function opdrachtgevers(db: Db, contractId: string): Contract['opdrachtgevers'] {
  return db
    .all<{ gemeente_id: string; naam: string; aandeel_cent: number | null }>(
      `SELECT og.gemeente_id, g.naam, og.aandeel_cent
         FROM contract_opdrachtgever og JOIN organisatie g ON g.id = og.gemeente_id
        WHERE og.contract_id = ? AND og.deleted_at IS NULL
        ORDER BY g.naam COLLATE NOCASE`,
      [contractId],
    )
    .map((r) => ({
      gemeenteId: r.gemeente_id,
      gemeente: r.naam.replace(/^Gemeente /, ''),
      aandeelCent: r.aandeel_cent,
    }));
}

function toContract(db: Db, r: Row): Contract {
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
    opdrachtgevers: opdrachtgevers(db, r.id),
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
  return db.all<Row>(`${SELECT} ORDER BY o.naam COLLATE NOCASE, c.startdatum`).map((r) => toContract(db, r));
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

function optellen(map: Map<string, SroiRegel>, id: string, naam: string, bedrag: number, gebundeld: boolean) {
  const regel = map.get(id) ?? { id, naam, verplichtingCent: 0, contracten: 0, gebundeld: false };
  regel.verplichtingCent += bedrag;
  regel.contracten += 1;
  regel.gebundeld ||= gebundeld;
  map.set(id, regel);
}

/**
 * The obligation that falls in [van, tot], per provider (bundled contracts summed) and per gemeente
 * (each contract split by the opdrachtgevers' shares of its value; equal shares when none are given).
 */
export function sroiOverzicht(db: Db, van: string, tot: string): SroiOverzicht {
  const perNemer = new Map<string, SroiRegel>();
  const perGemeente = new Map<string, SroiRegel>();
  let totaalCent = 0;
  for (const c of listContracten(db)) {
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
    if (inPeriode === 0 && (c.einddatum < van || c.startdatum > tot)) continue;
    totaalCent += inPeriode;
    optellen(perNemer, c.opdrachtnemerId, c.opdrachtnemer, inPeriode, c.gebundeld);
    // Equal shares when any share is unknown, or when the known shares add up to nothing (all 0):
    // otherwise the obligation would vanish from the per-gemeente totals.
    const allesBekend =
      c.opdrachtgevers.every((o) => o.aandeelCent !== null) &&
      c.opdrachtgevers.some((o) => (o.aandeelCent ?? 0) > 0);
    const gewichten = Object.fromEntries(
      c.opdrachtgevers.map((o) => [o.gemeenteId, allesBekend ? (o.aandeelCent ?? 0) : 1]),
    );
    const verdeeld = verdeelNaarRato(inPeriode, gewichten);
    for (const o of c.opdrachtgevers)
      optellen(perGemeente, o.gemeenteId, o.gemeente, verdeeld[o.gemeenteId] ?? 0, false);
  }
  const sorteer = (m: Map<string, SroiRegel>) =>
    [...m.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return { van, tot, perOpdrachtnemer: sorteer(perNemer), perGemeente: sorteer(perGemeente), totaalCent };
}
