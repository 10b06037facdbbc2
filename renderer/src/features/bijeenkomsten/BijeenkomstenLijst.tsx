import { Alert, Anchor, Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { BIJEENKOMST_SOORT_LABEL } from '../../../../shared/domain/bijeenkomsten';
import { formatDatum, vandaagIso } from '../../../../shared/format/nl';
import { PLANNING_BADGE } from '../../../../shared/format/status-kleuren';
import { useApiQuery } from '../../api/client';
import { BijeenkomstFormulier } from './BijeenkomstFormulier';
import { VoorbereidenDialoog } from './VoorbereidenDialoog';
import { bijeenkomstNaam } from './weergave';

function GeenBijeenkomsten() {
  return (
    <Alert color="gray" title="Nog geen bijeenkomsten">
      Leg hier de bijeenkomsten van de werkgroep vast: wie er waren, de agenda met aantekeningen, de besluiten
      en de acties. Begin met "Volgende bijeenkomst voorbereiden": Tafelwerk stelt dan een agenda voor uit de
      open acties, de planning, de groepen en de inventarisatie.
    </Alert>
  );
}

/** Every meeting, the coming ones first; a name opens the meeting. */
export function BijeenkomstenLijst() {
  const lijst = useApiQuery('bijeenkomsten.lijst', {});
  const [nieuw, setNieuw] = useState<null | undefined>(undefined);
  const [voorbereiden, setVoorbereiden] = useState(false);
  const vandaag = vandaagIso();
  const rijen = lijst.data ?? [];

  return (
    <>
      <Group mb="md" justify="flex-end">
        <Button variant="default" onClick={() => setNieuw(null)}>
          Bijeenkomst toevoegen
        </Button>
        <Button onClick={() => setVoorbereiden(true)}>Volgende bijeenkomst voorbereiden</Button>
      </Group>
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Bijeenkomsten laden" />}
      {lijst.isSuccess && rijen.length === 0 && <GeenBijeenkomsten />}
      {rijen.length > 0 && (
        <Table striped highlightOnHover aria-label="Bijeenkomsten">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Bijeenkomst</Table.Th>
              <Table.Th>Soort</Table.Th>
              <Table.Th>Tijd</Table.Th>
              <Table.Th>Plaats</Table.Th>
              <Table.Th ta="right">Agendapunten</Table.Th>
              <Table.Th ta="right">Besluiten</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rijen.map((b) => (
              <Table.Tr key={b.id} data-testid="bijeenkomst-rij">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      href={`#/bijeenkomsten/${b.id}`}
                      fw={600}
                      c="tafel.8"
                      aria-label={bijeenkomstNaam(b)}
                    >
                      {formatDatum(b.datum)}
                    </Anchor>
                    {b.datum >= vandaag && (
                      // "Gepland" looks the same here as in the planning (shared/format/status-kleuren.ts).
                      <Badge
                        variant="light"
                        color={b.datum === vandaag ? 'tafel' : PLANNING_BADGE.gepland}
                        c="dark.8"
                      >
                        {b.datum === vandaag ? 'Vandaag' : 'Gepland'}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{BIJEENKOMST_SOORT_LABEL[b.soort]}</Table.Td>
                <Table.Td>{b.tijd ?? '–'}</Table.Td>
                <Table.Td>{b.plaats ?? '–'}</Table.Td>
                <Table.Td ta="right">{b.aantalAgendapunten}</Table.Td>
                <Table.Td ta="right">{b.aantalBesluiten}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c="dimmed" mt="sm" role="status">
        {rijen.length > 0 ? `${rijen.length} bijeenkomst${rijen.length === 1 ? '' : 'en'}` : ''}
      </Text>
      <BijeenkomstFormulier bijeenkomst={nieuw} onClose={() => setNieuw(undefined)} />
      <VoorbereidenDialoog opened={voorbereiden} onClose={() => setVoorbereiden(false)} />
    </>
  );
}
