import type { GroepOverzicht } from '../../../shared/domain/kandidaten';
import type { Db } from '../store/database';
import { getGroep } from '../store/repositories/groepen';
import { listKandidaten } from '../store/repositories/kandidaten-lijst';

/** A group with its candidates, for the group page; names only when asked for. */
export function groepOverzicht(db: Db, id: string, metNamen: boolean): GroepOverzicht {
  return { groep: getGroep(db, id), kandidaten: listKandidaten(db, { groepId: id, metNamen }) };
}
