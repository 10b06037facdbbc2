import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Realisatie } from '../../../../shared/domain/realisaties';
import { DOELGROEP_LABEL } from '../../../../shared/domain/waardering';
import { formatDatum, formatGetal } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout } from '../../app/notify';
import { RijActies } from '../../app/RijActies';
import { RijActiesKop } from '../../app/RijActiesKop';
import { meldVerwijderd } from '../../ongedaan/melden';
import { RealisatieFormulier } from './RealisatieFormulier';
import { euro } from './weergave';

function wat(r: Realisatie): string {
  if (r.waardering === 'uren') return `${(r.uren ?? 0).toLocaleString('nl-NL')} uur`;
  if (r.waardering === 'plaatsing')
    return `${r.doelgroep ? DOELGROEP_LABEL[r.doelgroep] : ''}, ${formatGetal(r.urenPerWeek ?? 0)} u/w, ${formatGetal(r.maanden ?? 0)} mnd`;
  return '';
}

/** Realisations in the chosen period, each with the value and the table version it was given. */
export function RealisatiesTab({ van, tot }: { van: string; tot: string }) {
  const lijst = useApiQuery('sroi.realisaties', { van, tot });
  const verwijderen = useApiMutation('sroi.realisatieVerwijderen');
  const [bewerken, setBewerken] = useState<Realisatie | null | undefined>(undefined);
  // Deleting asks once more: a stray click must not remove reported SROI.
  const weg = (r: Realisatie, klaar: () => void) =>
    verwijderen.mutate(
      { id: r.id },
      {
        onError: toonFout,
        onSuccess: () => meldVerwijderd(`Realisatie "${r.omschrijving}"`, 'realisatie', r.id),
        onSettled: klaar,
      },
    );
  return (
    <section aria-labelledby="kop-realisaties">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="kop-realisaties">
          Realisaties
        </Title>
        <Button onClick={() => setBewerken(null)}>Realisatie vastleggen</Button>
      </Group>
      {lijst.data?.length === 0 && (
        <Text c="dimmed">
          Geen realisaties in deze periode. Leg uren (zoals intakes) of plaatsingen vast; de waarde volgt uit
          de waarderingstabel.
        </Text>
      )}
      {lijst.data && lijst.data.length > 0 && (
        <Table striped horizontalSpacing={6} aria-labelledby="kop-realisaties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Datum</Table.Th>
              <Table.Th>Aanbieder</Table.Th>
              <Table.Th>Soort</Table.Th>
              <Table.Th>Omschrijving</Table.Th>
              <Table.Th ta="right">Waarde en tabel</Table.Th>
              <RijActiesKop />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lijst.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDatum(r.datum)}</Table.Td>
                <Table.Td>{r.opdrachtnemer}</Table.Td>
                <Table.Td>
                  {r.optie}
                  <Text size="xs" c="dimmed">
                    {wat(r)}
                  </Text>
                </Table.Td>
                <Table.Td>{r.omschrijving}</Table.Td>
                <Table.Td ta="right" title={r.uitleg}>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {euro(r.waardeCent)}
                  </Text>
                  {/* The valuation table under the value: one column less, so the table fits. */}
                  <Text size="xs" c="dimmed">
                    {r.tabel ?? '–'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RijActies
                    wat={`Realisatie "${r.omschrijving}"`}
                    onBewerken={() => setBewerken(r)}
                    onVerwijderen={(klaar) => weg(r, klaar)}
                    bezig={verwijderen.isPending}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RealisatieFormulier realisatie={bewerken} onClose={() => setBewerken(undefined)} />
    </section>
  );
}
