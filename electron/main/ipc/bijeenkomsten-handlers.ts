import { vandaagIso } from '../../../shared/format/nl';
import { vergaderstukkenWerkboek } from '../excel/vergaderstukken-export';
import type { Session } from '../services/session';
import type { Db } from '../store/database';
import {
  deleteBesluit,
  deleteBijeenkomst,
  getActie,
  getBijeenkomst,
  listActies,
  listBesluiten,
  listBijeenkomsten,
  saveAanwezigen,
  saveActie,
  saveAgenda,
  saveBesluit,
  saveBijeenkomst,
} from '../store/repositories/bijeenkomsten';
import { agendaVoorstel } from '../store/repositories/voorbereiden';
import { getWerkgroep } from '../store/repositories/werkgroep';
import type { Handlers } from './handlers';
import { exporteur, schrijver } from './schrijf';

type Channels =
  | 'bijeenkomsten.lijst'
  | 'bijeenkomsten.detail'
  | 'bijeenkomsten.opslaan'
  | 'bijeenkomsten.verwijderen'
  | 'bijeenkomsten.agendaOpslaan'
  | 'bijeenkomsten.aanwezigenOpslaan'
  | 'bijeenkomsten.voorbereiden'
  | 'besluiten.lijst'
  | 'besluiten.opslaan'
  | 'besluiten.verwijderen'
  | 'acties.lijst'
  | 'acties.opslaan'
  | 'export.vergaderstukken';

/** Vergaderstukken for one meeting, from the same data the screen shows. */
export function vergaderstukken(db: Db, bijeenkomstId: string, vandaag: string) {
  return vergaderstukkenWerkboek(
    { bijeenkomst: getBijeenkomst(db, bijeenkomstId), acties: listActies(db), besluiten: listBesluiten(db) },
    getWerkgroep(db).naam,
    vandaag,
  );
}

/** Meetings, the besluitenlijst and the actielijst; preparing the next meeting from live data. */
export function bijeenkomstenHandlers(session: Session): Pick<Handlers, Channels> {
  const schrijf = schrijver(session);
  const exporteer = exporteur(session);
  const db = () => session.requireFile().db;
  const detailNa = async (omschrijving: string, werk: (d: Db) => string) =>
    getBijeenkomst(db(), await schrijf('bijeenkomst', omschrijving, werk));
  return {
    'bijeenkomsten.lijst': () => listBijeenkomsten(db()),
    'bijeenkomsten.detail': ({ id }) => getBijeenkomst(db(), id),
    'bijeenkomsten.opslaan': ({ id, ...data }) =>
      detailNa(id ? 'Bijeenkomst gewijzigd' : 'Bijeenkomst toegevoegd', (d) => saveBijeenkomst(d, data, id)),
    'bijeenkomsten.verwijderen': async ({ id }) => {
      await schrijf('bijeenkomst', 'Bijeenkomst verwijderd', (d) => deleteBijeenkomst(d, id), id);
      return null;
    },
    'bijeenkomsten.agendaOpslaan': ({ bijeenkomstId, punten }) =>
      detailNa('Agenda gewijzigd', (d) => {
        saveAgenda(d, bijeenkomstId, punten);
        return bijeenkomstId;
      }),
    'bijeenkomsten.aanwezigenOpslaan': ({ bijeenkomstId, aanwezigen }) =>
      detailNa('Aanwezigen gewijzigd', (d) => {
        saveAanwezigen(d, bijeenkomstId, aanwezigen);
        return bijeenkomstId;
      }),
    'bijeenkomsten.voorbereiden': ({ datum }) => agendaVoorstel(db(), datum, vandaagIso()),
    'besluiten.lijst': () => listBesluiten(db()),
    'besluiten.opslaan': ({ id, bijeenkomstId, tekst }) =>
      detailNa(id ? 'Besluit gewijzigd' : 'Besluit vastgelegd', (d) => {
        saveBesluit(d, bijeenkomstId, tekst, id);
        return bijeenkomstId;
      }),
    'besluiten.verwijderen': ({ id }) => detailNa('Besluit verwijderd', (d) => deleteBesluit(d, id)),
    'acties.lijst': () => listActies(db()),
    'acties.opslaan': async ({ id, ...data }) =>
      getActie(
        db(),
        await schrijf('actie', id ? 'Actiepunt gewijzigd' : 'Actiepunt toegevoegd', (d) =>
          saveActie(d, data, id),
        ),
      ),
    'export.vergaderstukken': ({ id }) => {
      const b = getBijeenkomst(db(), id);
      return exporteer(`Vergaderstukken ${b.datum}`, (d) => vergaderstukken(d, id, vandaagIso()));
    },
  };
}
