/**
 * A time of day as typed into a TijdVeld, in the 'HH:MM' (24-hour) form the schemas store. Takes
 * 14:00, 14.00, 14u00, 9:5 → 09:05, 1400, 930 → 09:30 and a bare hour (14 → 14:00); anything else
 * (2:00 PM, 25:00) is null and is left as typed, for the schema's Dutch message.
 */
export function leesTijd(tekst: string): string | null {
  const t = tekst.trim().toLowerCase();
  const delen = /^(\d{1,2})(?:\s*[:.u]\s*(\d{1,2}))?$/.exec(t) ?? /^(\d{1,2})(\d{2})$/.exec(t);
  if (!delen) return null;
  const uur = Number(delen[1]);
  const minuut = Number(delen[2] ?? 0);
  if (uur > 23 || minuut > 59) return null;
  return `${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}`;
}
