import type { ImportVoorbeeld } from '../../../shared/domain/import';
import { meervoud } from '../../../shared/format/nl';
import { organisatieSjabloon } from '../excel/organisaties-import';
import { schrijfWerkboek } from '../excel/werkboek';
import { bekijkOrganisatieImport, voerOrganisatieImportUit } from '../services/organisatie-import';
import { type Session, safeFileName } from '../services/session';
import { maakSroiWerkboek } from '../services/sroi-export';
import { listOrganisaties } from '../store/repositories/organisaties';
import { getWerkgroep, recordChange } from '../store/repositories/werkgroep';
import type { Handlers } from './handlers';
import { logExport } from './schrijf';
import { WachtendeImport } from './wachtende-import';

type ExcelChannels =
  | 'export.sroi'
  | 'import.organisatiesLezen'
  | 'import.organisatiesBevestigen'
  | 'import.organisatieSjabloon';

/**
 * Excel exports and imports. Paths come from the native dialogs, never from the renderer, and an
 * import stores exactly the rows the main process read and showed, not rows sent back to it.
 */
export function excelHandlers(session: Session): Pick<Handlers, ExcelChannels> {
  const wachtend = new WachtendeImport<ImportVoorbeeld>();
  return {
    'export.sroi': async ({ van, tot }) => {
      const db = session.requireFile().db;
      const naam = safeFileName(`SROI-overzicht ${getWerkgroep(db).naam} ${van} tm ${tot}`);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(`${naam}.xlsx`);
      if (!pad) return null;
      await schrijfWerkboek(maakSroiWerkboek(db, van, tot), pad);
      await logExport(session, 'SROI-overzicht');
      return { pad };
    },
    'import.organisatieSjabloon': async () => {
      const db = session.requireFile().db;
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation('Organisatielijst invullen.xlsx');
      if (!pad) return null;
      const gemeenten = listOrganisaties(db, { soort: 'gemeente' }).map((g) => g.naam);
      await schrijfWerkboek(organisatieSjabloon(gemeenten), pad);
      return { pad };
    },
    'import.organisatiesLezen': async () => {
      const file = session.requireFile();
      const pad = await session.dialogs.chooseSpreadsheetToOpen();
      if (!pad) return null;
      const voorbeeld = await bekijkOrganisatieImport(file.db, pad);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'import.organisatiesBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const voorbeeld = wachtend.neem(token, file.path);
      const toegevoegd = await file.write((db) => {
        const n = voerOrganisatieImportUit(db, voorbeeld);
        recordChange(
          db,
          session.auteur,
          'organisatie',
          `${meervoud(n, 'organisatie', 'organisaties')} ingelezen uit ${voorbeeld.bestand}`,
        );
        return n;
      });
      return { toegevoegd };
    },
  };
}
