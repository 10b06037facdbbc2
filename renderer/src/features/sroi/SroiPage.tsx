import { Alert, Badge, Group, Loader, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SroiRegel } from '../../../../shared/domain/contracten';
import { formatBedrag, formatDatum } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';

const euro = (cent: number) => formatBedrag(cent).replace(/,00$/, '');
const procent = (bp: number) => `${(bp / 100).toLocaleString('nl-NL')} %`;

function Verdeling({
  titel,
  regels,
  totaal,
  soort,
}: {
  titel: string;
  regels: SroiRegel[];
  totaal: number;
  soort: string;
}) {
  return (
    <section aria-labelledby={`kop-${soort}`}>
      <Title order={2} size="h4" id={`kop-${soort}`} mb="xs">
        {titel}
      </Title>
      <Table striped aria-labelledby={`kop-${soort}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{soort === 'nemer' ? 'Opdrachtnemer' : 'Gemeente'}</Table.Th>
            <Table.Th ta="right">Contracten</Table.Th>
            <Table.Th ta="right">Verplichting</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {regels.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                {r.naam.replace(/^Gemeente /, '')}
                {r.gebundeld && (
                  <Badge ml="xs" variant="light" color="tafel">
                    gebundeld
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{r.contracten}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {euro(r.verplichtingCent)}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>Totaal</Table.Td>
            <Table.Td />
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid={`totaal-${soort}`}>
              {euro(totaal)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** The SROI obligation in a year, per provider and per gemeente, and the contracts behind it. */
export function SroiPage() {
  const ditJaar = new Date().getFullYear();
  const [jaar, setJaar] = useState(String(ditJaar));
  const overzicht = useApiQuery('sroi.overzicht', { van: `${jaar}-01-01`, tot: `${jaar}-12-31` });
  const contracten = useApiQuery('contracten.lijst', {});

  return (
    <Stack gap="lg">
      <Group align="flex-end">
        <Select
          label="Jaar"
          data={[-2, -1, 0, 1, 2].map((d) => String(ditJaar + d))}
          value={jaar}
          onChange={(j) => j && setJaar(j)}
          allowDeselect={false}
          w={140}
        />
        <Text size="sm" c="dimmed" maw={560}>
          De verplichting van elk contract wordt naar rato van de dagen over het jaar verdeeld, en over de
          opdrachtgevende gemeenten naar hun aandeel in de contractwaarde. Realisaties volgen in een volgende
          versie.
        </Text>
      </Group>
      {overzicht.isError && <Alert color="red">{overzicht.error.message}</Alert>}
      {overzicht.isPending && <Loader aria-label="Overzicht laden" />}
      {overzicht.data && overzicht.data.perOpdrachtnemer.length === 0 && (
        <Alert color="gray" title="Geen verplichtingen in dit jaar">
          Er lopen in {jaar} geen contracten met een SROI-verplichting.
        </Alert>
      )}
      {overzicht.data && overzicht.data.perOpdrachtnemer.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Verdeling
            titel="Per opdrachtnemer"
            regels={overzicht.data.perOpdrachtnemer}
            totaal={overzicht.data.totaalCent}
            soort="nemer"
          />
          <Verdeling
            titel="Per gemeente"
            regels={overzicht.data.perGemeente}
            totaal={overzicht.data.totaalCent}
            soort="gemeente"
          />
        </SimpleGrid>
      )}
      <section aria-labelledby="kop-contracten">
        <Title order={2} size="h4" id="kop-contracten" mb="xs">
          Contracten
        </Title>
        {contracten.data?.length === 0 && <Text c="dimmed">Er zijn nog geen contracten vastgelegd.</Text>}
        {contracten.data && contracten.data.length > 0 && (
          <Table striped aria-labelledby="kop-contracten">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Contract</Table.Th>
                <Table.Th>Opdrachtnemer</Table.Th>
                <Table.Th>Looptijd</Table.Th>
                <Table.Th ta="right">Waarde</Table.Th>
                <Table.Th>SROI</Table.Th>
                <Table.Th ta="right">Verplichting</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracten.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.naam}</Table.Td>
                  <Table.Td>{c.opdrachtnemer}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDatum(c.startdatum)} t/m {formatDatum(c.einddatum)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {euro(c.waardeCent)}
                  </Table.Td>
                  <Table.Td>
                    {c.sroiVastCent !== null
                      ? `vast ${euro(c.sroiVastCent)}`
                      : procent(c.sroiPercentageBp ?? 0)}
                    {c.percentageOnredelijk && (
                      <Text
                        size="xs"
                        fw={700}
                        c="red.9"
                        title={`Het loonaandeel is ${procent(c.loonaandeelBp ?? 0)}: dit percentage is met arbeid nauwelijks te halen.`}
                      >
                        boven loonaandeel ({procent(c.loonaandeelBp ?? 0)})
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
      </section>
    </Stack>
  );
}
