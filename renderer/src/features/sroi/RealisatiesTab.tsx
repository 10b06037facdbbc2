import { Button, Group, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { Realisatie } from '../../../../shared/domain/realisaties';
import { DOELGROEP_LABEL } from '../../../../shared/domain/waardering';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { RealisatieFormulier } from './RealisatieFormulier';
import { euro } from './weergave';

function wat(r: Realisatie): string {
  if (r.waardering === 'uren') return `${(r.uren ?? 0).toLocaleString('nl-NL')} uur`;
  if (r.waardering === 'plaatsing')
    return `${r.doelgroep ? DOELGROEP_LABEL[r.doelgroep] : ''}, ${r.urenPerWeek} u/w, ${r.maanden} mnd`;
  return '';
}

/** Realisations in the chosen period, each with the value and the table version it was given. */
export function RealisatiesTab({ van, tot }: { van: string; tot: string }) {
  const lijst = useApiQuery('realisaties.lijst', { van, tot });
  const verwijderen = useApiMutation('realisaties.verwijderen');
  const [bewerken, setBewerken] = useState<Realisatie | null | undefined>(undefined);
  // Deleting asks once more in the row itself: a stray click must not remove reported SROI.
  const [bevestig, setBevestig] = useState<string | null>(null);
  const weg = (r: Realisatie) =>
    verwijderen.mutate(
      { id: r.id },
      {
        onError: toonFout,
        onSuccess: () => toonSucces('De realisatie is verwijderd.'),
        onSettled: () => setBevestig(null),
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
        <Table striped aria-labelledby="kop-realisaties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Datum</Table.Th>
              <Table.Th>Aanbieder</Table.Th>
              <Table.Th>Soort</Table.Th>
              <Table.Th>Omschrijving</Table.Th>
              <Table.Th ta="right">Waarde</Table.Th>
              <Table.Th>Gewaardeerd met</Table.Th>
              <Table.Th>
                <VisuallyHidden>Acties</VisuallyHidden>
              </Table.Th>
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
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} title={r.uitleg}>
                  {euro(r.waardeCent)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.tabel ?? '–'}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <UnstyledButton
                      c="tafel.8"
                      fz="sm"
                      onClick={() => setBewerken(r)}
                      aria-label={`Realisatie ${r.omschrijving} bewerken`}
                    >
                      Bewerken
                    </UnstyledButton>
                    {bevestig === r.id ? (
                      <>
                        <Button
                          size="compact-xs"
                          color="red.9"
                          onClick={() => weg(r)}
                          loading={verwijderen.isPending}
                        >
                          Ja, verwijderen
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => setBevestig(null)}>
                          Nee
                        </Button>
                      </>
                    ) : (
                      <UnstyledButton
                        c="red.9"
                        fz="sm"
                        onClick={() => setBevestig(r.id)}
                        aria-label={`Realisatie ${r.omschrijving} verwijderen`}
                      >
                        Verwijderen
                      </UnstyledButton>
                    )}
                  </Group>
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
