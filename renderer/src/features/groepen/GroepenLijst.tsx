import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { SorteerKop } from '../../app/sorteren';
import { GroepFormulier } from './GroepFormulier';
import { type SorteerKolom, type Sortering, sorteer } from './sorteren';

const KOLOMMEN: { kolom: SorteerKolom; label: string; rechts?: boolean }[] = [
  { kolom: 'naam', label: 'Groep' },
  { kolom: 'start', label: 'Start' },
  { kolom: 'terugkoppeling', label: 'Terugkoppeling' },
  { kolom: 'organisaties', label: 'Organisaties' },
  { kolom: 'kandidaten', label: 'Kandidaten', rechts: true },
];

function GeenGroepen() {
  return (
    <Alert color="gray" title="Nog geen groepen">
      Een groep is een lichting van vijf à zes kandidaten die samen beginnen, met de organisaties die hen
      opnemen en begeleiden. Maak een groep met "Groep toevoegen" en plaats er in één keer kandidaten in met
      "Kandidaten toevoegen" op de pagina van de groep. Daar ziet u dan in één tabel waar iedereen staat.
    </Alert>
  );
}

/** All groups of the werkgroep, sortable; a name opens the group page. */
export function GroepenLijst() {
  const lijst = useApiQuery('groepen.lijst', {});
  const [sortering, setSortering] = useState<Sortering>({ kolom: 'start', oplopend: true });
  const [nieuw, setNieuw] = useState<null | undefined>(undefined);
  const rijen = useMemo(() => sorteer(lijst.data ?? [], sortering), [lijst.data, sortering]);

  return (
    <>
      <Group mb="md" justify="flex-end">
        <Button onClick={() => setNieuw(null)}>Groep toevoegen</Button>
      </Group>
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Groepen laden" />}
      {lijst.isSuccess && rijen.length === 0 && <GeenGroepen />}
      {rijen.length > 0 && (
        <Table striped highlightOnHover aria-label="Groepen">
          <Table.Thead>
            <Table.Tr>
              {KOLOMMEN.map(({ kolom, label, rechts }) => (
                <SorteerKop
                  key={kolom}
                  kolom={kolom}
                  label={label}
                  rechts={rechts}
                  sortering={sortering}
                  onSorteer={setSortering}
                />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rijen.map((g) => (
              <Table.Tr key={g.id} data-testid="groep-rij">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor href={`#/groepen/${g.id}`} fw={600} c="tafel.8">
                    {g.naam}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDatum(g.startdatum) || '–'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDatum(g.terugkoppeldatum) || '–'}</Table.Td>
                <Table.Td>{g.organisaties.join(', ') || '–'}</Table.Td>
                <Table.Td ta="right">{g.kandidaten}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c="dimmed" mt="sm" role="status">
        {rijen.length > 0 ? `${rijen.length} groep${rijen.length === 1 ? '' : 'en'}` : ''}
      </Text>
      <GroepFormulier groep={nieuw} onClose={() => setNieuw(undefined)} />
    </>
  );
}
