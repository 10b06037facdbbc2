import type { Capaciteitsmaat, Contract, SroiOverzicht, SroiRegel } from './contracten';
import { maakVerdeler, verdeelNaarRato, verplichtingInPeriode } from './sroi';

/**
 * The SROI overview as arithmetic over plain rows: obligation and realisation in [van, tot], per
 * provider and per gemeente. Per provider: bundled contracts summed. Per gemeente: each contract's
 * obligation split by the opdrachtgevers' shares; a realisation follows its contract when it names
 * one, otherwise the provider's obligations per gemeente in the period. Amounts in whole cents; a
 * split always sums to the cent (shared/domain/sroi.ts).
 */

/** What the overview adds up of one realisation. */
export interface SroiRealisatieBedrag {
  opdrachtnemerId: string;
  opdrachtnemer: string;
  contractId: string | null;
  waardeCent: number;
}

/** An organisation's capacity, for the "naar rato" comparison. */
export interface Capaciteitsgegevens {
  id: string;
  jaaromzetCent: number | null;
  fte: number | null;
}

type Regels = Map<string, SroiRegel>;

/** The overview before the capacity shares: `capaciteitVoor` names whose capacity is needed. */
export interface SroiVerdeling {
  overzicht: Omit<SroiOverzicht, 'capaciteitsmaat'>;
  /** The providers in the overview, in the order their capacity is added up. */
  capaciteitVoor: string[];
}

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
export function gewichtenVanContract(c: Pick<Contract, 'opdrachtgevers'>): Record<string, number> {
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

// By name, then id: two providers with the same name keep one order whatever the rows' order.
const sorteer = (m: Regels) =>
  [...m.values()].sort(
    (a, b) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

/** Obligations and realisations in the period, split per provider and per gemeente. */
export function verdeelSroi(
  contracten: readonly Contract[],
  realisaties: Iterable<SroiRealisatieBedrag>,
  van: string,
  tot: string,
): SroiVerdeling {
  const perNemer: Regels = new Map();
  const perGemeente: Regels = new Map();
  const gemeenteNaam = new Map<string, string>();
  const contractGewichten = new Map<string, Record<string, number>>();
  const nemerGewichten = new Map<string, Record<string, number>>();
  let totaalCent = 0;
  for (const c of contracten) {
    contractGewichten.set(c.id, gewichtenVanContract(c));
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
  for (const r of realisaties) {
    gerealiseerdCent += r.waardeCent;
    regel(perNemer, r.opdrachtnemerId, r.opdrachtnemer).gerealiseerdCent += r.waardeCent;
    const w = (r.contractId && contractGewichten.get(r.contractId)) || nemerGewichten.get(r.opdrachtnemerId);
    const verdeel = w ? verdelerVoor(w) : null;
    if (!verdeel) {
      nietToegerekendCent += r.waardeCent;
      continue;
    }
    for (const [gemeenteId, bedrag] of Object.entries(verdeel(r.waardeCent)))
      regel(perGemeente, gemeenteId, gemeenteNaam.get(gemeenteId) ?? '').gerealiseerdCent += bedrag;
  }

  for (const n of perNemer.values())
    n.aandeelInspanning = gerealiseerdCent > 0 ? n.gerealiseerdCent / gerealiseerdCent : null;
  return {
    overzicht: {
      van,
      tot,
      perOpdrachtnemer: sorteer(perNemer),
      perGemeente: sorteer(perGemeente),
      totaalCent,
      gerealiseerdCent,
      nietToegerekendCent,
    },
    capaciteitVoor: [...perNemer.keys()],
  };
}

/**
 * Adds each provider's share of capacity: by turnover when any provider in the overview has it,
 * else by FTE; `capaciteit` holds the providers of `capaciteitVoor`, summed in its order.
 */
export function metCapaciteit(
  verdeling: SroiVerdeling,
  capaciteit: readonly Capaciteitsgegevens[],
): SroiOverzicht {
  const { overzicht } = verdeling;
  const maat: Capaciteitsmaat | null = capaciteit.some((r) => r.jaaromzetCent)
    ? 'jaaromzet'
    : capaciteit.some((r) => r.fte)
      ? 'fte'
      : null;
  if (maat) {
    const waarde = (r: Capaciteitsgegevens) => (maat === 'jaaromzet' ? r.jaaromzetCent : r.fte);
    const totaal = capaciteit.reduce((s, r) => s + (waarde(r) ?? 0), 0);
    const perId = new Map(overzicht.perOpdrachtnemer.map((r) => [r.id, r]));
    for (const r of capaciteit) {
      const w = waarde(r);
      const target = perId.get(r.id);
      if (target) target.aandeelCapaciteit = w === null ? null : w / totaal;
    }
  }
  return { ...overzicht, capaciteitsmaat: maat };
}
