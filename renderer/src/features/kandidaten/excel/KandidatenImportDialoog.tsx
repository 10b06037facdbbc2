import type { ImportVoorbeeld, KandidaatImportRij } from '../../../../../shared/domain/import';
import { formatDatum, korteGemeente } from '../../../../../shared/format/nl';
import { type ImportKolom, ImportVoorbeeldDialoog } from '../../../app/ImportVoorbeeldDialoog';
import { uitkeringLabel } from '../weergave';

interface Props {
  voorbeeld: (ImportVoorbeeld<KandidaatImportRij> & { token: string }) | null;
  onClose: () => void;
}

const KOLOMMEN: ImportKolom<KandidaatImportRij>[] = [
  { kop: 'Code', cel: (r) => r.code ?? 'nieuwe code' },
  { kop: 'Initialen', cel: (r) => r.initialen ?? '' },
  { kop: 'Gemeente', cel: (r) => korteGemeente(r.gemeente ?? '') },
  { kop: 'Uitkering', cel: (r) => uitkeringLabel(r.uitkering) },
  { kop: 'Klantmanager', cel: (r) => r.klantmanager ?? '' },
  { kop: 'Start', cel: (r) => formatDatum(r.startdatum) },
];

const kandidaten = (n: number) => `${n} kandida${n === 1 ? 'at' : 'ten'}`;

/** The preview of a gemeente's candidate list; nothing is stored until the user confirms. */
export function KandidatenImportDialoog({ voorbeeld, onClose }: Props) {
  return (
    <ImportVoorbeeldDialoog
      voorbeeld={voorbeeld}
      onClose={onClose}
      kanaal="kandidaten.inlezenBevestigen"
      wat="Kandidaten"
      kolommen={KOLOMMEN}
      aantal={kandidaten}
    />
  );
}
