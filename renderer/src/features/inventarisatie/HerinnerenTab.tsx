import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import type { Ronde } from '../../../../shared/domain/inventarisatie';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { meervoud } from './weergave';

/**
 * Who has not answered, with a reminder by mail: main builds the mailto: link from the ids and opens
 * the user's mail program; the same addresses and text can be copied instead.
 */
export function HerinnerenTab({ ronde }: { ronde: Ronde }) {
  const lijst = useApiQuery('inventarisatie.herinneren', { rondeId: ronde.id });
  const mailen = useApiMutation('inventarisatie.herinneringMailen');
  const mapOpenen = useApiMutation('inventarisatie.formulierenMapOpenen');
  const kopieren = useApiMutation('inventarisatie.herinneringKopieren');

  if (lijst.isError) return <Alert color="red">{lijst.error.message}</Alert>;
  if (lijst.isPending) return <Loader aria-label="Herinneringen laden" />;
  const { ontvangers, onderwerp, tekst } = lijst.data;
  if (ontvangers.length === 0)
    return (
      <Alert color="tafel" title="Iedereen heeft geantwoord">
        Er is niemand meer om aan te herinneren.
      </Alert>
    );
  const metAdres = ontvangers.filter((o) => o.email).length;

  const mail = (organisatieId: string | null) =>
    mailen.mutate(
      { rondeId: ronde.id, organisatieId },
      {
        onError: toonFout,
        onSuccess: ({ aantal }) =>
          toonSucces(
            `Uw mailprogramma opent een herinnering aan ${meervoud(aantal, 'organisatie', 'organisaties')}.`,
          ),
      },
    );
  // Main writes the clipboard: the page has no permission to (see docs/SECURITY.md).
  const kopieer = () =>
    kopieren.mutate(
      { rondeId: ronde.id },
      {
        onError: toonFout,
        onSuccess: () => toonSucces('De e-mailadressen en de tekst staan op het klembord.'),
      },
    );

  return (
    <Stack>
      <Text size="sm">
        {meervoud(ontvangers.length, 'organisatie heeft', 'organisaties hebben')} nog niet geantwoord
        {ronde.deadline ? ` (uiterste datum ${formatDatum(ronde.deadline)})` : ''}.
      </Text>
      <Group gap="xs">
        <Button onClick={() => mail(null)} disabled={metAdres === 0} loading={mailen.isPending}>
          Herinnering aan allen mailen (bcc)
        </Button>
        <Button variant="default" onClick={kopieer} loading={kopieren.isPending}>
          Tekst kopiëren
        </Button>
      </Group>
      <Alert color="gray" title="Het formulier zelf toevoegen">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            Een link naar uw mailprogramma kan geen bijlage meesturen (op Windows kan dat niet). Voeg het
            formulier van de organisatie zelf toe aan de mail.
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            loading={mapOpenen.isPending}
            onClick={() => mapOpenen.mutate({ rondeId: ronde.id }, { onError: toonFout })}
          >
            Map met formulieren openen
          </Button>
        </Stack>
      </Alert>
      <Table striped aria-label="Nog geen antwoord">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Organisatie</Table.Th>
            <Table.Th>E-mailadres</Table.Th>
            <Table.Th>Herinneren</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ontvangers.map((o) => (
            <Table.Tr key={o.organisatieId}>
              <Table.Td fw={600}>{o.organisatie}</Table.Td>
              <Table.Td>
                {o.email ?? (
                  <Text span size="sm" c="dimmed">
                    geen e-mailadres
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {o.email ? (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Herinnering mailen aan ${o.organisatie}`}
                    onClick={() => mail(o.organisatieId)}
                  >
                    Mailen
                  </Button>
                ) : (
                  <Anchor href={`#/organisaties/${o.organisatieId}`} c="tafel.8" size="sm">
                    E-mailadres invullen
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper component="section" withBorder p="sm" aria-label="De tekst van de herinnering">
        <Text size="sm" fw={600}>
          Onderwerp: {onderwerp}
        </Text>
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {tekst}
        </Text>
      </Paper>
    </Stack>
  );
}
