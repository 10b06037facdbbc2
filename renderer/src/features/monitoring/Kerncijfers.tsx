import '@mantine/charts/styles.css';
import { SimpleGrid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Kerncijfers as KerncijfersData } from '../../../../shared/domain/monitoring';
import { KerncijferKaarten } from './KerncijferKaarten';
import { LadderGrafiek } from './LadderGrafiek';
import { SroiGrafiek } from './SroiGrafiek';
import { UitstroomGrafiek } from './UitstroomGrafiek';
import { VerloopGrafiek } from './VerloopGrafiek';

interface Props {
  cijfers: KerncijfersData;
  /** Extra controls in the estimate's card; the dashboard passes the monthly-amount setting. */
  besparingExtra?: ReactNode;
}

/**
 * The key figures with their charts, shared by the dashboard and an evaluation (where they are
 * frozen). Aggregates only: nothing here names a candidate.
 */
export function Kerncijfers({ cijfers, besparingExtra }: Props) {
  return (
    <Stack gap="lg">
      <KerncijferKaarten cijfers={cijfers} besparingExtra={besparingExtra} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <UitstroomGrafiek uitstroom={cijfers.uitstroom} />
        <LadderGrafiek perGroep={cijfers.ladder.perGroep} />
        <SroiGrafiek perAanbieder={cijfers.sroi.perAanbieder} perGroep={cijfers.groep !== null} />
        <VerloopGrafiek perMaand={cijfers.perMaand} />
      </SimpleGrid>
    </Stack>
  );
}
