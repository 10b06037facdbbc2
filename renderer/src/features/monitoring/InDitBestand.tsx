import { Alert, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { Tellingen } from '../../../../shared/domain/types';
import { useApiQuery } from '../../api/client';

const TELLINGEN: { key: keyof Tellingen; label: string }[] = [
  { key: 'gemeenten', label: 'Gemeenten' },
  { key: 'organisaties', label: 'Organisaties (totaal)' },
  { key: 'groepen', label: 'Groepen' },
  { key: 'kandidaten', label: 'Kandidaten' },
  { key: 'planningactiviteiten', label: 'Planningactiviteiten' },
  { key: 'bijeenkomsten', label: 'Bijeenkomsten' },
  { key: 'besluiten', label: 'Besluiten' },
  { key: 'openActiepunten', label: 'Open actiepunten' },
];

/** How many records the open file holds, whatever the period: a quick check that it is the right file. */
export function InDitBestand() {
  const tellingen = useApiQuery('werkgroep.tellingen', {});
  return (
    <section aria-labelledby="in-dit-bestand">
      <Title order={2} size="h4" id="in-dit-bestand" mb="xs">
        In dit bestand
      </Title>
      {tellingen.isPending && <Loader size="sm" aria-label="Aantallen laden" />}
      {tellingen.isError && <Alert color="red">{tellingen.error.message}</Alert>}
      {tellingen.data && (
        <Group gap="sm">
          {TELLINGEN.map(({ key, label }) => (
            <Paper key={key} withBorder px="sm" py={6}>
              <Text size="sm">
                {label}:{' '}
                <Text span fw={700} data-testid={`telling-${key}`}>
                  {tellingen.data[key]}
                </Text>
              </Text>
            </Paper>
          ))}
        </Group>
      )}
    </section>
  );
}
