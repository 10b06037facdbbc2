import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** The headline figure, big. */
  waarde: string;
  testId?: string;
  /** The explanation under the figure: what it is made of, how many it counts. */
  children?: ReactNode;
}

/** One key figure: a label, the figure itself and a line or two of context. */
export function Kaart({ label, waarde, testId, children }: Props) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId ? `${testId}-waarde` : undefined}>
        {waarde}
      </Text>
      {children}
    </Card>
  );
}
