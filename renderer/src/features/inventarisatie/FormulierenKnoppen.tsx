import { Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import type { FormulierenVoorbeeld, Ronde } from '../../../../shared/domain/inventarisatie';
import { useApiMutation } from '../../api/client';
import { metBestandsnaam, toonExportGelukt } from '../../app/exportGelukt';
import { toonFout, toonMelding, toonSucces } from '../../app/notify';
import { InleesDialoog } from './InleesDialoog';

/** The Excel round trip of a round: forms out, filled forms back in, results out for the FO. */
export function FormulierenKnoppen({ ronde }: { ronde: Ronde }) {
  const maken = useApiMutation('inventarisatie.formulierenMaken');
  const lezen = useApiMutation('inventarisatie.formulierenInlezen');
  const exporteren = useApiMutation('inventarisatie.exporteren');
  const [voorbeeld, setVoorbeeld] = useState<(FormulierenVoorbeeld & { token: string }) | null>(null);

  const maak = (alleenOpenstaand: boolean) =>
    maken.mutate(
      { rondeId: ronde.id, alleenOpenstaand },
      {
        onError: toonFout,
        onSuccess: (r) => {
          if (!r) return;
          if (r.aantal === 0) toonMelding('Iedereen heeft al geantwoord; er zijn geen formulieren gemaakt.');
          else
            toonSucces(
              metBestandsnaam(`${r.aantal} formulier${r.aantal === 1 ? '' : 'en'} opgeslagen in`, r.map),
            );
        },
      },
    );
  const inlezen = () => lezen.mutate({}, { onError: toonFout, onSuccess: (v) => v && setVoorbeeld(v) });
  const exporteer = () =>
    exporteren.mutate(
      { rondeId: ronde.id },
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('De resultaten zijn opgeslagen als', r.pad),
      },
    );

  return (
    <Group gap="xs">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" loading={maken.isPending}>
            Formulieren maken…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => maak(false)}>Voor alle organisaties in de ronde</Menu.Item>
          <Menu.Item onClick={() => maak(true)}>Alleen voor wie nog niet heeft geantwoord</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="default" onClick={inlezen} loading={lezen.isPending}>
        Ingevulde formulieren inlezen…
      </Button>
      <Button variant="light" onClick={exporteer} loading={exporteren.isPending}>
        Resultaten exporteren…
      </Button>
      <InleesDialoog voorbeeld={voorbeeld} onClose={() => setVoorbeeld(null)} />
    </Group>
  );
}
