import { vandaagIso } from '../../../../shared/format/nl';
import type { Session } from '../../services/session';
import { vergaderstukken, vergaderstukkenWord } from '../../services/vergaderstukken';
import { agendaVoorstel } from '../../services/voorbereiden';
import type { Db } from '../../store/database';
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
} from '../../store/repositories/bijeenkomsten';
import type { GebiedHandlers } from '../handler-types';
import { exporteur, schrijver } from '../schrijf';

/** Meetings, the besluitenlijst and the actielijst; preparing the next meeting from live data. */
export function bijeenkomstenHandlers(session: Session): GebiedHandlers<'bijeenkomsten'> {
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
    'bijeenkomsten.besluiten': () => listBesluiten(db()),
    'bijeenkomsten.besluitOpslaan': ({ id, bijeenkomstId, tekst, activiteitId }) =>
      detailNa(id ? 'Besluit gewijzigd' : 'Besluit vastgelegd', (d) => {
        saveBesluit(d, bijeenkomstId, tekst, id, activiteitId);
        return bijeenkomstId;
      }),
    'bijeenkomsten.besluitVerwijderen': ({ id }) =>
      detailNa('Besluit verwijderd', (d) => deleteBesluit(d, id)),
    'bijeenkomsten.acties': () => listActies(db()),
    'bijeenkomsten.actieOpslaan': async ({ id, ...data }) =>
      getActie(
        db(),
        await schrijf('actie', id ? 'Actiepunt gewijzigd' : 'Actiepunt toegevoegd', (d) =>
          saveActie(d, data, id),
        ),
      ),
    'bijeenkomsten.vergaderstukken': ({ id, formaat }) => {
      const b = getBijeenkomst(db(), id);
      return exporteer(
        `Vergaderstukken ${b.datum}`,
        formaat === 'docx'
          ? { soort: 'docx', maak: (d) => vergaderstukkenWord(d, id, vandaagIso()) }
          : { soort: 'xlsx', maak: (d) => vergaderstukken(d, id, vandaagIso()) },
      );
    },
  };
}
