import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { meervoud } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { GroepsgrootteWaarschuwing, usePlaatsInGroep } from '../groepen/plaatsen';

interface Props {
  /** The ticked candidates; the dialog is open while this is set. */
  kandidaatIds: readonly string[] | null;
  /** How many of them already sit in each group (they do not make it bigger). */
  alInGroep: (groepId: string) => number;
  onClose: () => void;
  onGeplaatst: () => void;
}

/** "In groep plaatsen…" on the candidates list: which group the ticked candidates go to. */
export function InGroepPlaatsenDialoog({ kandidaatIds, alInGroep, onClose, onGeplaatst }: Props) {
  const opened = kandidaatIds !== null;
  const [groepId, setGroepId] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const groepen = useApiQuery('groepen.lijst', {}, opened);
  const sluit = () => {
    setGroepId(null);
    setFout(null);
    onClose();
  };
  const { plaats, bezig } = usePlaatsInGroep(() => {
    sluit();
    onGeplaatst();
  });
  const groep = groepen.data?.find((g) => g.id === groepId);
  const aantal = kandidaatIds?.length ?? 0;

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="In groep plaatsen"
      onSubmit={() =>
        groepId && kandidaatIds ? plaats(groepId, [...kandidaatIds]) : setFout('Kies een groep.')
      }
      bezig={bezig}
      opslaanLabel="Plaatsen"
    >
      <Text size="sm">{meervoud(aantal, 'kandidaat', 'kandidaten')} geselecteerd.</Text>
      {groepen.isSuccess && groepen.data.length === 0 ? (
        <Text c="dimmed">Er zijn nog geen groepen. Maak er een bij Groepen met "Groep toevoegen".</Text>
      ) : (
        <Select
          label="Groep"
          placeholder="Kies een groep"
          data={(groepen.data ?? []).map((g) => ({
            value: g.id,
            label: `${g.naam} (${meervoud(g.kandidaten, 'kandidaat', 'kandidaten')})`,
          }))}
          value={groepId}
          onChange={(id) => {
            setGroepId(id);
            setFout(null);
          }}
          error={fout}
          required
          data-autofocus
        />
      )}
      {groep && <GroepsgrootteWaarschuwing nu={groep.kandidaten} erbij={aantal - alInGroep(groep.id)} />}
    </FormulierDialoog>
  );
}
