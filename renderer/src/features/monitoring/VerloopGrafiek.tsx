import { LineChart } from '@mantine/charts';
import type { MaandTelling } from '../../../../shared/domain/monitoring';
import { formatMaand } from '../../../../shared/format/nl';
import { GrafiekFiguur } from './GrafiekFiguur';
import { korteMaand } from './weergave';

/** Month by month: candidates in a trajectory, and those in paid work at the end of the month. */
export function VerloopGrafiek({ perMaand }: { perMaand: MaandTelling[] }) {
  const leeg = perMaand.every((m) => m.actief === 0 && m.betaaldWerk === 0);
  return (
    <GrafiekFiguur
      titel="Kandidaten per maand: in traject en in betaald werk"
      leeg={leeg ? 'Nog geen kandidaten in traject in deze periode.' : null}
      testId="grafiek-verloop"
      kolommen={['Maand', 'In traject', 'In betaald werk']}
      rijen={perMaand.map((m) => [formatMaand(m.maand), String(m.actief), String(m.betaaldWerk)])}
    >
      <LineChart
        h={260}
        data={perMaand.map((m) => ({ ...m, label: korteMaand(m.maand) }))}
        dataKey="label"
        series={[
          { name: 'actief', label: 'In traject', color: 'tafel.7' },
          { name: 'betaaldWerk', label: 'In betaald werk', color: 'orange.9' },
        ]}
        yAxisProps={{ allowDecimals: false }}
        curveType="linear"
        withLegend
        // Recharts sorts the legend alphabetically; keep the order of the series (before → after).
        legendProps={{ itemSorter: null }}
        accessibilityLayer={false}
        lineProps={{ isAnimationActive: false }}
      />
    </GrafiekFiguur>
  );
}
