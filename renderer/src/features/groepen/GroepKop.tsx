import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Groep } from '../../../../shared/domain/kandidaten';
import { formatDatum } from '../../../../shared/format/nl';

interface Props {
  groep: Groep;
  onBewerken: () => void;
}

/** The group's name, its dates and the organisations that take part, and the way back. */
export function GroepKop({ groep: g, onBewerken }: Props) {
  const data = [
    g.startdatum && `Start ${formatDatum(g.startdatum)}`,
    g.terugkoppeldatum && `terugkoppeling ${formatDatum(g.terugkoppeldatum)}`,
  ].filter(Boolean);
  return (
    <Stack gap={6}>
      <Anchor href="#/groepen" size="sm" c="tafel.8">
        ← Alle groepen
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{g.naam}</Title>
          <Text size="sm" c="dimmed">
            {data.join(' · ') || 'Nog geen start- of terugkoppeldatum'}
          </Text>
        </Stack>
        <Button variant="default" onClick={onBewerken}>
          Groep bewerken
        </Button>
      </Group>
      {g.organisaties.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog geen deelnemende organisaties.
        </Text>
      ) : (
        <Group gap={6} aria-label="Deelnemende organisaties" role="list">
          {g.organisaties.map((o) => (
            <Badge key={o} variant="light" color="gray" tt="none" role="listitem">
              {o}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
