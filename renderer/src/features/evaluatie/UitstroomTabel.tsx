import { Table, Title } from '@mantine/core';
import { procentTekst } from '../../../../shared/domain/aandelen';
import {
  getoondeUitstroom,
  UITSTROOM_CATEGORIE_LABEL,
  type UitstroomRegel,
} from '../../../../shared/domain/monitoring';

/**
 * Where the candidates went, per category in whole percentages like the published case tables,
 * rounded once in the figures so the rows add up to the total's 100 %.
 */
export function UitstroomTabel({ uitstroom, totaal }: { uitstroom: UitstroomRegel[]; totaal: number }) {
  return (
    <div>
      <Title order={3} size="h4" id="kop-uitstroom" mb="xs">
        Uitstroom
      </Title>
      <Table aria-labelledby="kop-uitstroom" maw={900} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Uitkomst</Table.Th>
            <Table.Th ta="right">Aantal</Table.Th>
            <Table.Th ta="right">Aandeel</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {getoondeUitstroom(uitstroom).map((r) => (
            <Table.Tr key={r.categorie}>
              <Table.Td>{UITSTROOM_CATEGORIE_LABEL[r.categorie]}</Table.Td>
              <Table.Td ta="right">{r.aantal}</Table.Td>
              <Table.Td ta="right">{procentTekst(r.procent)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Totaal</Table.Th>
            <Table.Th ta="right">{totaal}</Table.Th>
            <Table.Th ta="right">{totaal > 0 ? '100 %' : '–'}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}
