import { Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout, toonSucces } from '../../app/notify';
import { meldMetOngedaan, terugschrijven } from '../../ongedaan/melden';
import { meervoud } from './weergave';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Takes the offers over from a round's answers, so nobody retypes what organisations already said. */
export function OvernemenDialoog({ opened, onClose }: Props) {
  const rondes = useApiQuery('inventarisatie.rondes', {}, opened);
  const overnemen = useApiMutation('capaciteit.overnemen');
  const [rondeId, setRondeId] = useState<string | null>(null);
  const [fout, setFout] = useState<string | undefined>();
  useEffect(() => {
    if (opened) {
      setRondeId(null);
      setFout(undefined);
    }
  }, [opened]);

  const submit = () => {
    if (!rondeId) return setFout('Kies een inventarisatieronde.');
    overnemen.mutate(
      { rondeId },
      {
        onError: toonFout,
        onSuccess: ({ aantal, gewijzigd }) => {
          const melding = `${meervoud(aantal, 'aanbod is', 'aanbiedingen zijn')} overgenomen uit de inventarisatie.`;
          // Only a takeover that changed something has a way back.
          if (gewijzigd.length > 0)
            meldMetOngedaan(melding, 'Het aanbod van vóór de overname is teruggezet.', () =>
              terugschrijven('capaciteit.overnameTerugzetten', { aanbod: gewijzigd }),
            );
          else toonSucces(melding);
          onClose();
        },
      },
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title="Overnemen uit inventarisatie"
      onSubmit={submit}
      bezig={overnemen.isPending}
      opslaanLabel="Overnemen"
    >
      <Select
        label="Inventarisatieronde"
        data={(rondes.data ?? []).map((r) => ({ value: r.id, label: r.naam }))}
        value={rondeId}
        onChange={(id) => {
          setRondeId(id);
          setFout(undefined);
        }}
        error={fout}
        required
        nothingFoundMessage="Geen ronde gevonden"
        data-autofocus
      />
      <Text size="sm">
        Het aanbod per menukaartmogelijkheid uit de antwoorden wordt overgenomen. Een aanbod zonder aantal
        telt als 1 plaats. Bestaand handmatig aanbod van dezelfde organisatie voor dezelfde mogelijkheid wordt
        vervangen.
      </Text>
    </FormulierDialoog>
  );
}
