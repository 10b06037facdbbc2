import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Evaluatie } from '../../../../shared/domain/monitoring';
import { StatusBadge } from './StatusBadge';
import { groepTekst, periodeTekst } from './weergave';

interface Props {
  evaluatie: Evaluatie;
  foBezig: boolean;
  onFoPakket: () => void;
  onVerzenden: () => void;
  onVerwijderen: () => void;
}

/** Title, period, group and status, with what can be done with the evaluation now. */
export function EvaluatieKop({ evaluatie: e, foBezig, onFoPakket, onVerzenden, onVerwijderen }: Props) {
  const concept = e.status === 'concept';
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={4}>
        <Title order={2}>{e.titel}</Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {periodeTekst(e.periode)} · {groepTekst(e.groepNaam)}
          </Text>
          <StatusBadge evaluatie={e} />
        </Group>
      </Stack>
      <Group>
        <Button variant="light" onClick={onFoPakket} loading={foBezig}>
          FO-pakket maken
        </Button>
        {concept && <Button onClick={onVerzenden}>Verzonden naar de FO</Button>}
        {concept && (
          <Button variant="default" onClick={onVerwijderen}>
            Verwijderen
          </Button>
        )}
      </Group>
    </Group>
  );
}
