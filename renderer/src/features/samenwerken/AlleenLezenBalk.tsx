import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useApiMutation } from '../../api/client';
import { naOpenen, toonFout, toonSucces } from '../../app/notify';
import { Waarschuwing } from '../../app/Waarschuwing';

/**
 * Above every page of a file opened read-only beside someone else's lock: what the user sees is the
 * file as it is on disk, and nothing they change is kept. The two ways on: an own copy (Opslaan
 * als…), or trying again to open it for editing once the other person closed it.
 */
export function AlleenLezenBalk() {
  const opslaanAls = useApiMutation('document.opslaanAls');
  const herladen = useApiMutation('document.herladen');
  // Once the file is writable again (an own copy) its refusals no longer hold: what was typed goes
  // into the copy now (api/client.ts), and the notice goes with this banner.
  useEffect(
    () => () => {
      notifications.hide('alleen-lezen');
    },
    [],
  );
  return (
    <Waarschuwing title="Alleen lezen" mb="md" data-testid="alleen-lezen">
      <Text size="sm">
        Iemand anders heeft dit bestand open. U ziet de gegevens zoals ze nu op schijf staan; wat u hier
        wijzigt, wordt niet opgeslagen.
      </Text>
      <Group gap="sm" mt="sm">
        <Button
          size="xs"
          variant="default"
          loading={herladen.isPending}
          onClick={() => herladen.mutate({}, naOpenen)}
        >
          Opnieuw proberen te bewerken
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={opslaanAls.isPending}
          onClick={() =>
            opslaanAls.mutate(
              {},
              {
                onError: toonFout,
                onSuccess: (doc) => {
                  if (!doc) return;
                  toonSucces(`Opgeslagen als ${doc.bestandsnaam}; u kunt nu bewerken.`);
                },
              },
            )
          }
        >
          Eigen kopie opslaan als…
        </Button>
      </Group>
    </Waarschuwing>
  );
}
