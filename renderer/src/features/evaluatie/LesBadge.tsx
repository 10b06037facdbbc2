import { Badge } from '@mantine/core';
import { LES_SOORT_LABEL, type LesSoort } from '../../../../shared/domain/monitoring';
import { LES_KLEUR } from './weergave';

/** The kind of a lesson as a coloured badge; dark text keeps it readable on the light fill. */
export function LesBadge({ soort }: { soort: LesSoort }) {
  return (
    <Badge variant="light" color={LES_KLEUR[soort]} c="dark.8" tt="none">
      {LES_SOORT_LABEL[soort]}
    </Badge>
  );
}
