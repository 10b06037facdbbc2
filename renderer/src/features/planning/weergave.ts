import {
  ACTIVITEIT_STATUS_LABEL,
  type Activiteit,
  isTeLaat,
  maandReeks,
  type Planning,
  plusMaand,
} from '../../../../shared/domain/planning';
import { formatMaandKort } from '../../../../shared/format/nl';
import {
  PLANNING_KLEUR,
  PLANNING_UITLEG,
  type PlanningSoort,
  planningSoort,
} from '../../../../shared/format/status-kleuren';

/** `2026-03` → `mrt` (the shared list, the same as in the Excel export). */
export const maandKort = formatMaandKort;

/** `2026-03` → `mrt 2026`. */
export const maandMetJaar = (maand: string) => `${maandKort(maand)} ${maand.slice(0, 4)}`;

/** How a bar looks: its status, with late winning (shared with the Excel export). */
export type BalkSoort = PlanningSoort;
export const balkSoort = planningSoort;
export const BALK_KLEUR = PLANNING_KLEUR;

/** The look of a bar (and its swatch in the legend): its colour, and stripes when late. */
export function balkStijl(soort: BalkSoort) {
  return {
    background: BALK_KLEUR[soort],
    backgroundImage:
      soort === 'laat'
        ? 'repeating-linear-gradient(135deg, transparent 0 6px, rgba(255,255,255,.35) 6px 10px)'
        : undefined,
  };
}

export const BALK_UITLEG = PLANNING_UITLEG;

/** What a screen reader hears for a bar: "Groep 1, mrt 2026 t/m mei 2026, Bezig". */
export function balkLabel(a: Activiteit, vandaag: string): string {
  const status = ACTIVITEIT_STATUS_LABEL[a.status];
  const laat = a.status !== 'vertraagd' && isTeLaat(a, vandaag) ? ', te laat' : '';
  return `${a.titel}, ${maandMetJaar(a.startMaand)} t/m ${maandMetJaar(a.eindMaand)}, ${status}${laat}`;
}

/**
 * The months the Gantt shows: the planning's own span, stretched so the current month is always
 * on screen, with a little room on both sides to drag a bar into.
 */
export function zichtbareMaanden(bereik: Planning['bereik'], vandaag: string): string[] {
  const nu = vandaag.slice(0, 7);
  const van = bereik && bereik.van < nu ? bereik.van : nu;
  const tot = bereik && bereik.tot > nu ? bereik.tot : plusMaand(nu, bereik ? 0 : 11);
  return maandReeks(plusMaand(van, -1), plusMaand(tot, 2));
}

/** The years above the months, each with how many of the visible months fall in it. */
export function jaarKoppen(maanden: string[]): { jaar: string; aantal: number }[] {
  const koppen: { jaar: string; aantal: number }[] = [];
  for (const m of maanden) {
    const jaar = m.slice(0, 4);
    const laatste = koppen[koppen.length - 1];
    if (laatste?.jaar === jaar) laatste.aantal++;
    else koppen.push({ jaar, aantal: 1 });
  }
  return koppen;
}

/** Where in its month a date falls, 0..1, so a milestone sits roughly on its day. */
export function dagFractie(datum: string): number {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const dagen = new Date(Date.UTC(j, m, 0)).getUTCDate();
  return (d - 0.5) / dagen;
}

/** Dragging: the whole bar moves (same length), or only its end moves (never before the start). */
export type Sleep = 'verplaats' | 'eind';

export function versleep(
  a: Pick<Activiteit, 'startMaand' | 'eindMaand'>,
  soort: Sleep,
  maanden: number,
): { startMaand: string; eindMaand: string } {
  if (soort === 'verplaats')
    return { startMaand: plusMaand(a.startMaand, maanden), eindMaand: plusMaand(a.eindMaand, maanden) };
  const eind = plusMaand(a.eindMaand, maanden);
  return { startMaand: a.startMaand, eindMaand: eind < a.startMaand ? a.startMaand : eind };
}
