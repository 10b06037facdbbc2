import { capaciteitWerkboek, kalenderWerkboek } from '../excel/capaciteit-export';
import type { Session } from '../services/session';
import {
  aanbestedingskalender,
  getAanbesteding,
  gun,
  saveAanbesteding,
} from '../store/repositories/aanbestedingen';
import {
  capaciteitsOverzicht,
  neemAanbodOver,
  voorstellenVoorStap,
  wijsToe,
  zetAanbod,
} from '../store/repositories/capaciteit';
import { getContract } from '../store/repositories/contracten';
import { getWerkgroep } from '../store/repositories/werkgroep';
import type { Handlers } from './handlers';
import { exporteur, schrijver } from './schrijf';

type Channels =
  | 'capaciteit.overzicht'
  | 'capaciteit.aanbodZetten'
  | 'capaciteit.overnemen'
  | 'capaciteit.voorstellen'
  | 'capaciteit.toewijzen'
  | 'aanbestedingen.kalender'
  | 'aanbestedingen.opslaan'
  | 'aanbestedingen.gunnen'
  | 'export.capaciteit'
  | 'export.aanbestedingskalender';

/** The capacity board (offers against the leerlijnen) and the procurement calendar. */
export function capaciteitHandlers(session: Session): Pick<Handlers, Channels> {
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const exporteer = exporteur(session);
  return {
    'capaciteit.overzicht': (periode) => capaciteitsOverzicht(db(), periode),
    'capaciteit.aanbodZetten': async ({ organisatieId, menukaartOptieId, plaatsen }) => {
      await schrijf('capaciteit', 'Aanbod gewijzigd', (d) =>
        zetAanbod(d, organisatieId, menukaartOptieId, plaatsen),
      );
      return null;
    },
    'capaciteit.overnemen': async ({ rondeId }) => ({
      aantal: await schrijf('capaciteit', 'Aanbod overgenomen uit inventarisatie', (d) =>
        neemAanbodOver(d, rondeId),
      ),
    }),
    'capaciteit.voorstellen': ({ stapId, van, tot }) => voorstellenVoorStap(db(), stapId, { van, tot }),
    'capaciteit.toewijzen': async ({ stapId, organisatieId }) => {
      await schrijf('kandidaat', 'Leerlijnstap toegewezen aan een organisatie', (d) =>
        wijsToe(d, stapId, organisatieId),
      );
      return null;
    },
    'aanbestedingen.kalender': () => aanbestedingskalender(db()),
    'aanbestedingen.opslaan': async (a) =>
      getAanbesteding(
        db(),
        await schrijf('aanbesteding', a.id ? 'Aanbesteding gewijzigd' : 'Aanbesteding toegevoegd', (d) =>
          saveAanbesteding(d, a),
        ),
      ),
    'aanbestedingen.gunnen': async (g) =>
      getContract(
        db(),
        await schrijf('aanbesteding', 'Aanbesteding gegund; contract aangemaakt', (d) => gun(d, g)),
      ),
    'export.capaciteit': ({ van, tot }) =>
      exporteer(`Capaciteit ${van} tm ${tot}`, (d) =>
        capaciteitWerkboek(capaciteitsOverzicht(d, { van, tot }), getWerkgroep(d).naam),
      ),
    'export.aanbestedingskalender': () =>
      exporteer('Aanbestedingskalender', (d) =>
        kalenderWerkboek(aanbestedingskalender(d), getWerkgroep(d).naam),
      ),
  };
}
