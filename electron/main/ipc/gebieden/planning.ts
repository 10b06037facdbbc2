import { vandaagIso } from '../../../../shared/format/nl';
import { planningWerkboek } from '../../excel/planning-export';
import { verwijderActiviteit } from '../../services/planning';
import type { Session } from '../../services/session';
import { listPlanningVerwijzingen } from '../../store/repositories/bijeenkomsten';
import {
  deleteFase,
  deleteMijlpaal,
  getPlanning,
  planningUitSjabloon,
  saveActiviteit,
  saveFase,
  saveMijlpaal,
} from '../../store/repositories/planning';
import { getWerkgroep } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { exporteur, schrijver } from '../schrijf';

/** The plan van aanpak: phases, activities and milestones; every change answers the new planning. */
export function planningHandlers(session: Session): GebiedHandlers<'planning'> {
  const schrijf = schrijver(session);
  const exporteer = exporteur(session);
  const planning = () => getPlanning(session.requireFile().db);
  const wijzig = async (omschrijving: string, werk: Parameters<typeof schrijf>[2], id?: string) => {
    await schrijf('planning', omschrijving, werk, id);
    return planning();
  };
  return {
    'planning.ophalen': planning,
    'planning.verwijzingen': () => listPlanningVerwijzingen(session.requireFile().db),
    'planning.faseOpslaan': ({ id, naam }) =>
      wijzig(id ? 'Fase gewijzigd' : 'Fase toegevoegd', (db) => saveFase(db, naam, id)),
    'planning.faseVerwijderen': ({ id }) => wijzig('Fase verwijderd', (db) => deleteFase(db, id), id),
    'planning.activiteitOpslaan': ({ id, ...data }) =>
      wijzig(id ? 'Activiteit gewijzigd' : 'Activiteit toegevoegd', (db) => saveActiviteit(db, data, id)),
    'planning.activiteitVerwijderen': ({ id }) =>
      wijzig('Activiteit verwijderd', (db) => verwijderActiviteit(db, id), id),
    'planning.mijlpaalOpslaan': ({ id, naam, datum }) =>
      wijzig(id ? 'Mijlpaal gewijzigd' : 'Mijlpaal toegevoegd', (db) => saveMijlpaal(db, naam, datum, id)),
    'planning.mijlpaalVerwijderen': ({ id }) =>
      wijzig('Mijlpaal verwijderd', (db) => deleteMijlpaal(db, id), id),
    'planning.uitSjabloon': ({ startMaand }) =>
      wijzig('Planning gestart uit het voorbeeld', (db) => planningUitSjabloon(db, startMaand)),
    'planning.exporteren': () =>
      exporteer('Planning', (db) => planningWerkboek(getPlanning(db), getWerkgroep(db).naam, vandaagIso())),
  };
}
