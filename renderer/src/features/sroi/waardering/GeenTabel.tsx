import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { PRESET_SLEUTELS } from '../../../../../shared/api/schemas-sroi';
import { useApiMutation } from '../../../api/client';
import { toonFout, toonSucces } from '../../../app/notify';
import { PRESET_LABEL, type PresetSleutel } from './teksten';

/** Shown until the werkgroep has chosen a table: without one, no realisation can be given a value. */
export function GeenTabel() {
  const kiezen = useApiMutation('sroi.waarderingKiezen');

  const keuze = kiezen.variables;
  const bezig = kiezen.isPending && keuze && 'preset' in keuze ? keuze.preset : null;

  const start = (preset: PresetSleutel) =>
    kiezen.mutate(
      { preset },
      {
        onError: toonFout,
        onSuccess: () => toonSucces(`De tabel "${PRESET_LABEL[preset]}" is gekozen.`),
      },
    );

  return (
    <Alert color="tafel" title="Nog geen waarderingstabel gekozen">
      <Stack gap="sm">
        <Text size="sm">
          Realisaties kunnen pas een waarde in euro's krijgen als de werkgroep een waarderingstabel kiest.
          Begin met een standaardtabel; daarna kunt u de bedragen aanpassen aan de afspraken in uw regio.
        </Text>
        <Group>
          {PRESET_SLEUTELS.map((p) => (
            <Button
              key={p}
              variant={p === 'leeg' ? 'default' : 'filled'}
              onClick={() => start(p)}
              loading={bezig === p}
              disabled={kiezen.isPending}
            >
              {PRESET_LABEL[p]}
            </Button>
          ))}
        </Group>
      </Stack>
    </Alert>
  );
}
