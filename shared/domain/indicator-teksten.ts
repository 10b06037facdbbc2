import type { Kerncijfers } from './monitoring';

/**
 * The explanations next to the figures, worded once for the dashboard card, the evaluation table
 * and the FO-pakket sheet, so the three say the same about who is counted.
 */

const kandidaten = (n: number) => `${n} ${n === 1 ? 'kandidaat' : 'kandidaten'}`;

/** Who the median time to paid work is over: exactly the paid-work outcome row. */
export function tijdTotBetaaldWerkUitleg(t: Kerncijfers['tijdTotBetaaldWerk']): string {
  const inRij = t.aantal + t.zonderStart;
  if (inRij === 0) return 'Nog niemand uitgestroomd naar betaald werk in deze periode.';
  const zonder =
    t.zonderStart === 0
      ? ''
      : ` ${t.zonderStart === 1 ? 'Eén heeft' : `${t.zonderStart} hebben`} geen startdatum en ${t.zonderStart === 1 ? 'telt' : 'tellen'} niet mee.`;
  return `Over de ${kandidaten(inRij)} uitgestroomd naar betaald werk: van de start tot de eerste betaalde stap of uitstroom.${zonder}`;
}

/** The status rows and the outcome rows are the stand on the period's last day, not today's. */
export const STAND_UITLEG =
  'Status en uitkomst op de laatste dag van de periode (bij een lopende periode: nu).';
