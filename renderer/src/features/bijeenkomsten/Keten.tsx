import { Anchor, Group, Select, type SelectProps, Text } from '@mantine/core';
import type { Actiepunt } from '../../../../shared/domain/bijeenkomsten';
import { useApiQuery } from '../../api/client';

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
 * Under an action: the besluit it follows from ("bij besluit 12", a link to that meeting) and the
 * activity it concerns (a link to the planning). Nothing when it has neither.
 */
export function ActieKeten({ actie }: { actie: Actiepunt }) {
  if (!actie.besluitNummer && !actie.activiteitId) return null;
  return (
    <Group gap={8} mt={2} data-testid="actie-keten">
      {actie.besluitNummer !== null && actie.besluitBijeenkomstId && (
        <Anchor
          href={`#/bijeenkomsten/${actie.besluitBijeenkomstId}`}
          size="xs"
          c="tafel.8"
          underline="always"
        >
          bij besluit {actie.besluitNummer}
        </Anchor>
      )}
      {actie.activiteitId && actie.activiteitTitel && (
        <Text size="xs" c="gray.8">
          activiteit: <ActiviteitLink id={actie.activiteitId} titel={actie.activiteitTitel} />
        </Text>
      )}
    </Group>
  );
}
