import type { Actiepunt, BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import { terugschrijven } from '../../ongedaan/melden';

/** An action as its save channel takes it, with what changes. */
export function actieInvoerVan(
  a: Actiepunt,
  over: Partial<Pick<Actiepunt, 'status' | 'bijeenkomstId'>> = {},
) {
  return {
    id: a.id,
    bijeenkomstId: a.bijeenkomstId,
    omschrijving: a.omschrijving,
    eigenaar: a.eigenaar,
    deadline: a.deadline,
    status: a.status,
    ...over,
  };
}

/** Undo of marking an action done: saved again with the status it had. */
export function zetActieTerug(voor: Actiepunt): Promise<void> {
  return terugschrijven('bijeenkomsten.actieOpslaan', actieInvoerVan(voor));
}

/**
 * Deleting a meeting unlinks its actions (they stay on the actielijst); after undo brought the
 * meeting back, each is linked to it again.
 */
export function koppelActiesTerug(b: BijeenkomstDetail): () => Promise<void> {
  return async () => {
    for (const a of b.acties)
      await terugschrijven('bijeenkomsten.actieOpslaan', actieInvoerVan(a, { bijeenkomstId: b.id }));
  };
}
