import {
  Button,
  Card,
  Container,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { formatDatumTijd } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { naOpenen } from '../../app/notify';
import { useVoerUit } from '../../opdrachten/opdrachtContext';

/** First launch (or no file open): explore the example, start a new werkgroep, or open a file. */
export function WelkomPage() {
  const voerUit = useVoerUit();
  const voorbeeld = useApiMutation('document.openVoorbeeld');
  const openen = useApiMutation('document.openen');
  const openRecent = useApiMutation('document.openRecent');
  const recent = useApiQuery('document.recent', {});

  return (
    <Container component="main" size="md" py={48}>
      <Stack gap="xl">
        <div>
          <Title order={1}>Welkom bij Tafelwerk</Title>
          <Text size="lg" mt="xs">
            De werkplek van uw werkgroep: planning, bijeenkomsten, inventarisaties, kandidaten en SROI in één
            bestand op uw eigen computer. Tafelwerk werkt zonder internet.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder padding="lg">
            <Title order={2} size="h4">
              Verkennen
            </Title>
            <Text size="sm" my="sm">
              Bekijk de voorbeeldwerkgroep SROI Oosterschelderegio, met verzonnen organisaties en kandidaten.
            </Text>
            <Button onClick={() => voorbeeld.mutate({}, naOpenen)} loading={voorbeeld.isPending}>
              Voorbeeld openen
            </Button>
          </Card>
          <Card withBorder padding="lg">
            <Title order={2} size="h4">
              Nieuwe werkgroep
            </Title>
            <Text size="sm" my="sm">
              Begin met een leeg bestand voor uw eigen werkgroep. U kiest alleen een naam en een regio.
            </Text>
            <Button onClick={() => voerUit('nieuw')}>Nieuwe werkgroep…</Button>
          </Card>
          <Card withBorder padding="lg">
            <Title order={2} size="h4">
              Bestand openen
            </Title>
            <Text size="sm" my="sm">
              Open een werkgroepbestand (.tafelwerk) dat u van een collega kreeg of eerder opsloeg.
            </Text>
            <Button variant="default" onClick={() => openen.mutate({}, naOpenen)} loading={openen.isPending}>
              Openen…
            </Button>
          </Card>
        </SimpleGrid>
        <section aria-labelledby="recent-kop">
          <Title order={2} size="h4" id="recent-kop" mb="xs">
            Recente bestanden
          </Title>
          {recent.data?.length ? (
            <List listStyleType="none" spacing="xs">
              {recent.data.map((r) => (
                <List.Item key={r.id}>
                  {/* The date sits beside the button, not in it: a button's name must hold its visible text (axe). */}
                  <Group gap="xs">
                    <UnstyledButton
                      onClick={() => openRecent.mutate({ id: r.id }, naOpenen)}
                      disabled={!r.bestaat}
                      aria-label={`${r.bestandsnaam} openen`}
                    >
                      <Text fw={600} td={r.bestaat ? undefined : 'line-through'}>
                        {r.bestandsnaam}
                      </Text>
                    </UnstyledButton>
                    <Text size="sm" c="dimmed">
                      {r.bestaat ? `laatst geopend ${formatDatumTijd(r.geopendOp)}` : 'niet meer gevonden'}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              Nog geen recente bestanden. Open het voorbeeld of maak een nieuwe werkgroep.
            </Text>
          )}
        </section>
      </Stack>
    </Container>
  );
}
