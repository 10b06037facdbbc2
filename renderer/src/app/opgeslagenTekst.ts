import { formatDatum, formatTijd } from '../../../shared/format/nl';
import { lokaleDag, vandaagIso } from '../../../shared/klok';

/** "Opgeslagen om 14:05" today; a file last written on another day says which day too. */
export function opgeslagenTekst(op: string | null): string {
  if (!op) return 'Opgeslagen';
  if (lokaleDag(op) === vandaagIso()) return `Opgeslagen om ${formatTijd(op)}`;
  return `Opgeslagen op ${formatDatum(op)} om ${formatTijd(op)}`;
}
