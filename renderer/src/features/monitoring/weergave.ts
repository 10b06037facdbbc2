import { formatBedrag } from '../../../../shared/format/nl';

const eenDecimaal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A rung number with one decimal, "3,4". */
export const trede = (n: number) => eenDecimaal.format(n);

/** Rung movement with its sign always shown, "+0,8 treden": a rise must read as a rise. */
export function stijging(n: number): string {
  const teken = n > 0 ? '+' : n < 0 ? '−' : '';
  return `${teken}${eenDecimaal.format(Math.abs(n))} ${Math.abs(n) === 1 ? 'trede' : 'treden'}`;
}

/** Whole euros: charts and cards read faster without cents; exact amounts stay in the exports. */
export const euro = (cent: number) => formatBedrag(Math.round(cent / 100) * 100).replace(/,00$/, '');

const korteMaanden = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** `2026-03` → `mrt 2026`, short enough for a chart axis. */
export function korteMaand(isoMaand: string): string {
  const [jaar, maand] = isoMaand.split('-');
  return `${korteMaanden[Number(maand) - 1] ?? ''} ${jaar}`;
}

/** The shared plural helper (shared/format/nl.ts). */
export { meervoud } from '../../../../shared/format/nl';
