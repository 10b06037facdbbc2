import { schrijfWerkboek } from '../../excel/werkboek';
import { maakFormulieren, maakResultatenWerkboek } from '../../services/inventarisatie-export';
import { bekijkFormulieren, leesFormulierenIn } from '../../services/inventarisatie-import';
import { type Session, safeFileName } from '../../services/session';
import { formulierSleutel, zorgVoorFormulierSleutel } from '../../store/repositories/formulier-sleutel';
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
} from '../../store/repositories/inventarisatie';
import type { GebiedHandlers } from '../handler-types';
import { logExport, schrijver } from '../schrijf';
import { wachtendeImports } from '../wachtende-imports';

/** The inventarisatie form out to organisations, back in, and the results for the FO. */
export function inventarisatieHandlers(session: Session): GebiedHandlers<'inventarisatie'> {
  const wachtend = wachtendeImports(session).formulieren;
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  return {
    'inventarisatie.formulierenMaken': async ({ rondeId, alleenOpenstaand }) => {
      const file = session.requireFile();
      getRonde(file.db, rondeId);
      const map = await session.dialogs.chooseFolder('Map voor de formulieren kiezen');
      if (!map) return null;
      // The key of the forms' MAC is saved before any form made with it leaves the computer.
      if (!formulierSleutel(file.db)) await file.write(zorgVoorFormulierSleutel);
      const paden = await maakFormulieren(file.db, rondeId, map, alleenOpenstaand);
      await logExport(session, `${paden.length} inventarisatieformulieren`);
      return { map, aantal: paden.length };
    },
    'inventarisatie.formulierenInlezen': async () => {
      const file = session.requireFile();
      const paden = await session.dialogs.chooseSpreadsheetsToOpen();
      if (paden.length === 0) return null;
      const voorbeeld = await bekijkFormulieren(file.db, paden);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'inventarisatie.formulierenBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const voorbeeld = wachtend.neem(token, file.path);
      const opgeslagen = await file.write((db) => leesFormulierenIn(db, voorbeeld, session.auteur));
      return { opgeslagen };
    },
    'inventarisatie.exporteren': async ({ rondeId }) => {
      const db = session.requireFile().db;
      const ronde = getRonde(db, rondeId);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(
        `${safeFileName(`Inventarisatie – resultaten ${ronde.naam}`)}.xlsx`,
      );
      if (!pad) return null;
      await schrijfWerkboek(maakResultatenWerkboek(db, rondeId), pad);
      session.laatsteExport.onthoud(pad);
      await logExport(session, 'Inventarisatie – resultaten');
      return { pad };
    },
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
