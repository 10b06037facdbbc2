import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BordStap } from '../../../../shared/domain/capaciteit';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonExportGelukt } from '../../app/exportGelukt';
import { toonFout } from '../../app/notify';
import { PeriodeKiezer } from '../../app/PeriodeKiezer';
import { OptieKaart } from './OptieKaart';
import { type Periode, periodeGeldig } from './periode';
import { VoorstelDialoog } from './VoorstelDialoog';

interface Props {
  periode: Periode;
  onPeriode: (p: Periode) => void;
}

/** The board: per menukaart option what is offered, used and still needed in the chosen period. */
export function BordTab({ periode, onPeriode }: Props) {
  const geldig = periodeGeldig(periode);
  const overzicht = useApiQuery('capaciteit.overzicht', periode, geldig);
  const exporteren = useApiMutation('capaciteit.exporteren');
  const [voorstel, setVoorstel] = useState<{ stap: BordStap; optie: string } | null>(null);

  const exporteer = () =>
    exporteren.mutate(periode, {
      onError: toonFout,
      onSuccess: (r) => r && toonExportGelukt('Het capaciteitsbord is opgeslagen als', r.pad),
    });

  return (
    <Stack gap="lg">
      <Group align="flex-start" justify="space-between">
        <PeriodeKiezer periode={periode} onPeriode={onPeriode} />
        <Button variant="light" onClick={exporteer} loading={exporteren.isPending} disabled={!geldig} mt={26}>
          Exporteren naar Excel
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mt={-8}>
        Een stap bezet een plaats als hij gepland is of loopt en de periode raakt. Ongebruikt: plaatsen die
        niemand bezet, ook als elke stap zonder organisatie een plaats krijgt. Tekort: plaatsen die ontbreken,
        omdat een organisatie overboekt is of er geen plaats meer is voor een stap zonder organisatie.
      </Text>
      {overzicht.isError && <Alert color="red">{overzicht.error.message}</Alert>}
      {geldig && overzicht.isPending && <Loader aria-label="Capaciteitsbord laden" />}
      {overzicht.data?.bord.length === 0 && (
        <Alert color="gray" title="Nog niets op het bord in deze periode">
          Het aanbod komt uit de antwoorden van een inventarisatieronde (tabblad Aanbod, “Overnemen uit
          inventarisatie…”) of wordt daar met de hand ingevoerd. De vraag komt uit de leerlijnen van de
          kandidaten: geplande en lopende stappen per menukaartmogelijkheid.
        </Alert>
      )}
      {overzicht.data && overzicht.data.bord.length > 0 && (
        <SimpleGrid cols={{ base: 1, xl: 2 }}>
          {overzicht.data.bord.map((optie) => (
            <OptieKaart
              key={optie.optieCode}
              optie={optie}
              onVoorstel={(stap) => setVoorstel({ stap, optie: optie.optie })}
            />
          ))}
        </SimpleGrid>
      )}
      <VoorstelDialoog
        stap={voorstel?.stap ?? null}
        optie={voorstel?.optie ?? ''}
        periode={periode}
        onClose={() => setVoorstel(null)}
      />
    </Stack>
  );
}
