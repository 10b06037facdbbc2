import type { Session } from '../services/session';
import { bewaarOverzicht, wisKandidaat, zetBewaartermijn } from '../store/repositories/avg';
import { getGroep, groepOverzicht, listGroepen, saveGroep } from '../store/repositories/groepen';
import {
  getDossier,
  getKandidaat,
  listKandidaten,
  saveKandidaat,
  zonderNaam,
} from '../store/repositories/kandidaten';
import { deleteStap, herorden, saveStap } from '../store/repositories/leerlijn';
import { savePlan } from '../store/repositories/plan';
import { deleteMeting, saveMeting, saveTerugval, saveUitstroom } from '../store/repositories/voortgang';
import { recordChange } from '../store/repositories/werkgroep';
import type { Handlers } from './handlers';
import { schrijver } from './schrijf';

type KandidatenChannels =
  | 'kandidaten.lijst'
  | 'kandidaten.dossier'
  | 'kandidaten.opslaan'
  | 'kandidaten.planOpslaan'
  | 'kandidaten.avgVerwijderen'
  | 'kandidaten.bewaartermijn'
  | 'kandidaten.bewaartermijnInstellen'
  | 'leerlijn.stapOpslaan'
  | 'leerlijn.stapVerwijderen'
  | 'leerlijn.volgorde'
  | 'ladder.meten'
  | 'ladder.verwijderen'
  | 'uitstroom.opslaan'
  | 'uitstroom.terugval'
  | 'groepen.lijst'
  | 'groepen.opslaan'
  | 'groepen.overzicht';

/**
 * Candidates, their plan, leerlijn, ladder and outcomes, and groups. Changes to a candidate
 * answer with the whole dossier, so the candidate page shows exactly what was stored.
 * Audit descriptions name the kind of change only, never the person.
 */
export function kandidatenHandlers(session: Session): Pick<Handlers, KandidatenChannels> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const dossier = async (omschrijving: string, werk: Parameters<typeof schrijf<string>>[2]) =>
    getDossier(db(), await schrijf('kandidaat', omschrijving, werk));
  return {
    'kandidaten.lijst': (filter) => listKandidaten(db(), filter),
    'kandidaten.dossier': ({ id, metNamen }) => getDossier(db(), id, metNamen ?? false),
    'kandidaten.opslaan': async ({ id, ...data }) => {
      const kandidaatId = await schrijf(
        'kandidaat',
        id ? 'Kandidaat gewijzigd' : 'Kandidaat toegevoegd',
        (d) => saveKandidaat(d, data, id),
      );
      return zonderNaam(getKandidaat(db(), kandidaatId));
    },
    'kandidaten.planOpslaan': (plan) =>
      dossier('Persoonlijk plan gewijzigd', (d) => {
        getKandidaat(d, plan.kandidaatId);
        savePlan(d, plan);
        return plan.kandidaatId;
      }),
    'kandidaten.avgVerwijderen': async ({ id, bevestiging }) => {
      await session.requireFile().writeAndPurge((d) => {
        wisKandidaat(d, id, bevestiging);
        recordChange(d, session.auteur, 'kandidaat', 'Kandidaat verwijderd (AVG)');
      });
      return null;
    },
    'kandidaten.bewaartermijn': () => bewaarOverzicht(db()),
    'kandidaten.bewaartermijnInstellen': async ({ maanden }) => {
      await schrijf('werkgroep', 'Bewaartermijn gewijzigd', (d) => zetBewaartermijn(d, maanden));
      return bewaarOverzicht(db());
    },
    'leerlijn.stapOpslaan': (stap) =>
      dossier(stap.id ? 'Leerlijnstap gewijzigd' : 'Leerlijnstap toegevoegd', (d) => saveStap(d, stap)),
    'leerlijn.stapVerwijderen': ({ id }) => dossier('Leerlijnstap verwijderd', (d) => deleteStap(d, id)),
    'leerlijn.volgorde': ({ kandidaatId, stapIds }) =>
      dossier('Volgorde van de leerlijn gewijzigd', (d) => {
        herorden(d, kandidaatId, stapIds);
        return kandidaatId;
      }),
    'ladder.meten': (meting) =>
      dossier(meting.id ? 'Meting gewijzigd' : 'Meting op de participatieladder toegevoegd', (d) => {
        saveMeting(d, meting);
        return meting.kandidaatId;
      }),
    'ladder.verwijderen': ({ id }) => dossier('Meting verwijderd', (d) => deleteMeting(d, id)),
    'uitstroom.opslaan': (uitstroom) =>
      dossier(uitstroom.id ? 'Uitstroom gewijzigd' : 'Uitstroom vastgelegd', (d) => {
        saveUitstroom(d, uitstroom);
        return uitstroom.kandidaatId;
      }),
    'uitstroom.terugval': (terugval) =>
      dossier('Terugval vastgelegd', (d) => {
        saveTerugval(d, terugval);
        return terugval.kandidaatId;
      }),
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
