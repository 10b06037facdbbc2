import type { Session } from '../services/session';
import {
  getAntwoorden,
  getRonde,
  getSjabloon,
  listRondes,
  listSjablonen,
  rondeResultaten,
  saveRonde,
  slaAntwoordenOp,
  slaSjabloonOp,
  zetDeelnameStatus,
} from '../store/repositories/inventarisatie';
import type { Handlers } from './handlers';
import { schrijver } from './schrijf';

type InventarisatieChannels =
  | 'inventarisatie.sjablonen'
  | 'inventarisatie.sjabloonOpslaan'
  | 'inventarisatie.rondes'
  | 'inventarisatie.rondeOpslaan'
  | 'inventarisatie.status'
  | 'inventarisatie.antwoorden'
  | 'inventarisatie.antwoordenOpslaan'
  | 'inventarisatie.resultaten';

/** Form templates, rounds, answers typed in the app, and the results of a round. */
export function inventarisatieHandlers(session: Session): Pick<Handlers, InventarisatieChannels> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  return {
    'inventarisatie.sjablonen': () => listSjablonen(db()),
    'inventarisatie.sjabloonOpslaan': async ({ id, ...inhoud }) =>
      getSjabloon(
        db(),
        await schrijf('inventarisatie', 'Formulier opgeslagen', (d) => slaSjabloonOp(d, inhoud, id)),
      ),
    'inventarisatie.rondes': () => listRondes(db()),
    'inventarisatie.rondeOpslaan': async ({ id, ...data }) =>
      getRonde(
        db(),
        await schrijf(
          'inventarisatie',
          id ? 'Inventarisatieronde gewijzigd' : 'Inventarisatieronde aangemaakt',
          (d) => saveRonde(d, data, id),
        ),
      ),
    'inventarisatie.status': async ({ rondeId, organisatieId, status }) => {
      await schrijf('inventarisatie', 'Status in inventarisatieronde gewijzigd', (d) =>
        zetDeelnameStatus(d, rondeId, organisatieId, status),
      );
      return getRonde(db(), rondeId);
    },
    'inventarisatie.antwoorden': ({ rondeId, organisatieId }) => ({
      sjabloon: getSjabloon(db(), getRonde(db(), rondeId).sjabloonId),
      antwoorden: getAntwoorden(db(), rondeId, organisatieId),
    }),
    'inventarisatie.antwoordenOpslaan': async ({ rondeId, organisatieId, antwoorden }) => {
      await schrijf('inventarisatie', 'Antwoorden op inventarisatie opgeslagen', (d) =>
        slaAntwoordenOp(d, rondeId, organisatieId, antwoorden),
      );
      return getRonde(db(), rondeId);
    },
    'inventarisatie.resultaten': ({ rondeId }) => rondeResultaten(db(), rondeId),
  };
}
