import { Paper, Progress, Text } from '@mantine/core';
import type { Voortgang } from '../../../../shared/domain/monitoring';

/** The running FO-pakket export: the step main is on and how far it is. */
export function FoVoortgang({ voortgang }: { voortgang: Voortgang | null }) {
  const procent =
    voortgang && voortgang.totaal > 0 ? Math.round((voortgang.gedaan / voortgang.totaal) * 100) : 0;
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite">
      <Text size="sm" mb={6}>
        FO-pakket maken: {voortgang?.stap ?? 'starten…'}
      </Text>
      <Progress value={procent} animated aria-label={`FO-pakket ${procent} procent klaar`} />
    </Paper>
  );
}
