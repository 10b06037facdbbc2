import { formatBedrag } from '../../../../shared/format/nl';

/** Whole-euro amounts read faster in overviews; cents stay in the exports. */
export const euro = (cent: number) => formatBedrag(cent).replace(/,00$/, '');

/** "85 %" of a target; a dash when there is no target. */
export function procentVan(deel: number, geheel: number): string {
  if (geheel <= 0) return '–';
  return `${Math.round((deel / geheel) * 100).toLocaleString('nl-NL')} %`;
}
