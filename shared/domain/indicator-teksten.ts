import { formatBedrag } from '../format/nl';
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

/** Who "Kandidaten" counts: every trajectory that touches the period, also one only aangemeld. */
export const KANDIDATEN_UITLEG = 'in beeld in deze periode: aangemeld, in traject of afgesloten';

/** Who the ladder's average is over: two measurements are needed to see a rise or fall. */
export function ladderUitleg(l: Kerncijfers['ladder']): string {
  if (l.gemeten === 0) return 'Geen kandidaten met twee of meer metingen.';
  return `${kandidaten(l.gemeten)} met twee of meer metingen: ${l.gestegen} gestegen, ${l.gedaald} gedaald`;
}

/** The ladder-per-group column: candidates with at least one measurement (one is enough for "nu"). */
export const LADDER_GEMETEN_KOP = 'Met een meting';

/**
 * SROI realised by providers without a contract with a gemeente: in the total and per aanbieder,
 * not per gemeente. Derived from the figures themselves, so figures frozen before it existed agree.
 */
export const nietToegerekendCent = (s: Pick<Kerncijfers['sroi'], 'gerealiseerdCent' | 'perGemeente'>) =>
  s.gerealiseerdCent - s.perGemeente.reduce((som, g) => som + g.gerealiseerdCent, 0);

/** The note under SROI per gemeente, on screen and on the sheet; null when everything is attributed. */
export function nietToegerekendUitleg(cent: number): string | null {
  if (cent <= 0) return null;
  return (
    `${formatBedrag(cent)} is niet toe te rekenen aan een gemeente: gerealiseerd door aanbieders zonder contract met een gemeente. ` +
    'Dat bedrag telt mee in het totaal en per aanbieder, niet per gemeente.'
  );
}
