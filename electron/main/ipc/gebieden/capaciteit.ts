import { capaciteitWerkboek, kalenderWerkboek } from '../../excel/capaciteit-export';
import { aanbestedingskalender, gun } from '../../services/aanbestedingen';
import {
  capaciteitsOverzicht,
  neemAanbodOver,
  voorstellenVoorStap,
  wijsToe,
  zetOvernameTerug,
  zetToewijzingTerug,
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
    'capaciteit.overnemen': ({ rondeId }) =>
      schrijf('capaciteit', 'Aanbod overgenomen uit inventarisatie', (d) => neemAanbodOver(d, rondeId)),
    'capaciteit.overnameTerugzetten': async ({ aanbod }) => ({
      teruggezet: await schrijf('capaciteit', 'Overgenomen aanbod teruggezet (ongedaan maken)', (d) =>
        zetOvernameTerug(d, aanbod),
      ),
    }),
    'capaciteit.voorstellen': ({ stapId, van, tot }) => voorstellenVoorStap(db(), stapId, { van, tot }),
    // The step's id goes into the log (the answer is the former organisation's, which must not).
    'capaciteit.toewijzen': async ({ stapId, organisatieId }) => ({
      vorigeOrganisatieId: await schrijf(
        'kandidaat',
        'Leerlijnstap toegewezen aan een organisatie',
        (d) => wijsToe(d, stapId, organisatieId),
        stapId,
      ),
    }),
    'capaciteit.toewijzingTerugzetten': async ({ stapId, organisatieId, vorigeOrganisatieId }) => {
      await schrijf(
        'kandidaat',
        'Toewijzing van een leerlijnstap teruggezet (ongedaan maken)',
        (d) => zetToewijzingTerug(d, stapId, organisatieId, vorigeOrganisatieId),
        stapId,
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
