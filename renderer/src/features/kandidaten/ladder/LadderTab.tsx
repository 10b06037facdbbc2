import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LadderBeweging, Ladermeting } from '../../../../../shared/domain/kandidaten';
import { formatDatum } from '../../../../../shared/format/nl';
import { useApiMutation } from '../../../api/client';
import { toonFout, toonSucces } from '../../../app/notify';
import { RijActies } from '../../../app/RijActies';
import { RijActiesKop } from '../../../app/RijActiesKop';
import { AlleenInWerkgroepbestand, NIET_IN_KOPIE } from '../../samenwerken/AlleenInWerkgroepbestand';
import { useZonderPersoonsgegevens } from '../../samenwerken/useZonderPersoonsgegevens';
import { bewegingZin, tredeTekst } from '../weergave';
import { LadderTijdlijn } from './LadderTijdlijn';
import { MetingFormulier } from './MetingFormulier';

function VerwijderMeting({ meting }: { meting: Ladermeting }) {
  const verwijderen = useApiMutation('kandidaten.metingVerwijderen');
  return (
    <RijActies
      wat={`Meting van ${formatDatum(meting.datum)}`}
      bezig={verwijderen.isPending}
      onVerwijderen={(klaar) =>
        verwijderen.mutate(
          { id: meting.id },
          { onError: toonFout, onSuccess: () => toonSucces('De meting is verwijderd.'), onSettled: klaar },
        )
      }
    />
  );
}

interface Props {
  kandidaatId: string;
  metingen: Ladermeting[];
  beweging: LadderBeweging;
}

/**
 * Measurements on the participatieladder (1 isolated … 6 paid work) and the movement between them.
 * A member's copy keeps the rungs and dates (every figure uses them), not the notes, and cannot
 * change them (main refuses it).
 */
export function LadderTab({ kandidaatId, metingen, beweging }: Props) {
  const [nieuw, setNieuw] = useState(false);
  const zin = bewegingZin(beweging.start, beweging.nu, metingen.length);
  const nieuwsteEerst = [...metingen].sort((a, b) => b.datum.localeCompare(a.datum));
  const zonder = useZonderPersoonsgegevens();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3} size="h4" id="kop-ladder">
          Participatieladder
        </Title>
        {!zonder && <Button onClick={() => setNieuw(true)}>Meting toevoegen</Button>}
      </Group>
      {zonder && <AlleenInWerkgroepbestand />}
      <Paper withBorder p="md" radius="md">
        <Text fw={600} mb="xs" data-testid="ladder-beweging">
          {zin}
        </Text>
        {metingen.length > 0 ? (
          <LadderTijdlijn metingen={metingen} beschrijving={zin} />
        ) : (
          !zonder && (
            <Text size="sm" c="dimmed">
              Leg bij de start een nulmeting vast en meet daarna na elke belangrijke stap opnieuw; zo wordt de
              beweging zichtbaar.
            </Text>
          )
        )}
      </Paper>
      {nieuwsteEerst.length > 0 && (
        <Table striped aria-labelledby="kop-ladder">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Datum</Table.Th>
              <Table.Th>Trede</Table.Th>
              <Table.Th>Toelichting</Table.Th>
              {!zonder && <RijActiesKop w={200} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nieuwsteEerst.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDatum(m.datum)}</Table.Td>
                <Table.Td>{tredeTekst(m.trede)}</Table.Td>
                <Table.Td c={zonder ? 'dimmed' : undefined}>
                  {zonder ? NIET_IN_KOPIE : m.toelichting}
                </Table.Td>
                {!zonder && (
                  <Table.Td ta="right">
                    <VerwijderMeting meting={m} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!zonder && (
        <MetingFormulier kandidaatId={kandidaatId} opened={nieuw} onClose={() => setNieuw(false)} />
      )}
    </Stack>
  );
}
