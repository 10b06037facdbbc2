import type { Organisatie } from '../../../../shared/domain/organisaties';
import { SOORT_LABEL } from '../../../../shared/domain/organisaties';
import { type Sortering as AlgemeneSortering, sorteerOp } from '../../app/sorteren';

export type SorteerKolom = 'naam' | 'soort' | 'contactpersoon' | 'werkgebied' | 'capaciteit';
export type Sortering = AlgemeneSortering<SorteerKolom>;

const sleutels: Record<SorteerKolom, (o: Organisatie) => string | number> = {
  naam: (o) => o.naam,
  soort: (o) => SOORT_LABEL[o.soort],
  contactpersoon: (o) => o.contactpersoon ?? '',
  werkgebied: (o) => o.werkgebied.length,
  capaciteit: (o) => o.jaaromzetCent ?? -1,
};

export function sorteer(lijst: Organisatie[], sortering: Sortering): Organisatie[] {
  return sorteerOp(lijst, sortering, sleutels, (o) => o.naam);
}
