import { Tabs } from '@mantine/core';
import { ActielijstTab } from './ActielijstTab';
import { BesluitenlijstTab } from './BesluitenlijstTab';
import { BijeenkomstenLijst } from './BijeenkomstenLijst';
import { BijeenkomstPage } from './BijeenkomstPage';
import { leesBijeenkomstPad } from './route';

/**
 * `#/bijeenkomsten` shows the meetings, the actielijst and the besluitenlijst;
 * `#/bijeenkomsten/<id>` one meeting with its agenda, attendees, decisions and actions, and
 * `#/bijeenkomsten/<id>/besluiten/<besluit>` that meeting at a tab with one besluit (or action) shown.
 */
export function BijeenkomstenPage({ pad }: { pad: string | null }) {
  if (pad) return <BijeenkomstPage route={leesBijeenkomstPad(pad)} />;
  return (
    <Tabs defaultValue="bijeenkomsten" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="bijeenkomsten">Bijeenkomsten</Tabs.Tab>
        <Tabs.Tab value="acties">Actielijst</Tabs.Tab>
        <Tabs.Tab value="besluiten">Besluitenlijst</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="bijeenkomsten" pt="md">
        <BijeenkomstenLijst />
      </Tabs.Panel>
      <Tabs.Panel value="acties" pt="md">
        <ActielijstTab />
      </Tabs.Panel>
      <Tabs.Panel value="besluiten" pt="md">
        <BesluitenlijstTab />
      </Tabs.Panel>
    </Tabs>
  );
}
