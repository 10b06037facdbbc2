import { meervoud } from '../../../../shared/format/nl';
import { organisatieSjabloon } from '../../excel/organisaties-import';
import { schrijfWerkboek } from '../../excel/werkboek';
import { bekijkOrganisatieImport, voerOrganisatieImportUit } from '../../services/organisatie-import';
import { organisatiePagina } from '../../services/organisatie-pagina';
import { maakOrganisatiesWerkboek } from '../../services/organisaties-export';
import type { Session } from '../../services/session';
import {
  getOrganisatie,
  listOrganisaties,
  saveOrganisatie,
  setArchived,
} from '../../store/repositories/organisaties';
import { recordChange } from '../../store/repositories/werkgroep';
import type { GebiedHandlers } from '../handler-types';
import { exporteur, schrijver } from '../schrijf';
import { wachtendeImports } from '../wachtende-imports';

/**
 * Organisations, one organisation's page, and their list imported from and exported to Excel:
 * paths come from the native dialogs, and an import stores exactly the rows main read and showed,
 * not rows sent back to it.
 */
export function organisatiesHandlers(session: Session): GebiedHandlers<'organisaties'> {
  const wachtend = wachtendeImports(session).organisaties;
  const schrijf = schrijver(session);
  const exporteer = exporteur(session);
  return {
    'organisaties.invulbestand': async () => {
      const db = session.requireFile().db;
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation('Organisatielijst invullen.xlsx');
      if (!pad) return null;
      const gemeenten = listOrganisaties(db, { soort: 'gemeente' }).map((g) => g.naam);
      await schrijfWerkboek(organisatieSjabloon(gemeenten), pad);
      session.laatsteExport.onthoud(pad);
      return { pad };
    },
    'organisaties.inlezen': async () => {
      const file = session.requireFile();
      const pad = await session.dialogs.chooseSpreadsheetToOpen();
      if (!pad) return null;
      const voorbeeld = await bekijkOrganisatieImport(file.db, pad);
      return { ...voorbeeld, token: wachtend.bewaar(file.path, voorbeeld) };
    },
    'organisaties.inlezenBevestigen': async ({ token }) => {
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
    'organisaties.lijst': (filter) => listOrganisaties(session.requireFile().db, filter),
    'organisaties.pagina': ({ id, ...opties }) => organisatiePagina(session.requireFile().db, id, opties),
    'organisaties.exporteren': () => exporteer('Organisaties', (db) => maakOrganisatiesWerkboek(db)),
    'organisaties.opslaan': async ({ id, ...data }) =>
      getOrganisatie(
        session.requireFile().db,
        await schrijf('organisatie', id ? 'Organisatie gewijzigd' : 'Organisatie toegevoegd', (db) =>
          saveOrganisatie(db, data, id),
        ),
      ),
    'organisaties.archiveren': async ({ id, gearchiveerd }) => {
      await schrijf(
        'organisatie',
        gearchiveerd ? 'Organisatie gearchiveerd' : 'Organisatie teruggezet',
        (db) => {
          setArchived(db, id, gearchiveerd);
          return id;
        },
      );
      return getOrganisatie(session.requireFile().db, id);
    },
  };
}
