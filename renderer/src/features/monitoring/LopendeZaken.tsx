import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import type { Dashboard } from '../../../../shared/domain/monitoring';
import { bijeenkomstNaam, wanneerEnWaar } from '../bijeenkomsten/weergave';
import { meervoud } from './weergave';

type Props = Pick<Dashboard, 'acties' | 'volgendeBijeenkomst' | 'inventarisatie'>;

/** What needs attention now: open actions, the next meeting and the running inventory round. */
export function LopendeZaken({ acties, volgendeBijeenkomst, inventarisatie }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder padding="md" data-testid="lopend-acties">
        <Text size="sm" c="dimmed" fw={500}>
          Actiepunten
        </Text>
        <Text fw={700} size="lg">
          {meervoud(acties.open, 'open actiepunt', 'open actiepunten')}
        </Text>
        <Text
          size="sm"
          c={acties.verlopen > 0 ? 'red.8' : undefined}
          fw={acties.verlopen > 0 ? 600 : undefined}
        >
          {acties.verlopen === 0 ? 'Geen verlopen actiepunten' : `waarvan ${acties.verlopen} verlopen`}
        </Text>
        <Anchor href="#/bijeenkomsten" size="sm" c="tafel.8" mt="xs">
          Naar de bijeenkomsten en de actielijst
        </Anchor>
      </Card>
      <Card withBorder padding="md" data-testid="lopend-bijeenkomst">
        <Text size="sm" c="dimmed" fw={500}>
          Volgende bijeenkomst
        </Text>
        {volgendeBijeenkomst ? (
          <>
            <Anchor href={`#/bijeenkomsten/${volgendeBijeenkomst.id}`} fw={700} size="lg" c="tafel.8">
              {bijeenkomstNaam(volgendeBijeenkomst)}
            </Anchor>
            <Text size="sm">{wanneerEnWaar(volgendeBijeenkomst)}</Text>
          </>
        ) : (
          <Text size="sm">Er is geen bijeenkomst gepland.</Text>
        )}
      </Card>
      <Card withBorder padding="md" data-testid="lopend-inventarisatie">
        <Text size="sm" c="dimmed" fw={500}>
          Inventarisatie
        </Text>
        {inventarisatie ? (
          <>
            <Text fw={700} size="lg">
              {inventarisatie.ontvangen} van {inventarisatie.totaal} ontvangen
            </Text>
            <Text size="sm">Ronde {inventarisatie.ronde}</Text>
          </>
        ) : (
          <Text size="sm">Er loopt geen inventarisatieronde.</Text>
        )}
        <Anchor href="#/inventarisatie" size="sm" c="tafel.8" mt="xs">
          Naar de inventarisatie
        </Anchor>
      </Card>
    </SimpleGrid>
  );
}
