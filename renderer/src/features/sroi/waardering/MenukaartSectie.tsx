import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { type MenukaartOptie, WAARDERINGSWIJZE_LABEL } from '../../../../../shared/domain/menukaart';
import { useApiQuery } from '../../../api/client';
import { RijActiesKop } from '../../../app/RijActiesKop';
import { MenukaartFormulier } from './MenukaartFormulier';
import { KOP } from './teksten';

/** The forms of Social Return providers can offer, and how each is valued. */
export function MenukaartSectie() {
  const lijst = useApiQuery('sroi.menukaart', {});
  const [bewerken, setBewerken] = useState<MenukaartOptie | null | undefined>(undefined);

  // Archived options stay listed (realisations may still refer to them) but sink to the bottom.
  const rijen = useMemo(() => {
    const opties = lijst.data ?? [];
    return [...opties.filter((o) => !o.gearchiveerdOp), ...opties.filter((o) => o.gearchiveerdOp)];
  }, [lijst.data]);

  return (
    <section aria-labelledby={KOP.menukaart}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h4" id={KOP.menukaart}>
              Menukaart
            </Title>
            <Text size="sm" c="dimmed" maw={680}>
              De vormen van Social Return die aanbieders kunnen leveren. Bij elke realisatie kiest u een
              optie; de optie bepaalt hoe de realisatie gewaardeerd wordt.
            </Text>
          </div>
          <Button onClick={() => setBewerken(null)}>Optie toevoegen</Button>
        </Group>
        {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
        {lijst.isPending && <Loader aria-label="Menukaart laden" />}
        {lijst.isSuccess && rijen.length === 0 && (
          <Text c="dimmed">
            Er staan nog geen opties op de menukaart. Voeg er een toe met "Optie toevoegen".
          </Text>
        )}
        {rijen.length > 0 && (
          <Table striped highlightOnHover aria-labelledby={KOP.menukaart}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Naam</Table.Th>
                <Table.Th>Omschrijving</Table.Th>
                <Table.Th>Waardering</Table.Th>
                <Table.Th>Status</Table.Th>
                <RijActiesKop />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rijen.map((o) => {
                const gearchiveerd = o.gearchiveerdOp !== null;
                return (
                  <Table.Tr key={o.id} c={gearchiveerd ? 'dimmed' : undefined}>
                    <Table.Td fw={gearchiveerd ? undefined : 600}>{o.naam}</Table.Td>
                    <Table.Td>{o.omschrijving}</Table.Td>
                    <Table.Td>{WAARDERINGSWIJZE_LABEL[o.waardering]}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {gearchiveerd ? (
                        <Badge color="gray" variant="light">
                          Gearchiveerd
                        </Badge>
                      ) : (
                        <Badge color="tafel" variant="light">
                          Actief
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setBewerken(o)}
                        aria-label={`${o.naam} bewerken`}
                      >
                        Bewerken
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <MenukaartFormulier optie={bewerken} onClose={() => setBewerken(undefined)} />
    </section>
  );
}
