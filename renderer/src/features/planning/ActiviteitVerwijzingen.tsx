import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import {
  ACTIE_STATUS_LABEL,
  type Actiepunt,
  type Besluit,
  type PlanningVerwijzingen,
} from '../../../../shared/domain/bijeenkomsten';
import { formatDatum, meervoud } from '../../../../shared/format/nl';

/** The besluiten and actions that concern one activity, from all of them. */
export function verwijzingenVan(v: PlanningVerwijzingen | undefined, activiteitId: string) {
  return {
    besluiten: (v?.besluiten ?? []).filter((b) => b.activiteitId === activiteitId),
    acties: (v?.acties ?? []).filter((a) => a.activiteitId === activiteitId),
  };
}

/** "2 besluiten, 1 actie", or null when nothing points at the activity. */
export function verwijzingenTelling(v: { besluiten: Besluit[]; acties: Actiepunt[] }): string | null {
  const delen = [
    v.besluiten.length ? meervoud(v.besluiten.length, 'besluit', 'besluiten') : null,
    v.acties.length ? meervoud(v.acties.length, 'actie', 'acties') : null,
  ].filter(Boolean);
  return delen.length ? delen.join(', ') : null;
}

const naarBijeenkomst = (id: string | null) => (id ? `#/bijeenkomsten/${id}` : '#/bijeenkomsten');

interface Verwijzing {
  id: string;
  bijeenkomstId: string | null;
  link: string;
  rest: string;
}

/** One list of what points at the activity, each linking to its meeting; nothing when empty. */
function VerwijzingLijst({ naam, items }: { naam: string; items: Verwijzing[] }) {
  if (items.length === 0) return null;
  return (
    <List size="sm" spacing={2} aria-label={naam}>
      {items.map((x) => (
        <List.Item key={x.id}>
          <Anchor href={naarBijeenkomst(x.bijeenkomstId)} size="sm" c="tafel.8" underline="always">
            {x.link}
          </Anchor>{' '}
          {x.rest}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * In an activity's details: the besluiten and actions that concern it, each a link back to the
 * meeting where it was taken or came from (an action without a meeting: to the meetings, where the actielijst is).
 */
export function ActiviteitVerwijzingen({
  activiteitId,
  verwijzingen,
}: {
  activiteitId: string;
  verwijzingen: PlanningVerwijzingen | undefined;
}) {
  const v = verwijzingenVan(verwijzingen, activiteitId);
  const telling = verwijzingenTelling(v);
  return (
    <Stack gap={4} data-testid="activiteit-verwijzingen">
      <Title order={3} size="h5">
        Besluiten en acties {telling ? `(${telling})` : ''}
      </Title>
      {!telling && (
        <Text size="sm" c="dimmed">
          Nog geen besluit of actie gaat over deze activiteit. U koppelt ze bij een bijeenkomst.
        </Text>
      )}
      <VerwijzingLijst
        naam="Besluiten over deze activiteit"
        items={v.besluiten.map((b) => ({
          id: b.id,
          bijeenkomstId: b.bijeenkomstId,
          link: `Besluit ${b.nummer}`,
          rest: `(${formatDatum(b.bijeenkomstDatum)}): ${b.tekst}`,
        }))}
      />
      <VerwijzingLijst
        naam="Acties over deze activiteit"
        items={v.acties.map((a) => ({
          id: a.id,
          bijeenkomstId: a.bijeenkomstId,
          link: a.omschrijving,
          rest: `(${[a.eigenaar, ACTIE_STATUS_LABEL[a.status].toLowerCase(), a.besluitNummer && `bij besluit ${a.besluitNummer}`].filter(Boolean).join(', ')})`,
        }))}
      />
    </Stack>
  );
}
