import { Stack, Table, Text, Title } from '@mantine/core';
import { deelTekst } from '../../../../shared/domain/aandelen';
import {
  KANDIDATEN_UITLEG,
  ladderUitleg,
  nietToegerekendCent,
  nietToegerekendUitleg,
  tijdTotBetaaldWerkUitleg,
} from '../../../../shared/domain/indicator-teksten';
import type { Kerncijfers } from '../../../../shared/domain/monitoring';
import { formatBedrag, formatGetal } from '../../../../shared/format/nl';
import { SroiTabel } from './SroiTabel';
import { UitstroomTabel } from './UitstroomTabel';
import { meervoud, stijgingInTreden } from './weergave';

function Rij({ label, waarde, toelichting }: { label: string; waarde: string; toelichting?: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {label}
      </Table.Th>
      <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
        {waarde}
      </Table.Td>
      <Table.Td c="dimmed" fz="sm">
        {toelichting}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The figures the FO reads, as plain tables: totals first, then outcomes, then SROI per aanbieder
 * and per gemeente. Only aggregates; no candidate appears here.
 */
export function Indicatoren({ cijfers }: { cijfers: Kerncijfers }) {
  const { kandidaten, ladder, tijdTotBetaaldWerk: tijd, sroi, besparing } = cijfers;
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} size="h4" id="kop-indicatoren" mb="xs">
          Indicatoren
        </Title>
        <Table aria-labelledby="kop-indicatoren" data-testid="indicatoren" maw={900}>
          <Table.Tbody>
            <Rij label="Kandidaten" waarde={String(kandidaten.totaal)} toelichting={KANDIDATEN_UITLEG} />
            <Rij
              label="Gemiddelde stijging op de participatieladder"
              waarde={stijgingInTreden(ladder.gemiddeldeStijging)}
              toelichting={ladderUitleg(ladder)}
            />
            <Rij
              label="Mediaan dagen tot betaald werk"
              waarde={tijd.mediaanDagen === null ? '–' : meervoud(tijd.mediaanDagen, 'dag', 'dagen')}
              toelichting={tijdTotBetaaldWerkUitleg(tijd)}
            />
            <Rij
              label="SROI gerealiseerd"
              waarde={formatBedrag(sroi.gerealiseerdCent)}
              toelichting={`van ${formatBedrag(sroi.verplichtingCent)} verplicht (${deelTekst(sroi.gerealiseerdCent, sroi.verplichtingCent)})`}
            />
            <Rij
              label="Besparing op uitkeringen (schatting)"
              waarde={formatBedrag(besparing.schattingCent)}
              toelichting={`schatting: ${formatGetal(besparing.maandenUitUitkering)} maanden uit de uitkering × ${formatBedrag(besparing.bedragPerMaandCent)} per maand`}
            />
          </Table.Tbody>
        </Table>
      </div>
      <UitstroomTabel uitstroom={cijfers.uitstroom} totaal={kandidaten.totaal} />
      <SroiTabel titel="SROI per aanbieder" kolom="Aanbieder" staven={sroi.perAanbieder} />
      <SroiTabel
        titel="SROI per gemeente"
        kolom="Gemeente"
        staven={sroi.perGemeente}
        voetnoot={nietToegerekendUitleg(nietToegerekendCent(sroi))}
      />
      <Text size="xs" c="dimmed">
        De besparing is een schatting: maanden zonder uitkering keer een vast bedrag per maand, geen
        afrekening van de gemeente.
      </Text>
    </Stack>
  );
}
