import type { Session } from '../../services/session';
import {
  countRecords,
  getWerkgroep,
  listLogboek,
  recordChange,
  updateWerkgroep,
} from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';

/** The werkgroep's own data, its counts and the audit log. */
export function werkgroepHandlers(session: Session): GebiedHandlers<'werkgroep'> {
  return {
    'werkgroep.logboek': () => listLogboek(session.requireFile().db),
    'werkgroep.ophalen': () => getWerkgroep(session.requireFile().db),
    'werkgroep.bijwerken': async (input) => {
      const file = session.requireFile();
      await file.write((db) => {
        updateWerkgroep(db, input);
        recordChange(db, session.auteur, 'werkgroep', 'Werkgroepgegevens gewijzigd');
      });
      return getWerkgroep(file.db);
    },
    'werkgroep.tellingen': () => countRecords(session.requireFile().db),
  };
}
