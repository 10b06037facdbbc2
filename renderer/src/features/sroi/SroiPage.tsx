import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { ditJaar } from '../../../../shared/klok';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonExportGelukt } from '../../app/exportGelukt';
import { toonFout } from '../../app/notify';
import { ContractenTab } from './ContractenTab';
import { RealisatiesTab } from './RealisatiesTab';
import { Verdeling } from './Verdeling';
import { WaarderingTab } from './waardering/WaarderingTab';
import { euro } from './weergave';

function Overzicht({ van, tot, jaar }: { van: string; tot: string; jaar: string }) {
  const overzicht = useApiQuery('sroi.overzicht', { van, tot });
  if (overzicht.isError) return <Alert color="red">{overzicht.error.message}</Alert>;
  if (overzicht.isPending) return <Loader aria-label="Overzicht laden" />;
  const o = overzicht.data;
  if (o.perOpdrachtnemer.length === 0)
    return (
      <Alert color="gray" title="Geen verplichtingen of realisaties in dit jaar">
        Er lopen in {jaar} geen contracten met een SROI-verplichting en er is niets gerealiseerd. Voeg onder
        Contracten een contract toe.
      </Alert>
    );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Verdeling
          titel="Per aanbieder"
          soort="nemer"
          regels={o.perOpdrachtnemer}
          totaalVerplichting={o.totaalCent}
          totaalGerealiseerd={o.gerealiseerdCent}
          capaciteitsmaat={o.capaciteitsmaat}
        />
        <Verdeling
          titel="Per gemeente"
          soort="gemeente"
          regels={o.perGemeente}
          totaalVerplichting={o.totaalCent}
          totaalGerealiseerd={o.gerealiseerdCent - o.nietToegerekendCent}
        />
      </SimpleGrid>
      {o.nietToegerekendCent > 0 && (
        <Text size="sm" c="dimmed">
          {euro(o.nietToegerekendCent)} is gerealiseerd door aanbieders zonder contract met een gemeente; dat
          telt alleen per aanbieder mee.
        </Text>
      )}
    </Stack>
  );
}

const TABS = ['overzicht', 'contracten', 'realisaties', 'waardering'];

/**
 * SROI: what is owed and delivered in a year, the contracts, the realisations and how they are valued.
 * `tab` opens one tab directly (`#/sroi/waardering`), e.g. from the dashboard's Aan de slag list.
 */
export function SroiPage({ tab }: { tab?: string | null }) {
  const huidigJaar = ditJaar();
  const [jaar, setJaar] = useState(String(huidigJaar));
  const van = `${jaar}-01-01`;
  const tot = `${jaar}-12-31`;
  const exporteren = useApiMutation('sroi.exporteren');

  const exporteer = () =>
    exporteren.mutate(
      { van, tot },
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('Het SROI-overzicht is opgeslagen als', r.pad),
      },
    );

  return (
    <Stack gap="lg">
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label="Jaar"
            data={[-2, -1, 0, 1, 2].map((d) => String(huidigJaar + d))}
            value={jaar}
            onChange={(j) => j && setJaar(j)}
            allowDeselect={false}
            w={140}
          />
          <Text size="sm" c="dimmed" maw={560}>
            De verplichting van een contract wordt naar rato van de dagen over het jaar verdeeld, en over de
            gemeenten naar hun aandeel in de contractwaarde. Realisaties tellen in het jaar van hun datum.
          </Text>
        </Group>
        <Button variant="light" onClick={exporteer} loading={exporteren.isPending}>
          Exporteren naar Excel
        </Button>
      </Group>
      <Tabs defaultValue={tab && TABS.includes(tab) ? tab : 'overzicht'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overzicht">Overzicht</Tabs.Tab>
          <Tabs.Tab value="contracten">Contracten</Tabs.Tab>
          <Tabs.Tab value="realisaties">Realisaties</Tabs.Tab>
          <Tabs.Tab value="waardering">Waardering en menukaart</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overzicht" pt="md">
          <Overzicht van={van} tot={tot} jaar={jaar} />
        </Tabs.Panel>
        <Tabs.Panel value="contracten" pt="md">
          <ContractenTab />
        </Tabs.Panel>
        <Tabs.Panel value="realisaties" pt="md">
          <RealisatiesTab van={van} tot={tot} />
        </Tabs.Panel>
        <Tabs.Panel value="waardering" pt="md">
          <WaarderingTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
