import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Organisatie } from '../../../../shared/domain/organisaties';
import { SOORT_LABEL } from '../../../../shared/domain/organisaties';
import { formatDatum } from '../../../../shared/format/nl';

interface Props {
  organisatie: Organisatie;
  onBewerken: () => void;
}

/** The organisation's name, kind and archived state, the way back to the list, and editing. */
export function OrganisatieKop({ organisatie: o, onBewerken }: Props) {
  return (
    <Stack gap={6}>
      <Anchor href="#/organisaties" size="sm" c="tafel.8">
        ← Alle organisaties
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Group gap="sm" align="center">
            <Title order={2}>{o.naam}</Title>
            {o.gearchiveerdOp && (
              <Badge color="gray" variant="light">
                Gearchiveerd
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {SOORT_LABEL[o.soort]}
            {o.gearchiveerdOp &&
              ` · gearchiveerd op ${formatDatum(o.gearchiveerdOp)}: staat niet meer in keuzelijsten`}
          </Text>
        </Stack>
        <Button variant="default" onClick={onBewerken}>
          Organisatie bewerken
        </Button>
      </Group>
    </Stack>
  );
}
