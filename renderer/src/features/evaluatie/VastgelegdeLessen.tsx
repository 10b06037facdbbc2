import { Stack, Text, Title } from '@mantine/core';
import { LES_SOORTEN, type Les } from '../../../../shared/domain/monitoring';
import { LesRegel } from './LesRegel';
import { LES_VRAAG } from './weergave';

/** The lessons frozen with the evaluation, under the four questions. */
export function VastgelegdeLessen({ lessen }: { lessen: Les[] }) {
  return (
    <Stack>
      <Title order={3} size="h4">
        Lessen uit deze periode
      </Title>
      {lessen.length === 0 && (
        <Text c="dimmed">
          Er zijn in deze periode geen lessen opgeschreven. Voeg ze toe onder "Lessen" en vernieuw dan de
          cijfers.
        </Text>
      )}
      {LES_SOORTEN.filter((s) => lessen.some((l) => l.soort === s)).map((s) => (
        <Stack key={s} gap="xs">
          <Title order={4} size="h5">
            {LES_VRAAG[s]}
          </Title>
          {lessen
            .filter((l) => l.soort === s)
            .map((l) => (
              <LesRegel key={l.id} les={l} />
            ))}
        </Stack>
      ))}
    </Stack>
  );
}
