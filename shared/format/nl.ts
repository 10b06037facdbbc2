/**
 * nl-NL display helpers. Storage stays ISO text and integer cents; only the screen and
 * exports see these forms (23-11-2026, € 1.234,56).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-23` or a full ISO timestamp → `23-11-2026`. Date-only input is not shifted by time zones. */
export function formatDatum(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/** ISO timestamp → `23-11-2026 14:05` in local time. */
export function formatDatumTijd(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDatum(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** ISO timestamp → `14:05` in local time. */
export function formatTijd(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Integer cents → `€ 1.234,56`. */
export function formatBedrag(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error('Bedragen worden als hele centen opgeslagen.');
  return euro.format(cents / 100).replace(/\u00a0/g, ' ');
}

/** `1.234,56`, `1234.56` or `€ 1.234` → integer cents; null when it is not an amount. */
export function parseBedrag(text: string): number | null {
  const cleaned = text.replace(/€|\s/g, '');
  if (!/^-?[\d.,]+$/.test(cleaned)) return null;
  const lastComma = cleaned.lastIndexOf(',');
  const normalised =
    lastComma >= 0
      ? cleaned.replace(/\./g, '').replace(',', '.')
      : /^-?\d{1,3}(\.\d{3})+$/.test(cleaned)
        ? cleaned.replace(/\./g, '')
        : cleaned;
  const value = Number(normalised);
  return Number.isFinite(value) ? Math.round(value * 100) : null;
}

const maanden = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * The one list of month abbreviations, for the screen and every export alike: "mrt", never the
 * first three letters ("maa").
 */
export const MAANDEN_KORT = [
  'jan',
  'feb',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;

/** `2026-03` → `mrt`. */
export function formatMaandKort(isoMonth: string): string {
  const m = /^\d{4}-(\d{2})/.exec(isoMonth);
  return m ? (MAANDEN_KORT[Number(m[1]) - 1] ?? '') : '';
}

/**
 * A count with its noun in the right number: `meervoud(1, 'kandidaat', 'kandidaten')` → "1 kandidaat",
 * 0 and 2 take the plural. The one place where Dutch plurals are chosen.
 */
export function meervoud(n: number, enkelvoud: string, meer: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? enkelvoud : meer}`;
}

/**
 * A name with what it is in front, unless the name already says so: `metSoort('Inventarisatie',
 * 'najaar 2026')` → "Inventarisatie najaar 2026", but "Inventarisatie najaar" stays as it is (no
 * "Inventarisatie Inventarisatie najaar").
 */
export function metSoort(soort: string, naam: string): string {
  return naam.toLowerCase().startsWith(soort.toLowerCase()) ? naam : `${soort} ${naam}`;
}

/** `2026-03` → `maart 2026`. */
export function formatMaand(isoMonth: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(isoMonth);
  if (!m) return '';
  return `${maanden[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

const weekdagen = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** `2026-11-12` → `donderdag 12 november 2026`, as a letter or an agenda writes the date. */
export function formatDatumLang(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return formatDatum(iso);
  // Date.UTC: the weekday of the calendar day itself, whatever the time zone.
  const dag = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return `${weekdagen[dag]} ${Number(m[3])} ${maanden[Number(m[2]) - 1]} ${m[1]}`;
}

/** Basis points → `4,5 %`. */
export function formatPercentage(bp: number): string {
  return `${(bp / 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} %`;
}

/** `4,5`, `4.5 %` or `5` → basis points (450, 500); null when it is not a number with ≤ 2 decimals. */
export function parsePercentage(text: string): number | null {
  const cleaned = text.replace(/%|\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: false });

/** A quantity such as hours or months in Dutch notation: 10.84 → "10,84". */
export function formatGetal(n: number): string {
  return getal.format(n);
}

/** Today on the product's clock, as the local calendar day: see shared/klok.ts. */
export { vandaagIso } from '../klok';

/** A gemeente as lists show it: "Gemeente Goes" → "Goes" (the organisation keeps its full name). */
export function korteGemeente(naam: string): string {
  return naam.replace(/^Gemeente /, '');
}

/** `korteGemeente` for a name that may be missing (a candidate without a gemeente). */
export const korteGemeenteOfNiets = (naam: string | null) => (naam === null ? null : korteGemeente(naam));

/**
 * `tekst` on one line of at most `max` characters before an ellipsis, cut after the last whole word
 * that fits, so no word is cut in half: "We nodigen voor groep 2 ook werkgevers uit." → "We nodigen voor groep…".
 */
export function kortAf(tekst: string, max: number): string {
  const eenRegel = tekst.replace(/\s+/g, ' ').trim();
  if (eenRegel.length <= max) return eenRegel;
  // One character more: a space just after the limit means the last word fits whole.
  const spatie = eenRegel.slice(0, max + 1).lastIndexOf(' ');
  // One very long word: cutting inside it is all that is left.
  const heel = spatie > max / 2 ? eenRegel.slice(0, spatie) : eenRegel.slice(0, max);
  return `${heel.replace(/[\s,;:.–-]+$/, '')}…`;
}
