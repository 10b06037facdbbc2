import { capaciteitWerkboek, kalenderWerkboek } from '../../excel/capaciteit-export';
import { aanbestedingskalender, gun } from '../../services/aanbestedingen';
import {
  capaciteitsOverzicht,
  neemAanbodOver,
  voorstellenVoorStap,
  wijsToe,
} from '../../services/capaciteit';
import type { Session } from '../../services/session';
import { getAanbesteding, saveAanbesteding } from '../../store/repositories/aanbestedingen';
import { zetAanbod } from '../../store/repositories/capaciteit';
import { getContract } from '../../store/repositories/contracten';
import { getWerkgroep } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { exporteur, schrijver } from '../schrijf';

/** The capacity board (offers against the leerlijnen) and the procurement calendar. */
export function capaciteitHandlers(session: Session): GebiedHandlers<'capaciteit'> {
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
    'capaciteit.kalender': () => aanbestedingskalender(db()),
    'capaciteit.aanbestedingOpslaan': async (a) =>
      getAanbesteding(
        db(),
        await schrijf('aanbesteding', a.id ? 'Aanbesteding gewijzigd' : 'Aanbesteding toegevoegd', (d) =>
          saveAanbesteding(d, a),
        ),
      ),
    'capaciteit.gunnen': async (g) =>
      getContract(
        db(),
        await schrijf('aanbesteding', 'Aanbesteding gegund; contract aangemaakt', (d) => gun(d, g)),
      ),
    'capaciteit.exporteren': ({ van, tot }) =>
      exporteer(`Capaciteit ${van} tm ${tot}`, (d) =>
        capaciteitWerkboek(capaciteitsOverzicht(d, { van, tot }), getWerkgroep(d).naam),
      ),
    'capaciteit.kalenderExporteren': () =>
      exporteer('Aanbestedingskalender', (d) =>
        kalenderWerkboek(aanbestedingskalender(d), getWerkgroep(d).naam),
      ),
  };
}
