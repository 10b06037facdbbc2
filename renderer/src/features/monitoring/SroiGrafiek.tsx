import { BarChart } from '@mantine/charts';
import type { SroiStaaf } from '../../../../shared/domain/monitoring';
import { GrafiekFiguur } from './GrafiekFiguur';
import { euro } from './weergave';

/** Per contractor the SROI obligation against what it realised, in euros. */
export function SroiGrafiek({ perAanbieder, perGroep }: { perAanbieder: SroiStaaf[]; perGroep: boolean }) {
  // The chart works in euros: cents would put seven-digit numbers on the axis.
  const data = perAanbieder.map((a) => ({
    naam: a.naam,
    verplicht: Math.round(a.verplichtingCent / 100),
    gerealiseerd: Math.round(a.gerealiseerdCent / 100),
  }));
  return (
    <GrafiekFiguur
      titel={`SROI per opdrachtnemer: verplicht en gerealiseerd${perGroep ? ' (hele werkgroep)' : ''}`}
      leeg={data.length === 0 ? 'Geen SROI-verplichtingen in deze periode.' : null}
      testId="grafiek-sroi"
      kolommen={['Opdrachtnemer', 'Verplicht', 'Gerealiseerd']}
      rijen={perAanbieder.map((a) => [a.naam, euro(a.verplichtingCent), euro(a.gerealiseerdCent)])}
    >
      <BarChart
        h={Math.max(200, 60 + data.length * 48)}
        data={data}
        dataKey="naam"
        orientation="vertical"
        series={[
          { name: 'verplicht', label: 'Verplicht', color: 'gray.6' },
          { name: 'gerealiseerd', label: 'Gerealiseerd', color: 'tafel.7' },
        ]}
        valueFormatter={(v) => euro(v * 100)}
        yAxisProps={{ width: 180 }}
        gridAxis="x"
        withLegend
        // Recharts sorts the legend alphabetically; keep the order of the series (before → after).
        legendProps={{ itemSorter: null }}
        accessibilityLayer={false}
        barProps={{ isAnimationActive: false }}
      />
    </GrafiekFiguur>
  );
}
