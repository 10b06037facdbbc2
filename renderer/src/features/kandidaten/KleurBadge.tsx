import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A light badge that stays readable: the text in the darkest shade (Mantine's own light-variant
 * text fails WCAG contrast on striped rows) and never cut off with "…" in a narrow table column.
 */
export function KleurBadge({ kleur, children }: { kleur: string; children: ReactNode }) {
  return (
    <Badge
      color={kleur}
      c={`${kleur}.9`}
      variant="light"
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
