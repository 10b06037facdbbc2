import type { Workbook } from 'exceljs';
import { schrijfWerkboek } from '../excel/werkboek';
import { type Session, safeFileName } from '../services/session';
import type { Db } from '../store/database';
import { getWerkgroep, recordChange } from '../store/repositories/werkgroep';

/**
 * A write to the open file that also records who changed what kind of thing. The description
 * goes into the audit trail, so it never names a person.
 */
export function schrijver(session: Session) {
  return <T>(soort: string, omschrijving: string, werk: (db: Db) => T): Promise<T> =>
    session.requireFile().write((db) => {
      const result = werk(db);
      recordChange(db, session.auteur, soort, omschrijving);
      return result;
    });
}

/**
 * An export through the save dialog: the file is named after what it holds and the werkgroep,
 * and the workbook is only built once the user has chosen a place (cancel costs nothing).
 */
export function exporteur(session: Session) {
  return async (naam: string, maak: (db: Db) => Workbook): Promise<{ pad: string } | null> => {
    const db = session.requireFile().db;
    const pad = await session.dialogs.chooseSpreadsheetSaveLocation(
      `${safeFileName(`${naam} ${getWerkgroep(db).naam}`)}.xlsx`,
    );
    if (!pad) return null;
    await schrijfWerkboek(maak(session.requireFile().db), pad);
    return { pad };
  };
}
