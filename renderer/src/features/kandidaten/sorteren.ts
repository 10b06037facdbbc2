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

// A region's 10,000 candidates take a noticeable moment to sort; the list from the query cache is
// the same array on every visit, so its sorted copies are kept with it (and go when it goes).
const gesorteerd = new WeakMap<readonly KandidaatRegel[], Map<string, KandidaatRegel[]>>();

/** Sorts a copy (do not change it: sorted copies of a list are reused). */
export function sorteer(lijst: readonly KandidaatRegel[], sortering: Sortering): KandidaatRegel[] {
  const sleutel = `${sortering.kolom}:${sortering.oplopend}`;
  let perSortering = gesorteerd.get(lijst);
  if (!perSortering) {
    perSortering = new Map();
    gesorteerd.set(lijst, perSortering);
  }
  let uit = perSortering.get(sleutel);
  if (!uit) {
    uit = sorteerOp(lijst, sortering, sleutels, (k) => k.code);
    perSortering.set(sleutel, uit);
  }
  return uit;
}
