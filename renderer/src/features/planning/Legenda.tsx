import { Group, Text } from '@mantine/core';
import { BALK_UITLEG, type BalkSoort, balkStijl } from './weergave';

const SOORTEN: BalkSoort[] = ['gepland', 'bezig', 'klaar', 'laat'];

/** What the colours, the diamond and the red line in the Gantt mean, and how to move a bar. */
export function Legenda() {
  return (
    <Group gap="lg" aria-label="Legenda" role="group">
      {SOORTEN.map((s) => (
        <Group key={s} gap={6} wrap="nowrap">
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 28,
              height: 14,
              borderRadius: 3,
              ...balkStijl(s),
            }}
          />
          <Text size="sm">{BALK_UITLEG[s]}</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <Text component="span" c="grape.9" aria-hidden>
          ◆
        </Text>
        <Text size="sm">Mijlpaal</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span
          aria-hidden
          style={{ display: 'inline-block', width: 2, height: 16, background: 'var(--mantine-color-red-8)' }}
        />
        <Text size="sm">Vandaag</Text>
      </Group>
      <Text size="sm" c="dimmed">
        Sleep een balk om hem te verplaatsen, of de rechterrand om de laatste maand te wijzigen (toetsenbord:
        Alt+pijltjes).
      </Text>
    </Group>
  );
}
