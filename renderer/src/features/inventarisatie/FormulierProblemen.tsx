import { Table, Text } from '@mantine/core';
import type { FormulierProbleem } from '../../../../shared/domain/inventarisatie';
import { meervoud } from './weergave';

interface Props {
  bestand: string;
  problemen: FormulierProbleem[];
}

/**
 * Every problem in one refused form, each with the cell and the question it is about, so the
 * secretary can send the organisation one complete list of what to fix.
 */
export function FormulierProblemen({ bestand, problemen }: Props) {
  const metCel = problemen.some((p) => p.cel !== null || p.vraag !== null);
  return (
    <>
      <Text size="sm" fw={600} c="red.9" mb={4}>
        {problemen.length === 1
          ? 'Dit moet worden aangepast:'
          : `${meervoud(problemen.length, 'punt', 'punten')} om aan te passen:`}
      </Text>
      <Table fz="sm" verticalSpacing={4} withRowBorders={false} aria-label={`Problemen in ${bestand}`}>
        {metCel && (
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Cel</Table.Th>
              <Table.Th>Vraag</Table.Th>
              <Table.Th>Probleem</Table.Th>
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {problemen.map((p, i) => (
            // The same message may occur for two cells; the position keeps the keys apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the life of the dialog
            <Table.Tr key={i}>
              {metCel && <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.cel ?? '–'}</Table.Td>}
              {metCel && <Table.Td>{p.vraag ?? 'Het hele bestand'}</Table.Td>}
              <Table.Td c="red.9">{p.melding}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
