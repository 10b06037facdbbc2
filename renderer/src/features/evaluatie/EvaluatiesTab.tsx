import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/client';
import { NieuweEvaluatieDialoog } from './NieuweEvaluatieDialoog';
import { StatusBadge } from './StatusBadge';
import { groepTekst, meervoud, periodeTekst } from './weergave';

function GeenEvaluaties() {
  return (
    <Alert color="gray" title="Nog geen evaluaties">
      Een evaluatie legt de cijfers en de lessen van een periode vast, met uw conclusies en voorstellen voor
      de Fysieke Overlegtafel. Vastgelegd betekent: wat later verandert in de kandidaten of de SROI,
      herschrijft niet wat al naar de FO is gegaan. Begin met "Evaluatie maken".
    </Alert>
  );
}

/** Every evaluation; a title opens it. */
export function EvaluatiesTab() {
  const lijst = useApiQuery('evaluatie.lijst', {});
  const [maken, setMaken] = useState(false);
  const rijen = lijst.data ?? [];

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setMaken(true)}>Evaluatie maken</Button>
      </Group>
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Evaluaties laden" />}
      {lijst.isSuccess && rijen.length === 0 && <GeenEvaluaties />}
      {rijen.length > 0 && (
        <Table striped highlightOnHover aria-label="Evaluaties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Titel</Table.Th>
              <Table.Th>Periode</Table.Th>
              <Table.Th>Groep</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rijen.map((e) => (
              <Table.Tr key={e.id} data-testid="evaluatie-rij">
                <Table.Td>
                  <Anchor href={`#/evaluatie/${e.id}`} fw={600} c="tafel.8">
                    {e.titel}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodeTekst(e.periode)}</Table.Td>
                <Table.Td>{groepTekst(e.groepNaam)}</Table.Td>
                <Table.Td>
                  <StatusBadge evaluatie={e} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c="dimmed" role="status">
        {rijen.length > 0 && meervoud(rijen.length, 'evaluatie', 'evaluaties')}
      </Text>
      <NieuweEvaluatieDialoog opened={maken} onClose={() => setMaken(false)} />
    </Stack>
  );
}
