import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Periode } from '../../../shared/domain/monitoring';
import { DatumVeld } from './DatumVeld';

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
      <DatumVeld
        label={vanLabel}
        value={periode.van}
        onChange={(d) => onPeriode({ ...periode, van: d })}
        error={periode.van === '' ? 'Vul een begindatum in.' : undefined}
        w={170}
      />
      <DatumVeld
        label="tot en met"
        value={periode.tot}
        onChange={(d) => onPeriode({ ...periode, tot: d })}
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
