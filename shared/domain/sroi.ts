/**
 * SROI obligation rules. Money is integer cents; percentages are hundredths of a percent
 * (basis points: 5 % = 500) so no rule ever rounds a float it cannot show.
 */

export interface Verplichtingsbasis {
  waardeCent: number;
  /** SROI percentage in basis points, or null when a fixed amount applies. */
  percentageBp: number | null;
  /** A fixed SROI amount for the whole contract; wins over the percentage. */
  vastBedragCent: number | null;
  /** Contract period, ISO dates, both inclusive. */
  startdatum: string;
  einddatum: string;
}

const DAG = 86_400_000;
const dagnummer = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAG);

/** The obligation over the whole contract: the fixed amount, or value × percentage (rounded to a cent). */
export function totaleVerplichting(c: Verplichtingsbasis): number {
  if (c.vastBedragCent !== null) return c.vastBedragCent;
  if (c.percentageBp === null) return 0;
  return Math.round((c.waardeCent * c.percentageBp) / 10_000);
}

/** Days of the contract period that fall within [van, tot] (inclusive), and the period's length. */
export function overlapDagen(
  c: Pick<Verplichtingsbasis, 'startdatum' | 'einddatum'>,
  van: string,
  tot: string,
) {
  const start = dagnummer(c.startdatum);
  const eind = dagnummer(c.einddatum);
  const totaal = eind - start + 1;
  const overlap = Math.max(0, Math.min(eind, dagnummer(tot)) - Math.max(start, dagnummer(van)) + 1);
  return { overlap, totaal };
}

/** The part of the obligation that falls in a reporting period: pro rata by days. */
export function verplichtingInPeriode(c: Verplichtingsbasis, van: string, tot: string): number {
  const { overlap, totaal } = overlapDagen(c, van, tot);
  if (totaal <= 0) return 0;
  return Math.round((totaleVerplichting(c) * overlap) / totaal);
}

/**
 * Splits an amount over parties by weight (e.g. each gemeente's share of the contract value) with
 * largest-remainder rounding, so the parts always add up to the whole, to the cent.
 */
export function verdeelNaarRato<K extends string>(
  bedragCent: number,
  gewichten: Record<K, number>,
): Record<K, number> {
  return maakVerdeler(gewichten)(bedragCent);
}

/**
 * `verdeelNaarRato` for many amounts over the same weights (thousands of realisations per
 * overview): the keys, the weight total and the tie-break order are worked out once.
 */
export function maakVerdeler<K extends string>(
  gewichten: Record<K, number>,
): (bedragCent: number) => Record<K, number> {
  const keys = Object.keys(gewichten) as K[];
  const gewicht = keys.map((k) => Math.max(0, gewichten[k]));
  const totaal = gewicht.reduce((s, g) => s + g, 0);
  // Equal remainders go to the key first in Dutch collation: ranks found once, not per amount.
  const rang = new Map([...keys].sort((a, b) => a.localeCompare(b)).map((k, i) => [k, i]));
  return (bedragCent) => {
    const result = {} as Record<K, number>;
    if (totaal === 0 || keys.length === 0) {
      for (const k of keys) result[k] = 0;
      return result;
    }
    const exact = keys.map((k, i) => ({ k, v: (bedragCent * (gewicht[i] as number)) / totaal }));
    let rest = bedragCent;
    for (const { k, v } of exact) {
      result[k] = Math.floor(v);
      rest -= result[k];
    }
    if (rest <= 0) return result;
    const opRest = exact.sort(
      (a, b) =>
        b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)) || (rang.get(a.k) ?? 0) - (rang.get(b.k) ?? 0),
    );
    for (const { k } of opRest) {
      if (rest <= 0) break;
      result[k] += 1;
      rest -= 1;
    }
    return result;
  };
}

/**
 * An SROI percentage above the contract's wage share cannot reasonably be met with labour
 * (5 % SROI on a contract whose wages are 5 % of its value would ask for all of them).
 */
export function percentageOnredelijk(percentageBp: number | null, loonaandeelBp: number | null): boolean {
  return percentageBp !== null && loonaandeelBp !== null && percentageBp >= loonaandeelBp;
}
