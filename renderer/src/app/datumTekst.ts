/**
 * Between the forms' ISO strings ('YYYY-MM-DD', 'YYYY-MM', '' when empty) and what the date pickers
 * hold and show. Everything goes through the year, month and day as numbers or text: a local Date
 * sent through toISOString would land on the day before east of Greenwich.
 */

const twee = (n: number) => String(n).padStart(2, '0');

function bestaat(jaar: number, maand: number, dag: number): boolean {
  if (maand < 1 || maand > 12 || dag < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC so no zone's clock change can interfere.
  return dag <= new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/** The picker's value for an ISO date: null when the field is empty. */
export function naarPicker(iso: string): string | null {
  return iso === '' ? null : iso;
}

/**
 * The ISO date for what the picker gives back: a 'YYYY-MM-DD' string (possibly with a time after
 * it) or a Date, whose own calendar day in this computer's zone is the one the user picked.
 */
export function uitPicker(waarde: string | Date | null | undefined): string {
  if (waarde == null || waarde === '') return '';
  if (waarde instanceof Date) {
    return `${waarde.getFullYear()}-${twee(waarde.getMonth() + 1)}-${twee(waarde.getDate())}`;
  }
  return waarde.slice(0, 10);
}

/** How a date is shown: dd-mm-jjjj, whatever the computer's language. */
export function toonDatum(iso: string): string {
  const [jaar, maand, dag] = iso.slice(0, 10).split('-');
  return dag && maand && jaar ? `${dag}-${maand}-${jaar}` : '';
}

/**
 * What a user typed, as an ISO date, or null while it is not (yet) a real date. Takes d-m-jjjj with
 * -, / or . between the parts (01-05-2026, 1/5/2026, 1.5.2026) and a pasted 2026-05-01.
 */
export function leesDatum(tekst: string): string | null {
  const t = tekst.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [jaar, maand, dag] = nl
    ? [Number(nl[3]), Number(nl[2]), Number(nl[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (jaar < 1000 || !bestaat(jaar, maand, dag)) return null;
  return `${jaar}-${twee(maand)}-${twee(dag)}`;
}

/** The event a form sends each date field on saving: it shows its message for what is typed. */
export const DATUMCONTROLE = 'datumcontrole';

/** Whether every date field in `form` holds a date or nothing: else each says why, the first gets focus. */
export function controleerDatumvelden(form: HTMLElement): boolean {
  const fout = [...form.querySelectorAll<HTMLInputElement>('input[data-datumveld]')].filter(
    (veld) => datumFout(veld.value) !== null,
  );
  for (const veld of fout) veld.dispatchEvent(new Event(DATUMCONTROLE));
  fout[0]?.focus();
  return fout.length === 0;
}

/** How a date must be typed, with an example: the message for text that is no date at all. */
export const DATUM_UITLEG = 'Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-02-2027.';

/**
 * The Dutch message for what is typed in a date field once it is left, or null when it is a real
 * date or empty. A two-digit year is refused, not guessed: 1-2-27 could be 1927 as well as 2027.
 */
export function datumFout(tekst: string): string | null {
  const t = tekst.trim();
  if (t === '' || leesDatum(t) !== null) return null;
  const vorm = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$/.test(t);
  return vorm ? `${t} bestaat niet. Typ de datum als dd-mm-jjjj.` : DATUM_UITLEG;
}

/** The month picker's value for an ISO month 'YYYY-MM': its first day, or null when empty. */
export function maandNaarPicker(maand: string): string | null {
  return maand === '' ? null : `${maand.slice(0, 7)}-01`;
}

/** The ISO month 'YYYY-MM' for what the month picker gives back. */
export function maandUitPicker(waarde: string | Date | null | undefined): string {
  return uitPicker(waarde).slice(0, 7);
}
