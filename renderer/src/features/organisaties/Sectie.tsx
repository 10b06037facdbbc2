import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Unique on the page: the heading's id, which names the section for screen readers. */
  id: string;
  titel: string;
  /** Controls beside the heading (a switch, a year). */
  rechts?: ReactNode;
  children: ReactNode;
}

/** One part of an organisation's page: a heading that names it, and its content. */
export function Sectie({ id, titel, rechts, children }: Props) {
  return (
    <Stack component="section" aria-labelledby={`kop-${id}`} gap="xs">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3} size="h4" id={`kop-${id}`}>
          {titel}
        </Title>
        {rechts}
      </Group>
      {children}
    </Stack>
  );
}
