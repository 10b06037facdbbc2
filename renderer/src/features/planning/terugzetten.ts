import type { PlanningVerwijzingen } from '../../../../shared/domain/bijeenkomsten';
import type { Activiteit, Planning } from '../../../../shared/domain/planning';
import { terugschrijven } from '../../ongedaan/melden';
import { besluitInvoerVan, koppelOpnieuw } from '../bijeenkomsten/terugzetten';

/** An activity as its save channel takes it (the order is the screen's, not input). */
function invoerVan({ volgorde: _, ...a }: Activiteit) {
  return a;
}

/** Undo of a Gantt drag: the activity saved again with the months it had before. */
export function zetMaandenTerug(voor: Activiteit): Promise<void> {
  return terugschrijven('planning.activiteitOpslaan', invoerVan(voor));
}

/**
 * What a delete of activity `id` cut: the activities that waited for it, and the besluiten and
 * actions that concerned it, as they were. After undo brought it back, each is saved again with its link.
 */
export function wachtendenOp(
  planning: Planning,
  verwijzingen: PlanningVerwijzingen | undefined,
  id: string,
): () => Promise<void> {
  const wachtenden = planning.fasen.flatMap((f) => f.activiteiten).filter((a) => a.afhankelijkVan === id);
  const besluiten = (verwijzingen?.besluiten ?? []).filter((b) => b.activiteitId === id);
  const acties = koppelOpnieuw(
    (verwijzingen?.acties ?? []).filter((a) => a.activiteitId === id),
    () => ({ activiteitId: id }),
  );
  return async () => {
    for (const a of wachtenden) await terugschrijven('planning.activiteitOpslaan', invoerVan(a));
    for (const b of besluiten) await terugschrijven('bijeenkomsten.besluitOpslaan', besluitInvoerVan(b));
    await acties();
  };
}
