import type { Categorie } from './grafieken';

/**
 * A bar chart with hundreds of bars (a region has hundreds of providers and groups) cannot be read
 * and takes seconds to render, so a chart shows at most `max` bars: the `max - 1` largest and one
 * "Overige (n)" bar for the rest. The sheets keep every row; this only decides what the picture shows.
 */
export interface Staaf extends Categorie {
  /** What the bar's values are an average over (e.g. measured candidates); weights "Overige". */
  gewicht?: number;
}

export interface Afgetopt {
  categorieen: Categorie[];
  /** How many items the "Overige" bar holds; 0 when nothing was folded. */
  overige: number;
}

export interface TopOpties {
  /** The number to rank by, largest first; by default the item's largest value (its longest bar). */
  rangorde?: (s: Staaf) => number;
  /** How the rest adds up: amounts and counts are summed, averages are weighted by `gewicht`. */
  samen?: 'som' | 'gemiddelde';
}

const langsteStaaf = (s: Staaf) => Math.max(0, ...s.waarden);

/**
 * Up to `max` items come back unchanged and in their own order. More: the `max - 1` highest ranked,
 * highest first (ties keep their input order), then "Overige (n)" with n ≥ 2 — folding a single item
 * into "Overige (1)" would hide a name without saving a bar.
 */
export function topMetOverige(staven: readonly Staaf[], max: number, o: TopOpties = {}): Afgetopt {
  const zonderGewicht = (s: Staaf): Categorie => ({ label: s.label, waarden: s.waarden });
  if (staven.length <= max) return { categorieen: staven.map(zonderGewicht), overige: 0 };
  const rangorde = o.rangorde ?? langsteStaaf;
  const gerangschikt = staven
    .map((s, i) => ({ s, i, r: rangorde(s) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.s);
  const top = gerangschikt.slice(0, Math.max(0, max - 1));
  const rest = gerangschikt.slice(top.length);
  const reeksen = Math.max(0, ...staven.map((s) => s.waarden.length));
  const gemiddeld = o.samen === 'gemiddelde';
  const waarden = Array.from({ length: reeksen }, (_, j) =>
    gemiddeld ? gewogenGemiddelde(rest, j) : som(rest.map((s) => s.waarden[j] ?? 0)),
  );
  // A sum of many items would dwarf every single one, so it stays out of the chart's scale; an
  // average is comparable with the others and stays in.
  const overigeStaaf = { label: `Overige (${rest.length})`, waarden, buitenSchaal: !gemiddeld };
  return { categorieen: [...top.map(zonderGewicht), overigeStaaf], overige: rest.length };
}

const som = (getallen: number[]) => getallen.reduce((t, n) => t + n, 0);

/** The average over everything the rest's averages were taken over (a weight of 1 when unknown). */
function gewogenGemiddelde(rest: Staaf[], j: number): number {
  const gewicht = som(rest.map((s) => s.gewicht ?? 1));
  return gewicht ? som(rest.map((s) => (s.gewicht ?? 1) * (s.waarden[j] ?? 0))) / gewicht : 0;
}
