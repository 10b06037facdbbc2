import { groepOverzicht } from '../../services/groepen';
import type { Session } from '../../services/session';
import {
  getGroep,
  listGroepen,
  plaatsInGroep,
  saveGroep,
  zetPlaatsingTerug,
} from '../../store/repositories/groepen';
import { recordChange } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { schrijver } from '../schrijf';

const kandidaten = (n: number) => `${n} ${n === 1 ? 'kandidaat' : 'kandidaten'}`;

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
      const { geplaatst, vorige } = await session.requireFile().write((d) => {
        const r = plaatsInGroep(d, groepId, kandidaatIds);
        recordChange(d, session.auteur, 'groep', `${kandidaten(r.geplaatst)} in groep geplaatst`, {
          objectId: groepId,
        });
        return r;
      });
      return { groep: getGroep(db(), groepId), geplaatst, vorige };
    },
    'groepen.terugplaatsen': async ({ groepId, vorige }) => {
      const teruggezet = await session.requireFile().write((d) => {
        const n = zetPlaatsingTerug(d, groepId, vorige);
        recordChange(d, session.auteur, 'groep', `${kandidaten(n)} teruggezet (ongedaan maken)`, {
          objectId: groepId,
        });
        return n;
      });
      return { teruggezet };
    },
  };
}
