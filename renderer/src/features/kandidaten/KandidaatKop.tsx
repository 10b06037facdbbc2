import { Anchor, Group, Stack, Switch, Text, Title } from '@mantine/core';
import type { Kandidaat } from '../../../../shared/domain/kandidaten';
import { useZonderPersoonsgegevens } from '../samenwerken/useZonderPersoonsgegevens';
import { StatusBadge } from './StatusBadge';

interface Props {
  kandidaat: Kandidaat;
  naamTonen: boolean;
  /** A name or initials are stored (whether or not they were sent). */
  naamVastgelegd: boolean;
  onNaamTonen: (tonen: boolean) => void;
}

/** Who this is: the code (the name only on request), status, gemeente and group, and the way back. */
export function KandidaatKop({ kandidaat: k, naamTonen, naamVastgelegd, onNaamTonen }: Props) {
  const waar = [k.gemeente, k.groep].filter(Boolean).join(' · ');
  const zonderPersoonsgegevens = useZonderPersoonsgegevens();
  return (
    <Stack gap={4}>
      <Anchor href="#/kandidaten" size="sm" c="tafel.8">
        ← Alle kandidaten
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={2} data-testid="kandidaat-code">
            {k.code}
          </Title>
          {naamTonen && k.naam && (
            <Text size="lg" fw={500} data-testid="kandidaat-naam">
              {k.naam}
            </Text>
          )}
          {/* Initials are personal data too: shown with the name, on request, like in the list. */}
          {naamTonen && k.initialen && (
            <Text size="lg" c="dimmed">
              {k.initialen}
            </Text>
          )}
          <StatusBadge status={k.status} />
        </Group>
        {/* A member's copy holds no names at all: no switch that could only stay off. */}
        {!zonderPersoonsgegevens && (
          <Switch
            label="Naam tonen"
            checked={naamTonen}
            onChange={(e) => onNaamTonen(e.currentTarget.checked)}
            disabled={!naamVastgelegd}
            description={naamVastgelegd ? undefined : 'Geen naam vastgelegd'}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {waar || 'Nog geen gemeente of groep'}
      </Text>
    </Stack>
  );
}
