import { type AanDeSlag, aanDeSlagStappen } from '../../../../shared/domain/aan-de-slag';
import { herstelLogregel, zetVerwijderdTerug } from '../../services/herstellen';
import type { Session } from '../../services/session';
import { aanDeSlagFeiten, werkgroepId } from '../../store/repositories/aan-de-slag';
import {
  countRecords,
  getWerkgroep,
  listLogboek,
  recordChange,
  updateWerkgroep,
} from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { schrijver } from '../schrijf';

/** The werkgroep's own data, its counts and the audit log. */
export function werkgroepHandlers(session: Session): GebiedHandlers<'werkgroep'> {
  const aanDeSlag = (): AanDeSlag => {
    const db = session.requireFile().db;
    return {
      stappen: aanDeSlagStappen(aanDeSlagFeiten(db)),
      verborgen: session.settings.aanDeSlagVerborgen(werkgroepId(db)),
    };
  };
  const schrijf = schrijver(session);
  return {
    'werkgroep.herstellen': async ({ soort, id }) => {
      const { logSoort, omschrijving } = herstelLogregel(soort);
      await schrijf(logSoort, omschrijving, (db) => zetVerwijderdTerug(db, soort, id), id);
      return null;
    },
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
    'werkgroep.aanDeSlag': aanDeSlag,
    'werkgroep.aanDeSlagVerbergen': async ({ verborgen }) => {
      await session.settings.verbergAanDeSlag(werkgroepId(session.requireFile().db), verborgen);
      return aanDeSlag();
    },
  };
}
