import { Anchor, Group, Select, type SelectProps, Stack, Text } from '@mantine/core';
import type { Actiepunt, Besluit } from '../../../../shared/domain/bijeenkomsten';
import { actieRegel } from '../../../../shared/domain/vergaderstukken';
import { useApiQuery } from '../../api/client';
import { bijeenkomstHref } from './route';

/** The planning's activities by phase, for a choice list. */
export function useActiviteitKeuzes(enabled = true) {
  const planning = useApiQuery('planning.ophalen', {}, enabled);
  return (planning.data?.fasen ?? []).map((fase) => ({
    group: fase.naam,
    items: fase.activiteiten.map((a) => ({ value: a.id, label: a.titel })),
  }));
}

/** An optional link of the chain (a besluit, an activity): searchable, and cleared to "none". */
export function KetenKeuze(props: SelectProps) {
  return <Select placeholder="Geen" clearable searchable nothingFoundMessage="Niets gevonden" {...props} />;
}

/** A planning activity as a link to its details on the planning page; underlined, as it sits in a line of text. */
export function ActiviteitLink({ id, titel }: { id: string; titel: string }) {
  return (
    <Anchor href={`#/planning/${id}`} size="xs" c="tafel.8" underline="always">
      {titel}
    </Anchor>
  );
}

/**
 * Under a besluit in the besluitenlijst: the activity it concerns and its actions, each with who and
 * by when, as the exported besluitenlijst has them. Nothing when it has neither.
 */
export function BesluitKeten({ besluit, acties }: { besluit: Besluit; acties: Actiepunt[] }) {
  if (!besluit.activiteitId && acties.length === 0) return null;
  return (
    <Stack gap={0} mt={2} data-testid="besluit-keten">
      {besluit.activiteitId && besluit.activiteitTitel && (
        <Text size="xs" c="gray.8">
          Activiteit: <ActiviteitLink id={besluit.activiteitId} titel={besluit.activiteitTitel} />
        </Text>
      )}
      {acties.map((a) => (
        <Text key={a.id} size="xs" c="gray.8">
          Actie: {/* To the action on its meeting's Acties tab, as the activity links to the planning. */}
          {a.bijeenkomstId ? (
            <Anchor href={bijeenkomstHref(a.bijeenkomstId, 'acties', a.id)} size="xs" c="tafel.8">
              {actieRegel(a)}
            </Anchor>
          ) : (
            actieRegel(a)
          )}
          {a.status === 'klaar' ? ' – klaar' : ''}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * Under an action: the besluit it follows from ("bij besluit 12", a link to it on that meeting's
 * Besluiten tab) and the
 * activity it concerns (a link to the planning). Nothing when it has neither.
 */
export function ActieKeten({ actie }: { actie: Actiepunt }) {
  if (!actie.besluitNummer && !actie.activiteitId) return null;
  return (
    <Group gap={8} mt={2} data-testid="actie-keten">
      {actie.besluitNummer !== null && actie.besluitBijeenkomstId && (
        <Anchor
          href={bijeenkomstHref(actie.besluitBijeenkomstId, 'besluiten', actie.besluitId)}
          size="xs"
          c="tafel.8"
          underline="always"
        >
          bij besluit {actie.besluitNummer}
        </Anchor>
      )}
      {actie.activiteitId && actie.activiteitTitel && (
        <Text size="xs" c="gray.8">
          Activiteit: <ActiviteitLink id={actie.activiteitId} titel={actie.activiteitTitel} />
        </Text>
      )}
    </Group>
  );
}
