import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  ACTIE_STATUS_LABEL,
  type Actiepunt,
  type Besluit,
  type PlanningVerwijzingen,
} from '../../../../shared/domain/bijeenkomsten';
import { formatDatum, meervoud } from '../../../../shared/format/nl';
import { bijeenkomstHref } from '../bijeenkomsten/route';

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

interface Verwijzing {
  id: string;
  /** Its meeting at the tab where it is, or the meetings (an action without a meeting). */
  href: string;
  link: string;
  rest: string;
}

// Mantine's item is inline-flex, as wide as its text: as a block no wider than the list, its line can end in an ellipsis.
const EEN_REGEL = {
  itemWrapper: { display: 'flex', minWidth: 0 },
  itemLabel: { maxWidth: '100%', minWidth: 0 },
};

/**
 * One list of what points at the activity, each linking to its meeting; nothing when empty. One
 * line each, ending in an ellipsis (the whole line is its title): the dialog must fit at 720 pixels.
 */
function VerwijzingLijst({ naam, items }: { naam: string; items: Verwijzing[] }) {
  if (items.length === 0) return null;
  return (
    <List size="sm" spacing={2} aria-label={naam} styles={EEN_REGEL}>
      {items.map((x) => (
        <List.Item key={x.id}>
          <Text size="sm" truncate="end" title={`${x.link} ${x.rest}`}>
            <Anchor href={x.href} size="sm" c="tafel.8" underline="always">
              {x.link}
            </Anchor>{' '}
            {x.rest}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** How many lines the chain shows before *Alle tonen*: with the fields, the dialog fits a 720-pixel screen. */
const EERSTE = 3;

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
  const [alles, setAlles] = useState(false);
  const totaal = v.besluiten.length + v.acties.length;
  // Besluiten first; the actions get the lines that are left.
  const besluiten = alles ? v.besluiten : v.besluiten.slice(0, EERSTE);
  const acties = alles ? v.acties : v.acties.slice(0, EERSTE - besluiten.length);
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
        items={besluiten.map((b) => ({
          id: b.id,
          href: bijeenkomstHref(b.bijeenkomstId, 'besluiten', b.id),
          link: `Besluit ${b.nummer}`,
          rest: `(${formatDatum(b.bijeenkomstDatum)}): ${b.tekst}`,
        }))}
      />
      <VerwijzingLijst
        naam="Acties over deze activiteit"
        items={acties.map((a) => ({
          id: a.id,
          href: a.bijeenkomstId ? bijeenkomstHref(a.bijeenkomstId, 'acties', a.id) : '#/bijeenkomsten',
          link: a.omschrijving,
          rest: `(${[a.eigenaar, ACTIE_STATUS_LABEL[a.status].toLowerCase(), a.besluitNummer && `bij besluit ${a.besluitNummer}`].filter(Boolean).join(', ')})`,
        }))}
      />
      {totaal > EERSTE && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          c="tafel.8"
          ta="left"
          onClick={() => setAlles(!alles)}
          aria-expanded={alles}
        >
          {alles ? 'Minder tonen' : `Alle ${totaal} tonen`}
        </Anchor>
      )}
    </Stack>
  );
}
