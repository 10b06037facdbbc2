import { Button, Group, Paper, Text } from '@mantine/core';
import { meervoud } from '../../../../shared/format/nl';

interface Props {
  aantal: number;
  onPlaatsen: () => void;
  onWissen: () => void;
}

/** What can be done with the ticked candidates; only there while something is ticked. */
export function SelectieBalk({ aantal, onPlaatsen, onWissen }: Props) {
  if (aantal === 0) return null;
  return (
    <Paper withBorder p="xs" bg="tafel.0" role="region" aria-label="Selectie">
      <Group justify="space-between">
        <Text size="sm" fw={600} role="status">
          {meervoud(aantal, 'kandidaat', 'kandidaten')} geselecteerd
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onWissen}>
            Selectie wissen
          </Button>
          <Button onClick={onPlaatsen}>In groep plaatsen…</Button>
        </Group>
      </Group>
    </Paper>
  );
}
