import { groepOverzicht } from '../../services/groepen';
import type { Session } from '../../services/session';
import { getGroep, listGroepen, plaatsInGroep, saveGroep } from '../../store/repositories/groepen';
import { recordChange } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { schrijver } from '../schrijf';

/** Groups (cohorts) of candidates, with one overview table per group. */
export function groepenHandlers(session: Session): GebiedHandlers<'groepen'> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  return {
    'groepen.lijst': () => listGroepen(db()),
    'groepen.opslaan': async (groep) => {
      const groepId = await schrijf('groep', groep.id ? 'Groep gewijzigd' : 'Groep toegevoegd', (d) =>
        saveGroep(d, groep),
      );
      return getGroep(db(), groepId);
    },
    'groepen.overzicht': ({ id, metNamen }) => groepOverzicht(db(), id, metNamen),
    // One write and one log line for the whole selection; the log counts, it never names.
    'groepen.plaatsen': async ({ groepId, kandidaatIds }) => {
      const geplaatst = await session.requireFile().write((d) => {
        const n = plaatsInGroep(d, groepId, kandidaatIds);
        const wie = `${n} ${n === 1 ? 'kandidaat' : 'kandidaten'}`;
        recordChange(d, session.auteur, 'groep', `${wie} in groep geplaatst`, { objectId: groepId });
        return n;
      });
      return { groep: getGroep(db(), groepId), geplaatst };
    },
  };
}
