import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { toonFout } from './notify';

const ID = 'export-gelukt';

/** Opens what main remembers as the last export; the page never names a path itself. */
const open = (wat: 'bestand' | 'map') => call('app.exportOpenen', { wat }).catch(toonFout);

/** The last part of a path (a file or a folder), whichever separator the system uses. */
export const bestandsnaam = (pad: string) => pad.split(/[\\/]/).filter(Boolean).at(-1) ?? pad;

/**
 * "… opgeslagen als Planning 2027.xlsx.": the name only, since a full path fills the notice; the
 * whole path shows on hover (title) and is what "Map openen" opens.
 */
export function metBestandsnaam(melding: string, pad: string): ReactNode {
  return (
    <>
      {melding}{' '}
      <Text span inherit fw={600} title={pad} data-testid="export-bestandsnaam">
        {bestandsnaam(pad)}
      </Text>
      .
    </>
  );
}

/**
 * Success after an export, with "Bestand openen" and "Map openen" for the file just written. It
 * stays 20 seconds, and as long as the pointer rests on it (the buttons need time to be used); a
 * newer export replaces it. Staying until closed piled it up over the page's own buttons.
 */
export function toonExportGelukt(melding: string, pad: string): void {
  notifications.hide(ID);
  notifications.show({
    id: ID,
    color: 'tafel',
    autoClose: 20_000,
    closeButtonProps: { 'aria-label': 'Melding sluiten' },
    message: (
      <Stack gap="xs">
        <Text size="sm">{metBestandsnaam(melding, pad)}</Text>
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
