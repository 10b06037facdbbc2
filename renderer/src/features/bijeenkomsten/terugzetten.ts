import type { Actiepunt, Besluit, BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import { terugschrijven } from '../../ongedaan/melden';

/** An action as its save channel takes it, with what changes. */
export function actieInvoerVan(
  a: Actiepunt,
  over: Partial<Pick<Actiepunt, 'status' | 'bijeenkomstId' | 'besluitId' | 'activiteitId'>> = {},
) {
  return {
    id: a.id,
    bijeenkomstId: a.bijeenkomstId,
    omschrijving: a.omschrijving,
    eigenaar: a.eigenaar,
    deadline: a.deadline,
    status: a.status,
    besluitId: a.besluitId,
    activiteitId: a.activiteitId,
    ...over,
  };
}

/** A besluit as its save channel takes it, with the activity it concerns. */
export function besluitInvoerVan(b: Besluit, over: Partial<Pick<Besluit, 'activiteitId'>> = {}) {
  return { id: b.id, bijeenkomstId: b.bijeenkomstId, tekst: b.tekst, activiteitId: b.activiteitId, ...over };
}

/** Undo of marking an action done: saved again with the status it had. */
export function zetActieTerug(voor: Actiepunt): Promise<void> {
  return terugschrijven('bijeenkomsten.actieOpslaan', actieInvoerVan(voor));
}

/** Saves each action again with what `over` says: the links a delete cut, after undo brought the record back. */
export function koppelOpnieuw(
  acties: readonly Actiepunt[],
  over: (a: Actiepunt) => Parameters<typeof actieInvoerVan>[1],
): () => Promise<void> {
  return async () => {
    for (const a of acties) await terugschrijven('bijeenkomsten.actieOpslaan', actieInvoerVan(a, over(a)));
  };
}

/**
 * Deleting a meeting unlinks its actions (they stay on the actielijst); after undo brought the
 * meeting back, each is linked to it again.
 */
export function koppelActiesTerug(b: BijeenkomstDetail): () => Promise<void> {
  return koppelOpnieuw(b.acties, () => ({ bijeenkomstId: b.id }));
}

/** Deleting a besluit unlinks the actions that followed from it; after undo, each is linked again. */
export function koppelBesluitActiesTerug(b: BijeenkomstDetail, besluitId: string): () => Promise<void> {
  return koppelOpnieuw(
    b.actiesBijBesluiten.filter((a) => a.besluitId === besluitId),
    () => ({ besluitId }),
  );
}
