import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { naOpenen, toonFout, toonSucces } from '../../app/notify';

/**
 * A save was refused because someone else changed the file on disk: nothing was overwritten and the
 * changes are still in memory. Offers what exists today: save them elsewhere, or reopen the file
 * from disk. Merging both (issue #20, a later step) will be offered here as a third choice.
 */
export function GewijzigdOpSchijfDialoog({ document }: { document: DocumentInfo }) {
  const [weggeklikt, setWeggeklikt] = useState(false);
  const opslaanAls = useApiMutation('document.opslaanAls');
  const herladen = useApiMutation('document.herladen');

  // Shown again the next time it happens, after a save elsewhere or a reopen.
  useEffect(() => {
    if (!document.gewijzigdOpSchijf) setWeggeklikt(false);
  }, [document.gewijzigdOpSchijf]);

  const sluit = () => setWeggeklikt(true);
  const opnieuwOpenen = () => herladen.mutate({}, naOpenen);
  const elders = () =>
    opslaanAls.mutate(
      {},
      { onError: toonFout, onSuccess: (doc) => doc && toonSucces(`Opgeslagen als ${doc.bestandsnaam}`) },
    );
  return (
    <Dialoog
      opened={document.gewijzigdOpSchijf && !weggeklikt}
      onClose={sluit}
      title="Niet opgeslagen: het bestand is elders gewijzigd"
      size="lg"
    >
      <Stack gap="md">
        <Text>{document.opslagfout}</Text>
        <Text size="sm">
          Met &ldquo;Opslaan als…&rdquo; gaat er niets verloren: u werkt daarna verder in het nieuwe bestand.
          Met &ldquo;Opnieuw openen&rdquo; ziet u het bestand zoals het nu op schijf staat; uw wijzigingen
          sinds de laatste keer opslaan vervallen dan.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={sluit}>
            Later
          </Button>
          <Button variant="default" color="red" loading={herladen.isPending} onClick={opnieuwOpenen}>
            Opnieuw openen van schijf
          </Button>
          <Button loading={opslaanAls.isPending} onClick={elders}>
            Opslaan als…
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
