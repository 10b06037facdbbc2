import { Anchor, Button, Card, Group, List, Progress, Text, ThemeIcon, Title } from '@mantine/core';
import { aanDeSlagTonen } from '../../../../shared/domain/aan-de-slag';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout } from '../../app/notify';
import { meldMetOngedaan, terugschrijven } from '../../ongedaan/melden';
import { useZonderPersoonsgegevens } from '../samenwerken/useZonderPersoonsgegevens';

/**
 * The "Aan de slag" list for a new werkgroep: the first things to set up, each a link to its page,
 * ticked from what the file holds. It goes away once everything is done, or when the user hides it
 * (remembered for this user and this werkgroep). A member's copy does not show it.
 */
export function AanDeSlag() {
  const lijst = useApiQuery('werkgroep.aanDeSlag', {});
  const verbergen = useApiMutation('werkgroep.aanDeSlagVerbergen');
  // A member's copy is not a werkgroep to set up: its steps (candidates above all) belong to the
  // original, and the copy refuses new candidates. A trial saw the list ask for them there.
  const zonderPersoonsgegevens = useZonderPersoonsgegevens();
  if (zonderPersoonsgegevens || !lijst.data || !aanDeSlagTonen(lijst.data)) return null;
  const { stappen } = lijst.data;
  const klaar = stappen.filter((s) => s.klaar).length;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="aan-de-slag" data-testid="aan-de-slag">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="aan-de-slag">
            Aan de slag
          </Title>
          <Text size="sm" c="dimmed">
            Zo zet u de werkgroep op. Een stap wordt vanzelf afgevinkt zodra hij gedaan is.
          </Text>
        </div>
        <Button
          variant="default"
          size="compact-sm"
          loading={verbergen.isPending}
          onClick={() =>
            verbergen.mutate(
              { verborgen: true },
              {
                onError: toonFout,
                // Hiding is easy to do by mistake: undo here, and Ctrl+K → "Aan de slag tonen" later.
                onSuccess: () =>
                  meldMetOngedaan(
                    'Lijst Aan de slag verborgen.',
                    'Lijst Aan de slag staat weer op het dashboard.',
                    () => terugschrijven('werkgroep.aanDeSlagVerbergen', { verborgen: false }),
                  ),
              },
            )
          }
        >
          Lijst verbergen
        </Button>
      </Group>
      <Progress
        value={(klaar / stappen.length) * 100}
        mt="sm"
        aria-label={`${klaar} van ${stappen.length} stappen gedaan`}
      />
      <Text size="sm" mt={4}>
        {klaar} van {stappen.length} stappen gedaan
      </Text>
      <List spacing="xs" mt="sm" listStyleType="none" component="ol">
        {stappen.map((stap, i) => (
          <List.Item
            key={stap.sleutel}
            data-testid={`aan-de-slag-${stap.sleutel}`}
            data-klaar={stap.klaar}
            icon={
              <ThemeIcon
                size={22}
                radius="xl"
                color={stap.klaar ? 'tafel.8' : 'gray.2'}
                c={stap.klaar ? 'white' : 'gray.9'}
                aria-hidden
              >
                <Text size="xs" fw={700} c="inherit">
                  {stap.klaar ? '✓' : i + 1}
                </Text>
              </ThemeIcon>
            }
          >
            <Anchor href={`#/${stap.pad}`} c="tafel.8" fw={600} td={stap.klaar ? 'line-through' : undefined}>
              {stap.titel}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {' '}
              ({stap.klaar ? 'gedaan' : 'nog te doen'}) · {stap.uitleg}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
