import { Alert, Anchor, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Actiepunt } from '../../../../shared/domain/bijeenkomsten';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout } from '../../app/notify';
import { gaNaar } from '../../app/useHashRoute';
import { Verwijderen } from '../../app/Verwijderen';
import { meldVerwijderd } from '../../ongedaan/melden';
import { AanwezigenEditor } from './AanwezigenEditor';
import { ActieFormulier } from './ActieFormulier';
import { ActiesTabel } from './ActiesTabel';
import { AgendaEditor } from './AgendaEditor';
import { BesluitenSectie } from './BesluitenSectie';
import { BijeenkomstFormulier } from './BijeenkomstFormulier';
import { type BijeenkomstRoute, type BijeenkomstTab, bijeenkomstPad } from './route';
import { koppelActiesTerug } from './terugzetten';
import { VergaderstukkenMenu } from './VergaderstukkenMenu';
import { bijeenkomstNaam, wanneerEnWaar } from './weergave';

/**
 * One meeting: agenda with notes, attendees, decisions and actions, and its Vergaderstukken. The
 * open tab is in the URL, so a link can open the Besluiten tab at one besluit.
 */
export function BijeenkomstPage({ route }: { route: BijeenkomstRoute }) {
  const { id, tab, doel } = route;
  const detail = useApiQuery('bijeenkomsten.detail', { id });
  const [bewerken, setBewerken] = useState<boolean>(false);
  const [actie, setActie] = useState<Actiepunt | null | undefined>(undefined);
  // The besluit a new action follows from, when it was added at that besluit.
  const [bijBesluit, setBijBesluit] = useState<string | null>(null);
  const nieuweActie = (besluitId: string | null) => {
    setBijBesluit(besluitId);
    setActie(null);
  };
  const [weg, setWeg] = useState(false);
  const verwijderen = useApiMutation('bijeenkomsten.verwijderen');

  if (detail.isPending) return <Loader aria-label="Bijeenkomst laden" />;
  if (detail.isError)
    return (
      <Alert color="red" title="Deze bijeenkomst kan niet worden getoond">
        {detail.error.message} <Anchor href="#/bijeenkomsten">Terug naar de bijeenkomsten</Anchor>
      </Alert>
    );
  const b = detail.data;
  return (
    <Stack>
      <Anchor href="#/bijeenkomsten" size="sm" c="tafel.8">
        ← Alle bijeenkomsten
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{bijeenkomstNaam(b)}</Title>
          <Text size="sm" c="dimmed">
            {wanneerEnWaar(b)}
          </Text>
        </Stack>
        <Group>
          <Button variant="default" onClick={() => setBewerken(true)}>
            Gegevens wijzigen
          </Button>
          <VergaderstukkenMenu id={id} />
          <Button variant="default" color="red" onClick={() => setWeg(true)}>
            Verwijderen
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(t) => t && t !== tab && gaNaar(bijeenkomstPad(id, t as BijeenkomstTab))}>
        <Tabs.List>
          <Tabs.Tab value="agenda">Agenda ({b.agenda.length})</Tabs.Tab>
          <Tabs.Tab value="aanwezigen">Aanwezigen ({b.aanwezigen.filter((a) => a.aanwezig).length})</Tabs.Tab>
          <Tabs.Tab value="besluiten">Besluiten ({b.besluiten.length})</Tabs.Tab>
          <Tabs.Tab value="acties">Acties ({b.acties.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaEditor bijeenkomst={b} />
        </Tabs.Panel>
        <Tabs.Panel value="aanwezigen" pt="md">
          <AanwezigenEditor bijeenkomst={b} />
        </Tabs.Panel>
        <Tabs.Panel value="besluiten" pt="md">
          <BesluitenSectie
            bijeenkomst={b}
            gemarkeerd={tab === 'besluiten' ? doel : null}
            onActieToevoegen={nieuweActie}
            onActieBewerken={setActie}
          />
        </Tabs.Panel>
        <Tabs.Panel value="acties" pt="md">
          <Stack>
            {b.acties.length === 0 ? (
              <Text c="dimmed">Uit deze bijeenkomst komen nog geen acties.</Text>
            ) : (
              <ActiesTabel
                acties={b.acties}
                gemarkeerd={tab === 'acties' ? doel : null}
                onBewerken={setActie}
              />
            )}
            <Group>
              <Button onClick={() => nieuweActie(null)}>Actie toevoegen</Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <BijeenkomstFormulier bijeenkomst={bewerken ? b : undefined} onClose={() => setBewerken(false)} />
      <ActieFormulier
        actie={actie}
        bijeenkomstId={b.id}
        besluitId={bijBesluit}
        // An action added at a besluit concerns what the besluit concerns, until the user changes it.
        activiteitId={b.besluiten.find((x) => x.id === bijBesluit)?.activiteitId ?? null}
        onClose={() => setActie(undefined)}
      />
      <Verwijderen
        opened={weg}
        vraag={`${bijeenkomstNaam(b)} verwijderen, met de agenda en de aanwezigen? De acties blijven op de actielijst.`}
        bezig={verwijderen.isPending}
        onClose={() => setWeg(false)}
        onBevestig={() =>
          verwijderen.mutate(
            { id },
            {
              onError: (e) => {
                setWeg(false);
                toonFout(e);
              },
              onSuccess: () => {
                meldVerwijderd(bijeenkomstNaam(b), 'bijeenkomst', b.id, koppelActiesTerug(b));
                gaNaar('bijeenkomsten');
              },
            },
          )
        }
      />
    </Stack>
  );
}
