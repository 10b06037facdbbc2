import { type Activiteit, isTeLaat } from '../domain/planning';

/**
 * How a planning activity looks: late wins over the stored status, because a plan that says
 * "gepland" can still be overdue, and "vertraagd" is shown as late.
 */
export type PlanningSoort = 'gepland' | 'bezig' | 'klaar' | 'laat';

export function planningSoort(a: Pick<Activiteit, 'status' | 'eindMaand'>, vandaag: string): PlanningSoort {
  if (a.status === 'klaar') return 'klaar';
  if (isTeLaat(a, vandaag)) return 'laat';
  return a.status === 'bezig' ? 'bezig' : 'gepland';
}

/**
 * One colour per planning status, for the Gantt bars, the list's badges and the Excel month grid
 * alike (hex, so exceljs can use it too). Shades have at least 3:1 against white (WCAG non-text
 * contrast); late bars are striped as well, so the difference does not rest on colour alone.
 */
export const PLANNING_KLEUR: Record<PlanningSoort, string> = {
  gepland: '#868e96',
  bezig: '#1c7ed6',
  klaar: '#2f9e44',
  laat: '#e03131',
};

/** The Mantine colour family of each status, for light badges with dark text. */
export const PLANNING_BADGE: Record<PlanningSoort, string> = {
  gepland: 'gray',
  bezig: 'blue',
  klaar: 'green',
  laat: 'red',
};

export const PLANNING_UITLEG: Record<PlanningSoort, string> = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  klaar: 'Klaar',
  laat: 'Vertraagd of te laat',
};

/** `#1c7ed6` → `FF1C7ED6`, the ARGB form exceljs fills take. */
export function excelKleur(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
