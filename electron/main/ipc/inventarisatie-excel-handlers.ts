import type { FormulierenVoorbeeld } from '../../../shared/domain/inventarisatie';
import { schrijfWerkboek } from '../excel/werkboek';
import { maakFormulieren, maakResultatenWerkboek } from '../services/inventarisatie-export';
import { bekijkFormulieren, leesFormulierenIn } from '../services/inventarisatie-import';
import { type Session, safeFileName } from '../services/session';
import { getRonde } from '../store/repositories/inventarisatie';
import type { Handlers } from './handlers';
import { logExport } from './schrijf';
import { WachtendeImport } from './wachtende-import';

type Channels =
  | 'export.formulieren'
  | 'import.formulierenLezen'
  | 'import.formulierenBevestigen'
  | 'export.inventarisatie';

/** The inventarisatie form out to organisations, back in, and the results for the FO. */
export function inventarisatieExcelHandlers(session: Session): Pick<Handlers, Channels> {
  const wachtend = new WachtendeImport<FormulierenVoorbeeld>();
  return {
    'export.formulieren': async ({ rondeId, alleenOpenstaand }) => {
      const db = session.requireFile().db;
      getRonde(db, rondeId);
      const map = await session.dialogs.chooseFolder('Map voor de formulieren kiezen');
      if (!map) return null;
      const paden = await maakFormulieren(db, rondeId, map, alleenOpenstaand);
      await logExport(session, `${paden.length} inventarisatieformulieren`);
      return { map, aantal: paden.length };
    },
    'import.formulierenLezen': async () => {
      const file = session.requireFile();
      const paden = await session.dialogs.chooseSpreadsheetsToOpen();
      if (paden.length === 0) return null;
      const voorbeeld = await bekijkFormulieren(file.db, paden);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'import.formulierenBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const voorbeeld = wachtend.neem(token, file.path);
      const opgeslagen = await file.write((db) => leesFormulierenIn(db, voorbeeld, session.auteur));
      return { opgeslagen };
    },
    'export.inventarisatie': async ({ rondeId }) => {
      const db = session.requireFile().db;
      const ronde = getRonde(db, rondeId);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(
        `${safeFileName(`Inventarisatie – resultaten ${ronde.naam}`)}.xlsx`,
      );
      if (!pad) return null;
      await schrijfWerkboek(maakResultatenWerkboek(db, rondeId), pad);
      await logExport(session, 'Inventarisatie – resultaten');
      return { pad };
    },
  };
}
