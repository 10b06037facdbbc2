import { vandaagIso } from '../../../shared/format/nl';
import type { Session } from '../services/session';
import {
  deleteEvaluatie,
  getEvaluatie,
  listEvaluaties,
  maakEvaluatie,
  saveEvaluatieTekst,
  vernieuwEvaluatie,
  verzendEvaluatie,
} from '../store/repositories/evaluaties';
import { deleteLes, getLes, listLessen, saveLes } from '../store/repositories/lessen';
import { bedragPerMaand, dashboard, zetBedragPerMaand } from '../store/repositories/monitoring';
import { foPakketHandlers } from './fo-pakket-handlers';
import type { Handlers } from './handlers';
import { schrijver } from './schrijf';

type Channels =
  | 'monitoring.dashboard'
  | 'monitoring.bedragPerMaand'
  | 'monitoring.bedragPerMaandInstellen'
  | 'lessen.lijst'
  | 'lessen.opslaan'
  | 'lessen.verwijderen'
  | 'evaluaties.lijst'
  | 'evaluaties.detail'
  | 'evaluaties.maken'
  | 'evaluaties.opslaan'
  | 'evaluaties.vernieuwen'
  | 'evaluaties.verzenden'
  | 'evaluaties.verwijderen'
  | 'export.foPakket'
  | 'export.voortgang';

/** The dashboard, the lessons log and evaluations (the FO-pakket has its own module). */
export function monitoringHandlers(session: Session): Pick<Handlers, Channels> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const evaluatieNa = async (omschrijving: string, werk: Parameters<typeof schrijf>[2], id?: string) => {
    const result = await schrijf('evaluatie', omschrijving, werk);
    return getEvaluatie(db(), id ?? (result as string));
  };
  return {
    'monitoring.dashboard': ({ van, tot, groepId }) => dashboard(db(), { van, tot }, groepId, vandaagIso()),
    'monitoring.bedragPerMaand': () => ({ uitkeringPerMaandCent: bedragPerMaand(db()) }),
    'monitoring.bedragPerMaandInstellen': async ({ uitkeringPerMaandCent }) => {
      await schrijf('werkgroep', 'Bedrag per maand voor de besparingsschatting gewijzigd', (d) =>
        zetBedragPerMaand(d, uitkeringPerMaandCent),
      );
      return { uitkeringPerMaandCent: bedragPerMaand(db()) };
    },
    'lessen.lijst': () => listLessen(db()),
    'lessen.opslaan': async ({ id, ...data }) =>
      getLes(
        db(),
        await schrijf('les', id ? 'Les gewijzigd' : 'Les vastgelegd', (d) =>
          saveLes(d, data, session.auteur, id),
        ),
      ),
    'lessen.verwijderen': async ({ id }) => {
      await schrijf('les', 'Les verwijderd', (d) => deleteLes(d, id), id);
      return null;
    },
    'evaluaties.lijst': () => listEvaluaties(db()),
    'evaluaties.detail': ({ id }) => getEvaluatie(db(), id),
    'evaluaties.maken': (data) => evaluatieNa('Evaluatie gemaakt', (d) => maakEvaluatie(d, data)),
    'evaluaties.opslaan': ({ id, ...tekst }) =>
      evaluatieNa('Evaluatie gewijzigd', (d) => saveEvaluatieTekst(d, id, tekst), id),
    'evaluaties.vernieuwen': ({ id }) =>
      evaluatieNa('Cijfers van de evaluatie vernieuwd', (d) => vernieuwEvaluatie(d, id), id),
    'evaluaties.verzenden': ({ id }) =>
      evaluatieNa('Evaluatie naar de FO gestuurd', (d) => verzendEvaluatie(d, id, vandaagIso()), id),
    'evaluaties.verwijderen': async ({ id }) => {
      await schrijf('evaluatie', 'Evaluatie verwijderd', (d) => deleteEvaluatie(d, id), id);
      return null;
    },
    ...foPakketHandlers(session),
  };
}
