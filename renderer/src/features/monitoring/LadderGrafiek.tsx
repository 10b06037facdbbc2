import { BarChart } from '@mantine/charts';
import { LADDER_GEMETEN_KOP } from '../../../../shared/domain/indicator-teksten';
import type { TredeGroep } from '../../../../shared/domain/monitoring';
import { GrafiekFiguur } from './GrafiekFiguur';
import { trede } from './weergave';

/** Per group the average first rung next to the average latest rung of the participation ladder. */
export function LadderGrafiek({ perGroep }: { perGroep: TredeGroep[] }) {
  const gemeten = perGroep.filter((g) => g.start !== null && g.nu !== null);
  return (
    <GrafiekFiguur
      titel="Participatieladder per groep: gemiddelde trede bij start en nu"
      leeg={gemeten.length === 0 ? 'Nog geen ladder-metingen in deze periode.' : null}
      testId="grafiek-ladder"
      kolommen={['Groep', LADDER_GEMETEN_KOP, 'Trede bij start', 'Trede nu']}
      rijen={gemeten.map((g) => [g.groep, String(g.kandidaten), trede(g.start ?? 0), trede(g.nu ?? 0)])}
    >
      <BarChart
        h={260}
        data={gemeten}
        dataKey="groep"
        series={[
          { name: 'start', label: 'Bij start', color: 'gray.6' },
          { name: 'nu', label: 'Nu', color: 'tafel.7' },
        ]}
        // The ladder has six rungs; a fixed axis keeps groups comparable between periods.
        yAxisProps={{ domain: [0, 6], ticks: [0, 1, 2, 3, 4, 5, 6] }}
        valueFormatter={trede}
        maxBarWidth={72}
        withLegend
        // Recharts sorts the legend alphabetically; keep the order of the series (before → after).
        legendProps={{ itemSorter: null }}
        accessibilityLayer={false}
        barProps={{ isAnimationActive: false }}
      />
    </GrafiekFiguur>
  );
}
