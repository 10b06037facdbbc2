import { Alert, Anchor, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { bewaartermijnInvoer } from '../../../../shared/api/schemas-kandidaten';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { naOpslaan, useVelden } from '../../app/formulier';
import { Waarschuwing } from '../../app/Waarschuwing';
import { zodErrors } from '../../app/zodForm';

const maanden = (n: number) => `${n} ${n === 1 ? 'maand' : 'maanden'}`;
const kandidaten = (n: number) => `${n} ${n === 1 ? 'kandidaat' : 'kandidaten'}`;

/**
 * The AVG retention period: how long after a trajectory ends the werkgroep keeps a person's data,
 * and who is past it. Erasing stays a deliberate act on the person's own page.
 */
export function BewaartermijnSectie() {
  const overzicht = useApiQuery('kandidaten.bewaartermijn', {});
  const instellen = useApiMutation('kandidaten.bewaartermijnInstellen');
  // The field follows the stored value whenever that changes (first load, after saving).
  const { v, zet, fouten, setFouten } = useVelden(overzicht.data?.maanden, (m) => ({
    maanden: (m ?? '') as number | string,
  }));

  const opslaan = (e: React.FormEvent) => {
    e.preventDefault();
    const invoer = { maanden: v.maanden === '' ? Number.NaN : Number(v.maanden) };
    const gevonden = zodErrors(bewaartermijnInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    instellen.mutate(
      invoer,
      // Nothing to close: the section stays, with the new list of people past the term.
      naOpslaan(
        (b) => `De bewaartermijn is nu ${maanden(b.maanden)}.`,
        () => undefined,
      ),
    );
  };

  const verlopen = overzicht.data?.verlopen ?? [];
  return (
    <section aria-labelledby="kop-bewaartermijn">
      <Title order={2} size="h4" id="kop-bewaartermijn" mt="lg" mb="xs">
        Bewaartermijn (AVG)
      </Title>
      {overzicht.isError && <Alert color="red">{overzicht.error.message}</Alert>}
      <Stack gap="sm">
        <Text size="sm">
          Hoeveel maanden na het einde van een traject de werkgroep de gegevens van een kandidaat bewaart.
          Daarna horen ze verwijderd te worden.
        </Text>
        <form onSubmit={opslaan} noValidate>
          <Group align="flex-start" gap="xs">
            <NumberInput
              label="Bewaartermijn in maanden"
              value={v.maanden}
              onChange={(n) => zet('maanden', n)}
              error={fouten.maanden}
              min={1}
              max={240}
              allowDecimal={false}
              w={220}
            />
            <Button type="submit" variant="default" mt={25} loading={instellen.isPending}>
              Termijn opslaan
            </Button>
          </Group>
        </form>
        {overzicht.isSuccess && verlopen.length === 0 && (
          <Text size="sm" c="dimmed">
            Niemand is over de bewaartermijn heen.
          </Text>
        )}
        {verlopen.length > 0 && (
          <Waarschuwing title={`${kandidaten(verlopen.length)} over de bewaartermijn heen`}>
            <Text size="sm" mb="xs">
              Van deze kandidaten is het traject langer dan {maanden(overzicht.data?.maanden ?? 0)} geleden
              geëindigd, of zijn ze aangemeld zonder ooit te starten en sindsdien niet bijgewerkt. Open de
              kandidaat en verwijder de gegevens met "Verwijderen (AVG)" op het tabblad Gegevens.
            </Text>
            <Table aria-label="Kandidaten over de bewaartermijn" maw={520}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Sinds</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {verlopen.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      <Anchor href={`#/kandidaten/${k.id}`} fw={600} c="tafel.8">
                        {k.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {formatDatum(k.sinds)}{' '}
                      {k.reden === 'afgerond' ? '(traject geëindigd)' : '(aangemeld, nooit gestart)'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Waarschuwing>
        )}
      </Stack>
    </section>
  );
}
