import { Alert, Button, Group, Loader, Stack, Switch, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Groep } from '../../../../shared/domain/kandidaten';
import { call } from '../../api/client';
import { KandidatenTabel } from '../kandidaten/KandidatenTabel';
import { useZonderPersoonsgegevens } from '../samenwerken/useZonderPersoonsgegevens';
import { GroepFormulier } from './GroepFormulier';
import { GroepKop } from './GroepKop';
import { KandidatenToevoegenDialoog } from './KandidatenToevoegenDialoog';

/** One group: who takes part, and where each of its candidates stands now, in one table. */
export function GroepPage({ id }: { id: string }) {
  // Privacy first: the page opens with names hidden.
  const [namenTonen, setNamenTonen] = useState(false);
  const [bewerken, setBewerken] = useState<Groep | undefined>(undefined);
  const [toevoegen, setToevoegen] = useState(false);
  const zonderPersoonsgegevens = useZonderPersoonsgegevens();
  const invoer = { id, metNamen: namenTonen };
  // The previous answer stays while names load, so the switch (and the focus on it) stays put.
  const overzicht = useQuery({
    queryKey: ['groepen.overzicht', invoer],
    queryFn: () => call('groepen.overzicht', invoer),
    placeholderData: keepPreviousData,
  });

  if (overzicht.isError) return <Alert color="red">{overzicht.error.message}</Alert>;
  if (!overzicht.data) return <Loader aria-label="Groep laden" />;
  const { groep, kandidaten } = overzicht.data;

  return (
    <Stack gap="md">
      <GroepKop groep={groep} onBewerken={() => setBewerken(groep)} />
      <Group justify="space-between" align="flex-end" mt="sm">
        <Text size="sm" c="dimmed" role="status">
          {kandidaten.length} kandida{kandidaten.length === 1 ? 'at' : 'ten'} in deze groep
        </Text>
        <Group gap="md" align="center">
          {/* A member's copy has no names: the switch would only show an empty column. */}
          {!zonderPersoonsgegevens && (
            <Switch
              label="Namen tonen"
              checked={namenTonen}
              onChange={(e) => setNamenTonen(e.currentTarget.checked)}
            />
          )}
          <Button onClick={() => setToevoegen(true)}>Kandidaten toevoegen</Button>
        </Group>
      </Group>
      {kandidaten.length === 0 ? (
        <Text c="dimmed">
          Nog geen kandidaten in deze groep. Kies ze met "Kandidaten toevoegen", of selecteer ze in de lijst
          van Kandidaten en kies "In groep plaatsen…".
        </Text>
      ) : (
        <KandidatenTabel regels={kandidaten} metNamen={namenTonen} zonderGroep />
      )}
      <GroepFormulier groep={bewerken} onClose={() => setBewerken(undefined)} />
      <KandidatenToevoegenDialoog
        groep={groep}
        opened={toevoegen}
        onClose={() => setToevoegen(false)}
        namenTonen={namenTonen}
      />
    </Stack>
  );
}
