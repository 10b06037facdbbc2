import type { Groep } from '../../../../shared/domain/kandidaten';
import { type Sortering as AlgemeneSortering, sorteerOp } from '../../app/sorteren';

export type SorteerKolom = 'naam' | 'start' | 'terugkoppeling' | 'organisaties' | 'kandidaten';
export type Sortering = AlgemeneSortering<SorteerKolom>;

// ISO dates sort as text; a group without a date goes last when ascending.
const sleutels: Record<SorteerKolom, (g: Groep) => string | number> = {
  naam: (g) => g.naam,
  start: (g) => g.startdatum ?? '9999',
  terugkoppeling: (g) => g.terugkoppeldatum ?? '9999',
  organisaties: (g) => g.organisaties.length,
  kandidaten: (g) => g.kandidaten,
};

export function sorteer(lijst: readonly Groep[], sortering: Sortering): Groep[] {
  return sorteerOp(lijst, sortering, sleutels, (g) => g.naam);
}
