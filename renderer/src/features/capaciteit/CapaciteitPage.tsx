import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { AanbodTab } from './AanbodTab';
import { BordTab } from './BordTab';
import { KalenderTab } from './KalenderTab';
import { ditKalenderjaar } from './weergave';

/**
 * Capacity: the places organisations offer against what the candidates' leerlijnen need, the
 * offers themselves, and the tenders coming up. The period is shared so the board and its export
 * show the same thing.
 */
export function CapaciteitPage() {
  const [periode, setPeriode] = useState(ditKalenderjaar);
  return (
    <Tabs defaultValue="bord" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="bord">Capaciteitsbord</Tabs.Tab>
        <Tabs.Tab value="aanbod">Aanbod</Tabs.Tab>
        <Tabs.Tab value="kalender">Aanbestedingskalender</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="bord" pt="md">
        <BordTab periode={periode} onPeriode={setPeriode} />
      </Tabs.Panel>
      <Tabs.Panel value="aanbod" pt="md">
        <AanbodTab periode={periode} />
      </Tabs.Panel>
      <Tabs.Panel value="kalender" pt="md">
        <KalenderTab />
      </Tabs.Panel>
    </Tabs>
  );
}
