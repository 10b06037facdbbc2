import type { Periode } from '../../../../shared/domain/monitoring';
import { vandaagIso } from '../../../../shared/format/nl';

/** The ready-made periods of the dashboard; `eigen` means the user typed the dates. */
export const PERIODE_KEUZES = [
  { value: 'ditJaar', label: 'Dit jaar' },
  { value: 'vorigJaar', label: 'Vorig jaar' },
  { value: 'twaalfMaanden', label: 'Afgelopen 12 maanden' },
  { value: 'eigen', label: 'Zelf kiezen' },
] as const;
export type PeriodeKeuze = (typeof PERIODE_KEUZES)[number]['value'];

/** The dates of a ready-made period, counted from `vandaag` (ISO, local calendar). */
export function periodeVoor(keuze: Exclude<PeriodeKeuze, 'eigen'>, vandaag = vandaagIso()): Periode {
  const jaar = Number(vandaag.slice(0, 4));
  if (keuze === 'ditJaar') return { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
  if (keuze === 'vorigJaar') return { van: `${jaar - 1}-01-01`, tot: `${jaar - 1}-12-31` };
  // Twelve months back to the day after today's date last year, so the span is exactly a year.
  const [j, m, d] = vandaag.split('-').map(Number) as [number, number, number];
  const van = new Date(Date.UTC(j - 1, m - 1, d + 1)).toISOString().slice(0, 10);
  return { van, tot: vandaag };
}

/** Both dates filled in and in order: only then is main asked (it would refuse otherwise). */
export const periodeGeldig = (p: Periode) =>
  /^\d{4}-\d{2}-\d{2}$/.test(p.van) && /^\d{4}-\d{2}-\d{2}$/.test(p.tot) && p.tot >= p.van;
