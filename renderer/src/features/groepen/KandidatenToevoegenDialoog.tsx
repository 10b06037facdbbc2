import { Checkbox, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Groep, KandidaatRegel } from '../../../../shared/domain/kandidaten';
import { useApiQuery } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { kenmerken } from '../kandidaten/weergave';
import { GroepsgrootteWaarschuwing, usePlaatsInGroep } from './plaatsen';

/** A picker of thousands is no picker: past this many matches the user narrows the search. */
const HOOGSTENS = 100;

interface Props {
  groep: Groep;
  opened: boolean;
  onClose: () => void;
  /** Initials only when the user switched names on (the group page's switch). */
  namenTonen: boolean;
}

/** What the search in the picker looks in: what each line shows. */
const zoektekst = (k: KandidaatRegel) =>
  [k.code, k.initialen, k.naam, kenmerken(k, true)].filter(Boolean).join(' ').toLocaleLowerCase('nl-NL');

/** Candidates without a group first (the usual pick), then by code. */
const volgorde = (a: KandidaatRegel, b: KandidaatRegel) =>
  Number(a.groepId !== null) - Number(b.groepId !== null) || a.code.localeCompare(b.code, 'nl');

/**
 * "Kandidaten toevoegen" on a group's page: tick several candidates not yet in the group and place
 * them in one go. Candidates in another group may be picked too; the line says where they are now.
 */
export function KandidatenToevoegenDialoog({ groep, opened, onClose, namenTonen }: Props) {
  const [zoeken, setZoeken] = useState('');
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [fout, setFout] = useState<string | null>(null);
  const lijst = useApiQuery('kandidaten.lijst', { metNamen: namenTonen }, opened);
  const sluit = () => {
    setZoeken('');
    setGekozen([]);
    setFout(null);
    onClose();
  };
  const { plaats, bezig } = usePlaatsInGroep(sluit);

  const kandidaten = useMemo(
    () => (lijst.data ?? []).filter((k) => k.groepId !== groep.id).sort(volgorde),
    [lijst.data, groep.id],
  );
  const term = zoeken.trim().toLocaleLowerCase('nl-NL');
  const gevonden = term ? kandidaten.filter((k) => zoektekst(k).includes(term)) : kandidaten;
  // Ticked candidates stay in view while the search changes, so a tick can be taken back.
  const getoond = [
    ...kandidaten.filter((k) => gekozen.includes(k.id) && !gevonden.slice(0, HOOGSTENS).includes(k)),
    ...gevonden.slice(0, HOOGSTENS),
  ];

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title={`Kandidaten toevoegen aan ${groep.naam}`}
      size="lg"
      onSubmit={() =>
        gekozen.length > 0 ? plaats(groep.id, gekozen) : setFout('Kies minstens één kandidaat.')
      }
      bezig={bezig}
      opslaanLabel={gekozen.length === 1 ? '1 kandidaat plaatsen' : `${gekozen.length} kandidaten plaatsen`}
    >
      <TextInput
        type="search"
        label="Zoeken"
        placeholder="Code, gemeente, status, stap…"
        value={zoeken}
        onChange={(e) => setZoeken(e.currentTarget.value)}
        data-autofocus
      />
      {lijst.isSuccess && kandidaten.length === 0 ? (
        <Text c="dimmed">Alle kandidaten staan al in deze groep, of er zijn nog geen kandidaten.</Text>
      ) : (
        <Checkbox.Group
          label="Kandidaten die nog niet in deze groep staan"
          description={
            gevonden.length > HOOGSTENS
              ? `${gevonden.length} gevonden; de eerste ${HOOGSTENS} staan hieronder. Zoek verder om te verfijnen.`
              : `${gevonden.length} gevonden`
          }
          value={gekozen}
          onChange={(ids) => {
            setGekozen(ids);
            setFout(null);
          }}
          error={fout}
        >
          <ScrollArea.Autosize mah="35vh" mt="xs" type="auto">
            <Stack gap={6} pr="sm">
              {getoond.map((k) => (
                <Checkbox
                  key={k.id}
                  value={k.id}
                  wrapperProps={{ 'data-testid': 'kandidaat-keuze' }}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <Text span fw={600} size="sm">
                        {k.code}
                      </Text>
                      {k.initialen && (
                        <Text span size="sm" c="dimmed">
                          {k.initialen}
                        </Text>
                      )}
                    </Group>
                  }
                  description={kenmerken(k, true)}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Checkbox.Group>
      )}
      <GroepsgrootteWaarschuwing nu={groep.kandidaten} erbij={gekozen.length} />
    </FormulierDialoog>
  );
}
