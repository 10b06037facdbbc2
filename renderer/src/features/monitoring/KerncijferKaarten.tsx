import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { deelTekst, procentTekst } from '../../../../shared/domain/aandelen';
import {
  KANDIDATEN_UITLEG,
  ladderUitleg,
  STAND_UITLEG,
  tijdTotBetaaldWerkUitleg,
} from '../../../../shared/domain/indicator-teksten';
import { KANDIDAAT_STATUS_LABEL, KANDIDAAT_STATUSSEN } from '../../../../shared/domain/kandidaten';
import type { Kerncijfers } from '../../../../shared/domain/monitoring';
import { formatBedrag, formatGetal } from '../../../../shared/format/nl';
import { Kaart } from './Kaart';
import { euro, meervoud, stijging } from './weergave';

interface Props {
  cijfers: Kerncijfers;
  /** Shown in the estimate's card, e.g. a way to change the monthly amount (the dashboard only). */
  besparingExtra?: ReactNode;
}

/** The six headline figures of a period, each with what it is based on. */
export function KerncijferKaarten({ cijfers, besparingExtra }: Props) {
  const { kandidaten, ladder, tijdTotBetaaldWerk, sroi, besparing } = cijfers;
  const betaald = cijfers.uitstroom.find((r) => r.categorie === 'betaald_werk');
  const perStatus = KANDIDAAT_STATUSSEN.map(
    (s) => `${KANDIDAAT_STATUS_LABEL[s]} ${kandidaten.perStatus[s] ?? 0}`,
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Kaart label="Kandidaten" waarde={String(kandidaten.totaal)} testId="kerncijfer-kandidaten">
        <Text size="sm">{perStatus.join(' · ')}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          Kandidaten {KANDIDATEN_UITLEG}. {STAND_UITLEG}
        </Text>
      </Kaart>
      <Kaart
        label="Uitstroom naar betaald werk"
        waarde={meervoud(betaald?.aantal ?? 0, 'kandidaat', 'kandidaten')}
        testId="kerncijfer-betaald-werk"
      >
        <Text size="sm">
          {betaald?.procent == null
            ? 'Nog geen kandidaten in deze periode.'
            : `${procentTekst(betaald.procent)} van de kandidaten`}
        </Text>
      </Kaart>
      <Kaart
        label="Gemiddelde stijging op de participatieladder"
        waarde={
          ladder.gemiddeldeStijging === null ? 'Nog niet te zeggen' : stijging(ladder.gemiddeldeStijging)
        }
        testId="kerncijfer-ladder"
      >
        <Text size="sm">{ladderUitleg(ladder)}</Text>
      </Kaart>
      <Kaart
        label="Mediaan tijd tot betaald werk"
        waarde={
          tijdTotBetaaldWerk.mediaanDagen === null
            ? 'Nog niet te zeggen'
            : meervoud(tijdTotBetaaldWerk.mediaanDagen, 'dag', 'dagen')
        }
        testId="kerncijfer-tijd"
      >
        <Text size="sm">{tijdTotBetaaldWerkUitleg(tijdTotBetaaldWerk)}</Text>
      </Kaart>
      <Kaart label="SROI gerealiseerd" waarde={euro(sroi.gerealiseerdCent)} testId="kerncijfer-sroi">
        <Text size="sm">
          {sroi.verplichtingCent === 0
            ? 'Geen SROI-verplichting in deze periode.'
            : `van ${euro(sroi.verplichtingCent)} verplicht (${deelTekst(sroi.gerealiseerdCent, sroi.verplichtingCent)})`}
        </Text>
        {cijfers.groep && (
          <Text size="xs" c="dimmed" mt={4}>
            Voor de hele werkgroep: SROI-contracten horen niet bij één groep.
          </Text>
        )}
      </Kaart>
      <Kaart
        label="Geschatte besparing op uitkeringen"
        waarde={euro(besparing.schattingCent)}
        testId="kerncijfer-besparing"
      >
        <Text size="sm">
          Schatting: {formatGetal(besparing.maandenUitUitkering)} maanden ×{' '}
          {formatBedrag(besparing.bedragPerMaandCent)} per maand
        </Text>
        {besparingExtra}
      </Kaart>
    </SimpleGrid>
  );
}
