import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { call } from '../api/client';
import { toonFout } from './notify';

const ID = 'export-gelukt';

/** Opens what main remembers as the last export; the page never names a path itself. */
const open = (wat: 'bestand' | 'map') => call('app.exportOpenen', { wat }).catch(toonFout);

/**
 * Success after an export, with "Bestand openen" and "Map openen" for the file just written. It
 * stays until closed (the buttons need time to be used); a newer export replaces it.
 */
export function toonExportGelukt(melding: string): void {
  notifications.hide(ID);
  notifications.show({
    id: ID,
    color: 'tafel',
    autoClose: false,
    closeButtonProps: { 'aria-label': 'Melding sluiten' },
    message: (
      <Stack gap="xs">
        <Text size="sm">{melding}</Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="light" onClick={() => open('bestand')}>
            Bestand openen
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => open('map')}>
            Map openen
          </Button>
        </Group>
      </Stack>
    ),
  });
}
