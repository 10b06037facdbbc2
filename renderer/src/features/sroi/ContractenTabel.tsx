import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Contract } from '../../../../shared/domain/contracten';
import { formatDatum, formatPercentage } from '../../../../shared/format/nl';
import { euro } from './weergave';

interface Props {
  contracten: readonly Contract[];
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** The first column: its heading, and the contract as that cell shows it (a button to edit it, say). */
  naam: { kop: string; cel: (c: Contract) => ReactNode };
  /** The second column: with whom the contract is, as the page needs it. */
  met: { kop: string; cel: (c: Contract) => ReactNode };
}

/** Contracts with their period, value, SROI terms and obligation over the whole period. */
export function ContractenTabel({ contracten, labelledBy, naam, met }: Props) {
  return (
    <Table striped aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{naam.kop}</Table.Th>
          <Table.Th>{met.kop}</Table.Th>
          <Table.Th>Looptijd</Table.Th>
          <Table.Th ta="right">Waarde</Table.Th>
          <Table.Th>SROI</Table.Th>
          <Table.Th ta="right">Verplichting</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contracten.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{naam.cel(c)}</Table.Td>
            <Table.Td>{met.cel(c)}</Table.Td>
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
  );
}
