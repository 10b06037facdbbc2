import type { ImportRij, ImportVoorbeeld } from '../../../../shared/domain/import';
import { SOORT_LABEL } from '../../../../shared/domain/organisaties';
import { korteGemeente } from '../../../../shared/format/nl';
import { type ImportKolom, ImportVoorbeeldDialoog } from '../../app/ImportVoorbeeldDialoog';

interface Props {
  voorbeeld: (ImportVoorbeeld & { token: string }) | null;
  onClose: () => void;
}

const KOLOMMEN: ImportKolom<ImportRij>[] = [
  { kop: 'Naam', cel: (r) => r.naam },
  { kop: 'Soort', cel: (r) => (r.soort ? SOORT_LABEL[r.soort] : '–') },
  { kop: 'Contactpersoon', cel: (r) => r.contactpersoon ?? '' },
  { kop: 'Werkgebied', cel: (r) => r.gemeenten.map((g) => korteGemeente(g)).join(', ') },
];

const organisaties = (n: number) => `${n} organisatie${n === 1 ? '' : 's'}`;

/** The preview of an organisation list; nothing is stored until the user confirms. */
export function ImportDialoog({ voorbeeld, onClose }: Props) {
  return (
    <ImportVoorbeeldDialoog
      voorbeeld={voorbeeld}
      onClose={onClose}
      kanaal="organisaties.inlezenBevestigen"
      wat="Organisaties"
      kolommen={KOLOMMEN}
      aantal={organisaties}
    />
  );
}
