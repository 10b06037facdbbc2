import { Badge, Table, Title } from '@mantine/core';
import type { Waarderingsinstellingen } from '../../../../../shared/domain/realisaties';
import { KOP } from './teksten';

/** Every stored version and its use, so the werkgroep sees which figures earlier reports rest on. */
export function TabelVersies({ instellingen }: { instellingen: Waarderingsinstellingen }) {
  return (
    <div>
      <Title order={3} size="h5" id={KOP.versies} mb="xs">
        Alle versies
      </Title>
      <Table striped aria-labelledby={KOP.versies}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tabel</Table.Th>
            <Table.Th ta="right">Versie</Table.Th>
            <Table.Th ta="right">Realisaties</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instellingen.tabellen.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.naam}</Table.Td>
              <Table.Td ta="right">{t.versie}</Table.Td>
              <Table.Td ta="right">{t.realisaties}</Table.Td>
              <Table.Td>
                {t.id === instellingen.actiefId && (
                  <Badge color="tafel" variant="light">
                    In gebruik voor nieuwe realisaties
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
