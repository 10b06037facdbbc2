import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { BordOptie, BordStap } from '../../../../shared/domain/capaciteit';
import { meervoud, stapPeriode } from './weergave';

function Totaal({
  label,
  waarde,
  testId,
  rood,
}: {
  label: string;
  waarde: number;
  testId: string;
  rood?: boolean;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId} c={rood ? 'red.9' : undefined}>
        {waarde}
      </Text>
    </div>
  );
}

interface Props {
  optie: BordOptie;
  onVoorstel: (stap: BordStap) => void;
}

/** One menukaart option on the board; a shortage is red and unused places grey, so both stand out. */
export function OptieKaart({ optie, onVoorstel }: Props) {
  const kop = `kop-optie-${optie.optieCode}`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={kop}
      data-testid={`optie-${optie.optieCode}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={kop}>
            {optie.optie}
          </Title>
          <Group gap={6}>
            {optie.tekort > 0 && (
              <Badge color="red.9" variant="filled" data-testid="tekort">
                Tekort: {optie.tekort}
              </Badge>
            )}
            {optie.ongebruikt > 0 && (
              <Badge color="gray" variant="light" c="dark.8" data-testid="ongebruikt">
                {optie.ongebruikt} ongebruikt
              </Badge>
            )}
          </Group>
        </Group>
        {/* The same figures as the badges and the Excel export: unused − short = offered − in use − without organisation. */}
        <SimpleGrid cols={5} spacing="xs">
          <Totaal label="Aangeboden" waarde={optie.aangeboden} testId="aangeboden" />
          <Totaal label="In gebruik" waarde={optie.inGebruik} testId="in-gebruik" />
          <Totaal label="Zonder organisatie" waarde={optie.nietToegewezen.length} testId="niet-toegewezen" />
          <Totaal label="Ongebruikt" waarde={optie.ongebruikt} testId="totaal-ongebruikt" />
          <Totaal label="Tekort" waarde={optie.tekort} testId="totaal-tekort" rood={optie.tekort > 0} />
        </SimpleGrid>
        {optie.regels.length > 0 && (
          <Table striped aria-label={`Plaatsen per organisatie: ${optie.optie}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Organisatie</Table.Th>
                <Table.Th ta="right">Aangeboden</Table.Th>
                <Table.Th ta="right">In gebruik</Table.Th>
                <Table.Th ta="right">Vrij</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {optie.regels.map((r) => (
                <Table.Tr key={r.organisatieId}>
                  <Table.Td>{r.organisatie}</Table.Td>
                  <Table.Td ta="right">{r.aangeboden}</Table.Td>
                  <Table.Td ta="right">{r.inGebruik}</Table.Td>
                  <Table.Td ta="right">
                    {r.vrij < 0 ? (
                      <Text span size="sm" fw={700} c="red.9" title="Meer stappen dan aangeboden plaatsen">
                        {r.vrij} (overboekt)
                      </Text>
                    ) : (
                      r.vrij
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {optie.nietToegewezen.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Nog zonder organisatie ({meervoud(optie.nietToegewezen.length, 'stap', 'stappen')})
            </Text>
            {optie.nietToegewezen.map((s) => (
              <Group key={s.stapId} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <strong>{s.kandidaatCode}</strong> · {stapPeriode(s.van, s.tot)}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onVoorstel(s)}
                  aria-label={`Voorstel voor ${s.kandidaatCode}`}
                >
                  Voorstel
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
