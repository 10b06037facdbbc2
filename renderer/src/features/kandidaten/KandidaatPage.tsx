import { Loader, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/client';
import { NietTeOpenen } from '../../app/NietTeOpenen';
import { GegevensTab } from './GegevensTab';
import { KandidaatKop } from './KandidaatKop';
import { LadderTab } from './ladder/LadderTab';
import { LeerlijnTab } from './leerlijn/LeerlijnTab';
import { PlanTab } from './plan/PlanTab';
import { UitstroomTab } from './uitstroom/UitstroomTab';

/** One candidate: record, persoonlijk plan, leerlijn, participatieladder and outcomes, each a tab. */
export function KandidaatPage({ id }: { id: string }) {
  // Privacy first: the name stays hidden until asked for, on every visit; main sends it only then.
  const [naamTonen, setNaamTonen] = useState(false);
  const dossier = useApiQuery('kandidaten.dossier', { id, metNamen: naamTonen }, true, true);

  if (dossier.isError)
    return (
      <NietTeOpenen
        wat="Deze kandidaat"
        melding={dossier.error.message}
        terug={{ pad: 'kandidaten', naar: 'alle kandidaten' }}
      />
    );
  if (dossier.isPending) return <Loader aria-label="Kandidaat laden" />;
  const d = dossier.data;

  return (
    <Stack gap="lg">
      <KandidaatKop
        kandidaat={d.kandidaat}
        naamTonen={naamTonen}
        naamVastgelegd={d.naamVerborgen || d.kandidaat.naam !== null || d.kandidaat.initialen !== null}
        onNaamTonen={setNaamTonen}
      />
      <Tabs defaultValue="gegevens" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="gegevens">Gegevens</Tabs.Tab>
          <Tabs.Tab value="plan">Persoonlijk plan</Tabs.Tab>
          <Tabs.Tab value="leerlijn">Leerlijn</Tabs.Tab>
          <Tabs.Tab value="ladder">Participatieladder</Tabs.Tab>
          <Tabs.Tab value="uitstroom">Uitstroom</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="gegevens" pt="md">
          <GegevensTab kandidaat={d.kandidaat} naamTonen={naamTonen} naamVerborgen={d.naamVerborgen} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <PlanTab kandidaatId={d.kandidaat.id} plan={d.plan} />
        </Tabs.Panel>
        <Tabs.Panel value="leerlijn" pt="md">
          <LeerlijnTab
            kandidaatId={d.kandidaat.id}
            kandidaatStatus={d.kandidaat.status}
            stappen={d.stappen}
          />
        </Tabs.Panel>
        <Tabs.Panel value="ladder" pt="md">
          <LadderTab kandidaatId={d.kandidaat.id} metingen={d.metingen} beweging={d.beweging} />
        </Tabs.Panel>
        <Tabs.Panel value="uitstroom" pt="md">
          <UitstroomTab kandidaatId={d.kandidaat.id} uitstroom={d.uitstroom} terugval={d.terugval} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
