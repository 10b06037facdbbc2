import { Alert, Card, Loader, SimpleGrid, Text } from '@mantine/core';
import type { Tellingen } from '../../../../shared/domain/types';
import { useApiQuery } from '../../api/client';

const KAARTEN: { key: keyof Tellingen; label: string }[] = [
  { key: 'gemeenten', label: 'Gemeenten' },
  { key: 'organisaties', label: 'Organisaties (totaal)' },
  { key: 'groepen', label: 'Groepen' },
  { key: 'kandidaten', label: 'Kandidaten' },
  { key: 'planningactiviteiten', label: 'Planningactiviteiten' },
  { key: 'bijeenkomsten', label: 'Bijeenkomsten' },
  { key: 'besluiten', label: 'Besluiten' },
  { key: 'openActiepunten', label: 'Open actiepunten' },
];

/** The start page: for now the record counts of the open werkgroep; key figures and charts follow. */
export function DashboardPage() {
  const werkgroep = useApiQuery('werkgroep.ophalen', {});
  const tellingen = useApiQuery('overzicht.tellingen', {});

  if (tellingen.isPending || werkgroep.isPending) return <Loader aria-label="Overzicht laden" />;
  if (tellingen.isError) return <Alert color="red">{tellingen.error.message}</Alert>;
  if (werkgroep.isError) return <Alert color="red">{werkgroep.error.message}</Alert>;

  return (
    <>
      <Text size="lg" fw={600} data-testid="werkgroepnaam">
        {werkgroep.data.naam}
      </Text>
      <Text c="dimmed" mb="lg">
        Regio {werkgroep.data.regio}
      </Text>
      <section aria-label="Aantallen in dit bestand">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {KAARTEN.map(({ key, label }) => (
            <Card key={key} withBorder padding="md">
              <Text size="sm" c="dimmed" component="h2">
                {label}
              </Text>
              <Text size="xl" fw={700} data-testid={`telling-${key}`}>
                {tellingen.data[key]}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <Text size="sm" c="dimmed" mt="lg">
        Kerncijfers en grafieken (uitstroom, treden, SROI) verschijnen hier zodra die onderdelen gebouwd zijn.
      </Text>
    </>
  );
}
