import { Alert, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { Tellingen } from '../../../../shared/domain/types';
import { useApiQuery } from '../../api/client';

const tel =
  (key: keyof Tellingen) =>
  (t: Tellingen): number =>
    t[key];

// The gemeenten are organisations in the file, but a new werkgroep that reads "Organisaties: 7"
// before it added any thinks something is there already: the others are counted apart.
const TELLINGEN: { key: string; label: string; waarde: (t: Tellingen) => number }[] = [
  { key: 'gemeenten', label: 'Gemeenten', waarde: tel('gemeenten') },
  { key: 'andere-organisaties', label: 'Andere organisaties', waarde: (t) => t.organisaties - t.gemeenten },
  { key: 'groepen', label: 'Groepen', waarde: tel('groepen') },
  { key: 'kandidaten', label: 'Kandidaten', waarde: tel('kandidaten') },
  { key: 'planningactiviteiten', label: 'Planningactiviteiten', waarde: tel('planningactiviteiten') },
  { key: 'bijeenkomsten', label: 'Bijeenkomsten', waarde: tel('bijeenkomsten') },
  { key: 'besluiten', label: 'Besluiten', waarde: tel('besluiten') },
  { key: 'openActiepunten', label: 'Open actiepunten', waarde: tel('openActiepunten') },
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
          {TELLINGEN.map(({ key, label, waarde }) => (
            <Paper key={key} withBorder px="sm" py={6}>
              <Text size="sm">
                {label}:{' '}
                <Text span fw={700} data-testid={`telling-${key}`}>
                  {waarde(tellingen.data)}
                </Text>
              </Text>
            </Paper>
          ))}
        </Group>
      )}
    </section>
  );
}
