import type { Document } from 'docx';
import type { Workbook } from 'exceljs';
import { schrijfWerkboek } from '../excel/werkboek';
import { type Session, safeFileName } from '../services/session';
import type { Db } from '../store/database';
import { getWerkgroep, recordChange } from '../store/repositories/werkgroep';
import { schrijfDocument } from '../word/huisstijl';

/**
 * A write to the open file that also records who changed what kind of thing. The description
 * goes into the audit trail, so it never names a person.
 */
export function schrijver(session: Session) {
  return <T>(soort: string, omschrijving: string, werk: (db: Db) => T, id?: string): Promise<T> =>
    session.requireFile().write((db) => {
      const result = werk(db);
      // The record's id goes into the log, so the log can name it: the id the caller gives (a
      // change or delete of an existing record), else the id a new record answers.
      const objectId = id ?? (typeof result === 'string' && UUID.test(result) ? result : null);
      recordChange(db, session.auteur, soort, omschrijving, { objectId });
      return result;
    });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An export leaves the app: the log says which kind, when and by whom (not where to, not what). */
export function logExport(session: Session, wat: string): Promise<void> {
  return session
    .requireFile()
    .write((db) => recordChange(db, session.auteur, 'export', `Export: ${wat}`, { actie: 'exporteren' }));
}

/** What an export writes: a workbook (.xlsx) or a Word document (.docx). */
export type Exportbestand =
  | { soort: 'xlsx'; maak: (db: Db) => Workbook }
  | { soort: 'docx'; maak: (db: Db) => Document };

/**
 * An export through the save dialog: the file is named after what it holds and the werkgroep,
 * and it is only built once the user has chosen a place (cancel costs nothing). The session
 * remembers the path, so the user can open the file or its folder right after.
 */
export function exporteur(session: Session) {
  return async (
    naam: string,
    maak: ((db: Db) => Workbook) | Exportbestand,
  ): Promise<{ pad: string } | null> => {
    const bestand: Exportbestand = typeof maak === 'function' ? { soort: 'xlsx', maak } : maak;
    const db = session.requireFile().db;
    const pad = await session.dialogs.chooseSpreadsheetSaveLocation(
      `${safeFileName(`${naam} ${getWerkgroep(db).naam}`)}.${bestand.soort}`,
    );
    if (!pad) return null;
    const huidig = session.requireFile().db;
    if (bestand.soort === 'docx') await schrijfDocument(bestand.maak(huidig), pad);
    else await schrijfWerkboek(bestand.maak(huidig), pad);
    session.laatsteExport.onthoud(pad);
    await logExport(session, naam.replace(/ \d{4}-\d{2}-\d{2}.*$/, ''));
    return { pad };
  };
}
