import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { OpgeslagenTabel } from '../../../../../shared/domain/realisaties';
import { BONUSSEN, DOELGROEP_LABEL, DOELGROEPEN } from '../../../../../shared/domain/waardering';
import { BONUS_VELD_LABEL, euro, KOP, urenTekst } from './teksten';

const bedragOfNiet = (cent: number | null) =>
  cent === null ? (
    <Text span size="sm" c="dimmed">
      telt niet mee
    </Text>
  ) : (
    euro(cent)
  );

/** The current table in plain figures, so the werkgroep can check it against its regional agreement. */
export function TabelOverzicht({ tabel }: { tabel: OpgeslagenTabel }) {
  return (
    <Stack gap="sm">
      <Text>
        <Text span fw={700}>
          {tabel.naam}
        </Text>{' '}
        — versie {tabel.versie}
      </Text>
      <Text size="sm" c="dimmed" maw={760}>
        Een plaatsing krijgt het bedrag per voltijdjaar van de doelgroep plus de bonussen, naar rato van de
        uren per week ten opzichte van {urenTekst(tabel.basisUren)} (minder dan {urenTekst(tabel.minimumUren)}{' '}
        per week telt niet mee) en van het aantal maanden (12 maanden is een heel jaar).
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Title order={3} size="h5" id={KOP.doelgroepen} mb="xs">
            Bedrag per voltijdjaar per doelgroep
          </Title>
          <Table striped aria-labelledby={KOP.doelgroepen}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Doelgroep</Table.Th>
                <Table.Th ta="right">Bedrag per voltijdjaar</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {DOELGROEPEN.map((d) => (
                <Table.Tr key={d}>
                  <Table.Td>{DOELGROEP_LABEL[d]}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {bedragOfNiet(tabel.jaarbedragCent[d])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
        <div>
          <Title order={3} size="h5" id={KOP.bonussen} mb="xs">
            Bonussen, uurtarief en uren
          </Title>
          <Table striped aria-labelledby={KOP.bonussen}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Onderdeel</Table.Th>
                <Table.Th ta="right">Waarde</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BONUSSEN.map((b) => (
                <Table.Tr key={b}>
                  <Table.Td>{BONUS_VELD_LABEL[b]} (per voltijdjaar)</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {bedragOfNiet(tabel.bonusCent[b])}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>Uurtarief (intake, projecten en andere uren)</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {tabel.uurtariefCent === null ? bedragOfNiet(null) : `${euro(tabel.uurtariefCent)} per uur`}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>Voltijdbaan (basis)</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {urenTekst(tabel.basisUren)} per week
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>Minimum</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {urenTekst(tabel.minimumUren)} per week
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </div>
      </SimpleGrid>
    </Stack>
  );
}
