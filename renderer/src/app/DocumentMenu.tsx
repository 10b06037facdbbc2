import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../api/client';
import { useVergrendelen } from '../features/beveiliging/useVergrendelen';
import { NieuweWerkgroepDialoog } from '../features/welkom/NieuweWerkgroepDialoog';
import { naOpenen, toonFout, toonSucces } from './notify';

/**
 * The document commands: Nieuw, Openen, Opslaan als, recent files, Vergrendelen, Sluiten. A protected
 * file chosen here is not an error: App shows the unlock dialog for it.
 */
export function DocumentMenu() {
  const [nieuwOpen, setNieuwOpen] = useState(false);
  const recent = useApiQuery('document.recent', {});
  const openen = useApiMutation('document.openen');
  const openRecent = useApiMutation('document.openRecent');
  const voorbeeld = useApiMutation('document.openVoorbeeld');
  const opslaanAls = useApiMutation('document.opslaanAls');
  const sluiten = useApiMutation('document.sluiten');
  const document = useApiQuery('document.status', {});
  const { vergrendel } = useVergrendelen();

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md">
        <Menu.Target>
          <Button variant="default" size="sm">
            Bestand
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setNieuwOpen(true)}>Nieuwe werkgroep…</Menu.Item>
          <Menu.Item onClick={() => openen.mutate({}, naOpenen)}>Openen…</Menu.Item>
          <Menu.Item
            onClick={() =>
              opslaanAls.mutate(
                {},
                {
                  onError: toonFout,
                  onSuccess: (doc) => doc && toonSucces(`Opgeslagen als ${doc.bestandsnaam}`),
                },
              )
            }
          >
            Opslaan als…
          </Menu.Item>
          <Menu.Item onClick={() => voorbeeld.mutate({}, naOpenen)}>Voorbeeldwerkgroep openen</Menu.Item>
          <Menu.Divider />
          <Menu.Label>Recente bestanden</Menu.Label>
          {recent.data?.filter((r) => r.bestaat).length ? (
            recent.data
              .filter((r) => r.bestaat)
              .map((r) => (
                <Menu.Item key={r.id} onClick={() => openRecent.mutate({ id: r.id }, naOpenen)}>
                  {r.bestandsnaam}
                </Menu.Item>
              ))
          ) : (
            <Menu.Item disabled>Geen recente bestanden</Menu.Item>
          )}
          <Menu.Divider />
          {document.data?.beveiligd && <Menu.Item onClick={vergrendel}>Vergrendelen</Menu.Item>}
          <Menu.Item onClick={() => sluiten.mutate({}, { onError: toonFout })}>Sluiten</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <NieuweWerkgroepDialoog opened={nieuwOpen} onClose={() => setNieuwOpen(false)} />
    </>
  );
}
