import { vandaagIso } from '../../../shared/format/nl';
import { kandidatenSjabloon } from '../excel/kandidaten-import';
import { schrijfWerkboek } from '../excel/werkboek';
import { bewaarKandidatenExport } from '../services/kandidaten-export';
import {
  bekijkKandidatenImport,
  type KandidatenVoorbeeld,
  voerKandidatenImportUit,
} from '../services/kandidaten-import';
import { type Session, safeFileName } from '../services/session';
import { listOrganisaties } from '../store/repositories/organisaties';
import { getWerkgroep } from '../store/repositories/werkgroep';
import type { Handlers } from './handlers';
import { logExport } from './schrijf';
import { WachtendeImport } from './wachtende-import';

type KandidatenExcelChannels =
  | 'export.kandidaten'
  | 'import.kandidatenLezen'
  | 'import.kandidatenBevestigen'
  | 'import.kandidatenSjabloon';

/** The candidate list export (pseudonymised unless asked) and the import of a gemeente's list. */
export function kandidatenExcelHandlers(session: Session): Pick<Handlers, KandidatenExcelChannels> {
  const wachtend = new WachtendeImport<KandidatenVoorbeeld>();
  return {
    'export.kandidaten': async (keuze) => {
      const db = session.requireFile().db;
      const datum = vandaagIso();
      const naam = safeFileName(`Kandidaten ${getWerkgroep(db).naam} ${datum}`);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(`${naam}.xlsx`);
      if (!pad) return null;
      await bewaarKandidatenExport(db, keuze, pad);
      // Whether names or barriers went along is part of the record: that is a deliberate choice.
      await logExport(
        session,
        `Kandidaten en trajecten${keuze.metNamen ? ', met namen' : ''}${keuze.metBelemmeringen ? ', met belemmeringen' : ''}`,
      );
      return { pad };
    },
    'import.kandidatenSjabloon': async () => {
      const db = session.requireFile().db;
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation('Kandidatenlijst invullen.xlsx');
      if (!pad) return null;
      const gemeenten = listOrganisaties(db, { soort: 'gemeente' }).map((g) =>
        g.naam.replace(/^Gemeente /, ''),
      );
      await schrijfWerkboek(kandidatenSjabloon(gemeenten), pad);
      return { pad };
    },
    'import.kandidatenLezen': async () => {
      const file = session.requireFile();
      const pad = await session.dialogs.chooseSpreadsheetToOpen();
      if (!pad) return null;
      const voorbeeld = await bekijkKandidatenImport(file.db, pad);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'import.kandidatenBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const voorbeeld = wachtend.neem(token, file.path);
      const toegevoegd = await file.write((db) => voerKandidatenImportUit(db, voorbeeld, session.auteur));
      return { toegevoegd };
    },
  };
}
