import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../../api/client';
import { GeenTabel } from './GeenTabel';
import { TabelFormulier } from './TabelFormulier';
import { TabelKeuze } from './TabelKeuze';
import { TabelOverzicht } from './TabelOverzicht';
import { TabelVersies } from './TabelVersies';
import { KOP } from './teksten';

/** The valuation table: which one is in use, what it says, editing it as a new version, switching. */
export function WaarderingstabelSectie() {
  const instellingen = useApiQuery('sroi.waardering', {});
  const [bewerken, setBewerken] = useState(false);
  const data = instellingen.data;
  const actief = data?.tabellen.find((t) => t.id === data.actiefId) ?? null;

  return (
    <section aria-labelledby={KOP.tabel}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h4" id={KOP.tabel}>
              Waarderingstabel
            </Title>
            <Text size="sm" c="dimmed" maw={680}>
              Met deze tabel krijgt elke nieuwe realisatie een waarde in euro's. Een wijziging wordt een
              nieuwe versie, zodat eerder gerapporteerde waarden niet veranderen.
            </Text>
          </div>
          {actief && <Button onClick={() => setBewerken(true)}>Tabel aanpassen</Button>}
        </Group>
        {instellingen.isError && <Alert color="red">{instellingen.error.message}</Alert>}
        {instellingen.isPending && <Loader aria-label="Waarderingstabel laden" />}
        {data && !actief && <GeenTabel />}
        {actief && <TabelOverzicht tabel={actief} />}
        {data && data.tabellen.length > 0 && (
          <>
            <TabelKeuze instellingen={data} />
            <TabelVersies instellingen={data} />
          </>
        )}
      </Stack>
      {actief && data && (
        <TabelFormulier
          opened={bewerken}
          onClose={() => setBewerken(false)}
          tabel={actief}
          tabellen={data.tabellen}
        />
      )}
    </section>
  );
}
