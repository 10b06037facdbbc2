import { Button, Group, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Contract } from '../../../../shared/domain/contracten';
import { formatDatum, formatPercentage } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { ContractFormulier } from './ContractFormulier';
import { euro } from './weergave';

/** All contracts with their obligation over the whole period; add and edit. */
export function ContractenTab() {
  const contracten = useApiQuery('sroi.contracten', {});
  const [bewerken, setBewerken] = useState<Contract | null | undefined>(undefined);
  return (
    <section aria-labelledby="kop-contracten">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="kop-contracten">
          Contracten
        </Title>
        <Button onClick={() => setBewerken(null)}>Contract toevoegen</Button>
      </Group>
      {contracten.data?.length === 0 && (
        <Text c="dimmed">
          Er zijn nog geen contracten vastgelegd. Voeg een contract toe om de SROI-verplichting te berekenen.
        </Text>
      )}
      {contracten.data && contracten.data.length > 0 && (
        <Table striped aria-labelledby="kop-contracten">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Contract en opdrachtnemer</Table.Th>
              <Table.Th>Opdrachtgevers</Table.Th>
              <Table.Th>Looptijd</Table.Th>
              <Table.Th ta="right">Waarde</Table.Th>
              <Table.Th>SROI</Table.Th>
              <Table.Th ta="right">Verplichting</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracten.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <UnstyledButton
                    c="tafel.8"
                    td="underline"
                    onClick={() => setBewerken(c)}
                    aria-label={`${c.naam} bewerken`}
                  >
                    {c.naam}
                  </UnstyledButton>
                  {/* The provider under the name: one column less, so the table fits a laptop screen. */}
                  <Text size="sm" c="dimmed">
                    {c.opdrachtnemer}
                  </Text>
                </Table.Td>
                <Table.Td>{c.opdrachtgevers.map((o) => o.gemeente).join(', ')}</Table.Td>
                <Table.Td>
                  {/* Each date whole, but "t/m" may start a second line so the table fits at 1024 px. */}
                  <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(c.startdatum)}</span> t/m{' '}
                  <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(c.einddatum)}</span>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {euro(c.waardeCent)}
                </Table.Td>
                <Table.Td>
                  {c.sroiVastCent !== null
                    ? `vast ${euro(c.sroiVastCent)}`
                    : formatPercentage(c.sroiPercentageBp ?? 0)}
                  {c.percentageOnredelijk && (
                    <Text size="xs" fw={700} c="red.9">
                      boven loonaandeel ({formatPercentage(c.loonaandeelBp ?? 0)})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {euro(c.verplichtingCent)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ContractFormulier contract={bewerken} onClose={() => setBewerken(undefined)} />
    </section>
  );
}
