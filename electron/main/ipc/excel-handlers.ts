import { randomBytes } from 'node:crypto';
import type { ImportVoorbeeld } from '../../../shared/domain/import';
import { AppFault } from '../errors';
import { organisatieSjabloon } from '../excel/organisaties-import';
import { schrijfWerkboek } from '../excel/werkboek';
import { bekijkOrganisatieImport, voerOrganisatieImportUit } from '../services/organisatie-import';
import { type Session, safeFileName } from '../services/session';
import { maakSroiWerkboek } from '../services/sroi-export';
import { listOrganisaties } from '../store/repositories/organisaties';
import { getWerkgroep, recordChange } from '../store/repositories/werkgroep';
import type { Handlers } from './handlers';

type ExcelChannels =
  | 'export.sroi'
  | 'import.organisatiesLezen'
  | 'import.organisatiesBevestigen'
  | 'import.organisatieSjabloon';

/** A preview waits here until the user confirms it; the renderer only ever holds the token. */
interface WachtendeImport {
  bestand: string;
  voorbeeld: ImportVoorbeeld;
}

/**
 * Excel exports and imports. Paths come from the native dialogs, never from the renderer, and an
 * import stores exactly the rows the main process read and showed, not rows sent back to it.
 */
export function excelHandlers(session: Session): Pick<Handlers, ExcelChannels> {
  const wachtend = new Map<string, WachtendeImport>();
  return {
    'export.sroi': async ({ van, tot }) => {
      const db = session.requireFile().db;
      const naam = safeFileName(`SROI-overzicht ${getWerkgroep(db).naam} ${van} tm ${tot}`);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(`${naam}.xlsx`);
      if (!pad) return null;
      await schrijfWerkboek(maakSroiWerkboek(db, van, tot), pad);
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
      const token = randomBytes(16).toString('hex');
      wachtend.clear();
      wachtend.set(token, { bestand: file.path, voorbeeld });
      return { ...voorbeeld, token };
    },
    'import.organisatiesBevestigen': async ({ token }) => {
      const file = session.requireFile();
      const klaar = wachtend.get(token);
      if (!klaar || klaar.bestand !== file.path)
        throw new AppFault('ONGELDIGE_INVOER', 'Deze import is verlopen; lees het bestand opnieuw in.');
      wachtend.delete(token);
      const toegevoegd = await file.write((db) => {
        const n = voerOrganisatieImportUit(db, klaar.voorbeeld);
        recordChange(
          db,
          session.auteur,
          'organisatie',
          `${n} organisaties ingelezen uit ${klaar.voorbeeld.bestand}`,
        );
        return n;
      });
      return { toegevoegd };
    },
  };
}
