import { type KandidaatRegel, UITSTROOM_LABEL } from '../../../../shared/domain/kandidaten';
import { type Sortering as AlgemeneSortering, sorteerOp } from '../../app/sorteren';
import { statusLabel } from './weergave';

export type SorteerKolom = 'code' | 'naam' | 'gemeente' | 'groep' | 'status' | 'stap' | 'trede' | 'uitstroom';
export type Sortering = AlgemeneSortering<SorteerKolom>;

const sleutels: Record<SorteerKolom, (k: KandidaatRegel) => string | number> = {
  code: (k) => k.code,
  naam: (k) => k.naam ?? '',
  gemeente: (k) => k.gemeente ?? '',
  groep: (k) => k.groep ?? '',
  status: (k) => statusLabel(k.status),
  stap: (k) => k.huidigeStap ?? '',
  // Sorted on the rung now; people without a measurement go first (ascending).
  trede: (k) => k.tredeNu ?? 0,
  uitstroom: (k) => (k.uitstroom ? UITSTROOM_LABEL[k.uitstroom] : ''),
};

export function sorteer(lijst: readonly KandidaatRegel[], sortering: Sortering): KandidaatRegel[] {
  return sorteerOp(lijst, sortering, sleutels, (k) => k.code);
}
