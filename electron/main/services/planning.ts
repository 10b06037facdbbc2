import type { Db } from '../store/database';
import { ontkoppelActiviteit } from '../store/repositories/bijeenkomsten';
import { deleteActiviteit } from '../store/repositories/planning';

/**
 * Removes a planning activity and, in the same write, the links of the besluiten and actions that
 * concerned it: they stay on the besluitenlijst and the actielijst, and undo links them again
 * through their own saves (the planning screen knows which they were).
 */
export function verwijderActiviteit(db: Db, id: string): void {
  ontkoppelActiviteit(db, id);
  deleteActiviteit(db, id);
}
