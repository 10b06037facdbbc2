import { Alert, Anchor, Loader, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { actiesPerBesluit } from '../../../../shared/domain/vergaderstukken';
import { useApiQuery } from '../../api/client';
import { BesluitKeten } from './Keten';
import { bijeenkomstHref } from './route';
import { bijeenkomstNaam } from './weergave';

/**
 * Every decision by number, with the meeting that took it and its chain: the planning activity it
 * concerns and the actions that follow from it. Searchable, since the list only grows.
 */
export function BesluitenlijstTab() {
  const lijst = useApiQuery('bijeenkomsten.besluiten', {});
  const acties = useApiQuery('bijeenkomsten.acties', {});
  const perBesluit = actiesPerBesluit(acties.data ?? []);
  const [zoek, setZoek] = useState('');
  const term = zoek.trim().toLowerCase();
  const besluiten = (lijst.data ?? []).filter((b) => !term || b.tekst.toLowerCase().includes(term));
  return (
    <>
      <TextInput
        mb="md"
        maw={360}
        label="Zoeken in besluiten"
        value={zoek}
        onChange={(e) => setZoek(e.currentTarget.value)}
      />
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Besluiten laden" />}
      {lijst.isSuccess && lijst.data.length === 0 && (
        <Alert color="gray" title="Nog geen besluiten">
          Besluiten legt u vast bij een bijeenkomst. Ze krijgen een doorlopend nummer over alle bijeenkomsten
          heen, zodat "besluit 12" altijd hetzelfde besluit blijft.
        </Alert>
      )}
      {besluiten.length > 0 && (
        <Table striped aria-label="Besluitenlijst">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">Nr.</Table.Th>
              <Table.Th>Besluit</Table.Th>
              <Table.Th>Bijeenkomst</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {besluiten.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td ta="right" fw={600}>
                  {b.nummer}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {b.tekst}
                  </Text>
                  <BesluitKeten besluit={b} acties={perBesluit.get(b.id) ?? []} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor href={bijeenkomstHref(b.bijeenkomstId, 'besluiten', b.id)} size="sm" c="tafel.8">
                    {bijeenkomstNaam({ soort: b.bijeenkomstSoort, datum: b.bijeenkomstDatum })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lijst.isSuccess && lijst.data.length > 0 && besluiten.length === 0 && (
        <Text c="dimmed">Geen besluit bevat "{zoek}".</Text>
      )}
    </>
  );
}
