import { Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { deelTekst } from '../../../../shared/domain/aandelen';
import type { SroiStaaf } from '../../../../shared/domain/monitoring';
import { formatBedrag } from '../../../../shared/format/nl';

interface Props {
  titel: string;
  /** The heading of the name column: "Aanbieder" or "Gemeente". */
  kolom: string;
  staven: SroiStaaf[];
  /** Under the table: what its total leaves out (SROI that no gemeente can be given). */
  voetnoot?: string | null;
}

const som = (staven: SroiStaaf[], f: (s: SroiStaaf) => number) => staven.reduce((t, s) => t + f(s), 0);

/** SROI owed and realised per party, with the share realised, and their total. */
export function SroiTabel({ titel, kolom, staven, voetnoot }: Props) {
  const kop = useId();
  const verplicht = som(staven, (s) => s.verplichtingCent);
  const gerealiseerd = som(staven, (s) => s.gerealiseerdCent);
  return (
    <div>
      <Title order={3} size="h4" id={kop} mb="xs">
        {titel}
      </Title>
      {staven.length === 0 ? (
        <Text c="dimmed">Geen SROI-contracten in deze periode.</Text>
      ) : (
        <Table aria-labelledby={kop} maw={900} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{kolom}</Table.Th>
              <Table.Th ta="right">Verplicht</Table.Th>
              <Table.Th ta="right">Gerealiseerd</Table.Th>
              <Table.Th ta="right">Gerealiseerd %</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staven.map((s) => (
              <Table.Tr key={s.naam}>
                <Table.Td>{s.naam}</Table.Td>
                <Table.Td ta="right">{formatBedrag(s.verplichtingCent)}</Table.Td>
                <Table.Td ta="right">{formatBedrag(s.gerealiseerdCent)}</Table.Td>
                <Table.Td ta="right">{deelTekst(s.gerealiseerdCent, s.verplichtingCent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">Totaal</Table.Th>
              <Table.Td ta="right">{formatBedrag(verplicht)}</Table.Td>
              <Table.Td ta="right">{formatBedrag(gerealiseerd)}</Table.Td>
              <Table.Td ta="right">{deelTekst(gerealiseerd, verplicht)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {voetnoot && staven.length > 0 && (
        <Text size="sm" c="dimmed" mt="xs" maw={900}>
          {voetnoot}
        </Text>
      )}
    </div>
  );
}
