import { Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Periode } from '../../../shared/domain/monitoring';

interface Props {
  periode: Periode;
  onPeriode: (p: Periode) => void;
  vanLabel?: string;
  /** More filters on the same line, e.g. a group. */
  children?: ReactNode;
}

/** Two date fields; an end before the start is said at the field rather than refused by main. */
export function PeriodeKiezer({ periode, onPeriode, vanLabel = 'Periode van', children }: Props) {
  const omgedraaid = periode.van !== '' && periode.tot !== '' && periode.tot < periode.van;
  return (
    <Group align="flex-start" gap="sm">
      <TextInput
        label={vanLabel}
        type="date"
        value={periode.van}
        onChange={(e) => onPeriode({ ...periode, van: e.currentTarget.value })}
        error={periode.van === '' ? 'Vul een begindatum in.' : undefined}
        w={170}
      />
      <TextInput
        label="tot en met"
        type="date"
        value={periode.tot}
        onChange={(e) => onPeriode({ ...periode, tot: e.currentTarget.value })}
        error={
          periode.tot === ''
            ? 'Vul een einddatum in.'
            : omgedraaid
              ? 'Het einde ligt voor het begin.'
              : undefined
        }
        w={170}
      />
      {children}
    </Group>
  );
}
