import { Select, SimpleGrid, Text } from '@mantine/core';
import { aanbestedingGunnen } from '../../../../shared/api/schemas-capaciteit';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { datumVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';
import type { KalenderRegel } from './KwartaalTabel';

interface Velden {
  opdrachtnemerId: string | null;
  startdatum: string;
  einddatum: string;
}

// The expected start is the best first guess for the real one.
const uit = (a: KalenderRegel | null): Velden => ({
  opdrachtnemerId: null,
  startdatum: a?.verwachteStart ?? '',
  einddatum: '',
});

interface Props {
  /** The tender being awarded; null when closed. */
  aanbesteding: KalenderRegel | null;
  onClose: () => void;
}

/** Awarding a tender makes it an SROI contract with its value, percentage and gemeenten: no retyping. */
export function GunnenDialoog({ aanbesteding, onClose }: Props) {
  const opened = aanbesteding !== null;
  const f = useVelden(aanbesteding, uit);
  const { v, zet, fouten, setFouten } = f;
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const gunnen = useApiMutation('capaciteit.gunnen');
  const nemers = (organisaties.data ?? []).filter((o) => o.soort !== 'gemeente');

  const submit = () => {
    if (!aanbesteding) return;
    const input = { id: aanbesteding.id, ...v, opdrachtnemerId: v.opdrachtnemerId ?? '' };
    const gevonden = zodErrors(aanbestedingGunnen, input);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    gunnen.mutate(
      input,
      naOpslaan((c) => `Contract "${c.naam}" is aangemaakt; te zien onder SROI.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={`${aanbesteding?.naam ?? ''} gunnen`}
      onSubmit={submit}
      bezig={gunnen.isPending}
      opslaanLabel="Gunnen"
    >
      <Text size="sm">
        Er wordt een SROI-contract aangemaakt met de waarde, het percentage en de gemeenten van deze
        aanbesteding.
      </Text>
      <Select
        label="Opdrachtnemer"
        data={nemers.map((o) => ({ value: o.id, label: o.naam }))}
        value={v.opdrachtnemerId}
        onChange={(id) => zet('opdrachtnemerId', id)}
        error={fouten.opdrachtnemerId}
        searchable
        required
        nothingFoundMessage="Geen organisatie gevonden"
        data-autofocus
      />
      <SimpleGrid cols={2}>
        <DatumVeld label="Startdatum" {...datumVeld(f, 'startdatum')} required />
        <DatumVeld label="Einddatum" {...datumVeld(f, 'einddatum')} required />
      </SimpleGrid>
    </FormulierDialoog>
  );
}
