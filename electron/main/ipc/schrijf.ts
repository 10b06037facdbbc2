import type { Session } from '../services/session';
import type { Db } from '../store/database';
import { recordChange } from '../store/repositories/werkgroep';

/**
 * A write to the open file that also records who changed what kind of thing. The description
 * goes into the audit trail, so it never names a person.
 */
export function schrijver(session: Session) {
  return <T>(soort: string, omschrijving: string, werk: (db: Db) => T): Promise<T> =>
    session.requireFile().write((db) => {
      const result = werk(db);
      recordChange(db, session.auteur, soort, omschrijving);
      return result;
    });
}
