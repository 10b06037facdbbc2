import { groepOverzicht } from '../../services/groepen';
import { getDossier } from '../../services/kandidaten';
import type { Session } from '../../services/session';
import { getGroep, listGroepen, saveGroep } from '../../store/repositories/groepen';
import type { GebiedHandlers } from '../handler-types';
import { schrijver } from '../schrijf';

/** Groups (cohorts) of candidates, with one overview table per group. */
export function groepenHandlers(session: Session): GebiedHandlers<'groepen'> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const _dossier = async (omschrijving: string, werk: Parameters<typeof schrijf<string>>[2]) =>
    getDossier(db(), await schrijf('kandidaat', omschrijving, werk));
  return {
    'groepen.lijst': () => listGroepen(db()),
    'groepen.opslaan': async (groep) => {
      const groepId = await schrijf('groep', groep.id ? 'Groep gewijzigd' : 'Groep toegevoegd', (d) =>
        saveGroep(d, groep),
      );
      return getGroep(db(), groepId);
    },
    'groepen.overzicht': ({ id, metNamen }) => groepOverzicht(db(), id, metNamen),
  };
}
