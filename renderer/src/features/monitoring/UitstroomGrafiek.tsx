import { BarChart } from '@mantine/charts';
import { procentTekst } from '../../../../shared/domain/aandelen';
import {
  getoondeUitstroom,
  UITSTROOM_CATEGORIE_LABEL,
  type UitstroomRegel,
} from '../../../../shared/domain/monitoring';
import { GrafiekFiguur } from './GrafiekFiguur';

/** Where the candidates went: one bar per outcome category, counted in candidates. */
export function UitstroomGrafiek({ uitstroom: alle }: { uitstroom: UitstroomRegel[] }) {
  const uitstroom = getoondeUitstroom(alle);
  const data = uitstroom.map((r) => ({
    categorie: UITSTROOM_CATEGORIE_LABEL[r.categorie],
    aantal: r.aantal,
  }));
  const leeg = uitstroom.every((r) => r.aantal === 0) ? 'Nog geen kandidaten in deze periode.' : null;
  return (
    <GrafiekFiguur
      titel="Uitstroom naar categorie"
      leeg={leeg}
      testId="grafiek-uitstroom"
      kolommen={['Categorie', 'Kandidaten', 'Aandeel']}
      rijen={uitstroom.map((r) => [
        UITSTROOM_CATEGORIE_LABEL[r.categorie],
        String(r.aantal),
        procentTekst(r.procent),
      ])}
    >
      <BarChart
        h={260}
        data={data}
        dataKey="categorie"
        orientation="vertical"
        series={[{ name: 'aantal', label: 'Kandidaten', color: 'tafel.7' }]}
        yAxisProps={{ width: 200 }}
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        accessibilityLayer={false}
        barProps={{ isAnimationActive: false }}
      />
    </GrafiekFiguur>
  );
}
