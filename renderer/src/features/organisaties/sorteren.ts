import type { Organisatie } from '../../../../shared/domain/organisaties';
import { SOORT_LABEL } from '../../../../shared/domain/organisaties';

export type SorteerKolom = 'naam' | 'soort' | 'contactpersoon' | 'werkgebied' | 'capaciteit';
export interface Sortering {
  kolom: SorteerKolom;
  oplopend: boolean;
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

const sleutel: Record<SorteerKolom, (o: Organisatie) => string | number> = {
  naam: (o) => o.naam,
  soort: (o) => SOORT_LABEL[o.soort],
  contactpersoon: (o) => o.contactpersoon ?? '',
  werkgebied: (o) => o.werkgebied.length,
  capaciteit: (o) => o.jaaromzetCent ?? -1,
};

/** Sorts a copy; ties fall back to the name so the order is stable and predictable. */
export function sorteer(lijst: Organisatie[], { kolom, oplopend }: Sortering): Organisatie[] {
  const key = sleutel[kolom];
  return [...lijst].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c =
      typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return (oplopend ? c : -c) || collator.compare(a.naam, b.naam);
  });
}
