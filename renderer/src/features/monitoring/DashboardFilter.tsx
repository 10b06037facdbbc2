import { SegmentedControl, Select, Stack } from '@mantine/core';
import type { Periode } from '../../../../shared/domain/monitoring';
import { useApiQuery } from '../../api/client';
import { PeriodeKiezer } from '../../app/PeriodeKiezer';
import { PERIODE_KEUZES, type PeriodeKeuze, periodeVoor } from './periode';

export interface Filter {
  keuze: PeriodeKeuze;
  periode: Periode;
  groepId: string | null;
}

interface Props {
  filter: Filter;
  onFilter: (f: Filter) => void;
}

// A Select cannot hold null; this value stands for "the whole werkgroep".
const ALLE = 'alle';

/** Which period and which group the dashboard counts: ready-made periods or two dates, and a group. */
export function DashboardFilter({ filter, onFilter }: Props) {
  const groepen = useApiQuery('groepen.lijst', {});
  const { periode } = filter;
  // Typing a date makes the period the user's own, so the ready-made choice no longer claims it.
  const zetDatum = (p: Periode) => onFilter({ ...filter, keuze: 'eigen', periode: p });

  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Periode"
        data={PERIODE_KEUZES.map((k) => ({ value: k.value, label: k.label }))}
        value={filter.keuze}
        onChange={(v) => {
          const keuze = v as PeriodeKeuze;
          onFilter({ ...filter, keuze, periode: keuze === 'eigen' ? periode : periodeVoor(keuze) });
        }}
        style={{ alignSelf: 'flex-start' }}
      />
      <PeriodeKiezer periode={periode} onPeriode={zetDatum} vanLabel="Van">
        <Select
          label="Groep"
          data={[
            { value: ALLE, label: 'Alle groepen' },
            ...(groepen.data ?? []).map((g) => ({ value: g.id, label: g.naam })),
          ]}
          value={filter.groepId ?? ALLE}
          onChange={(v) => onFilter({ ...filter, groepId: !v || v === ALLE ? null : v })}
          allowDeselect={false}
          error={groepen.isError ? groepen.error.message : undefined}
          w={260}
        />
      </PeriodeKiezer>
    </Stack>
  );
}
