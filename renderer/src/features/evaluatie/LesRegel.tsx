import { Button, Group, Paper, Text } from '@mantine/core';
import type { Les } from '../../../../shared/domain/monitoring';
import { formatDatum } from '../../../../shared/format/nl';
import { LesBadge } from './LesBadge';
import { groepTekst } from './weergave';

interface Props {
  les: Les;
  /** Left out where the lesson is frozen, in an evaluation. */
  onWijzigen?: (les: Les) => void;
}

/** One lesson: kind, date, author and group above the text itself. */
export function LesRegel({ les, onWijzigen }: Props) {
  return (
    <Paper withBorder p="sm" data-testid="les">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="xs">
          <LesBadge soort={les.soort} />
          <Text size="sm" c="dimmed">
            {formatDatum(les.datum)} · {les.auteur || 'onbekend'} · {groepTekst(les.groepNaam)}
          </Text>
        </Group>
        {onWijzigen && (
          <Button
            variant="subtle"
            size="compact-sm"
            c="tafel.8"
            onClick={() => onWijzigen(les)}
            aria-label={`Les van ${formatDatum(les.datum)} wijzigen`}
          >
            Wijzigen
          </Button>
        )}
      </Group>
      <Text mt={6} style={{ whiteSpace: 'pre-wrap' }}>
        {les.tekst}
      </Text>
    </Paper>
  );
}
