import type { SqlJsStatic } from 'sql.js';
import { initialiseerWerkgroep } from '../../../electron/main/services/nieuwe-werkgroep';
import { Db } from '../../../electron/main/store/database';
import { migrate } from '../../../electron/main/store/migrate';

/** A migrated in-memory database holding a werkgroep in the Oosterschelderegio (with its seven gemeenten). */
export function regioDb(SQL: SqlJsStatic): Db {
  const db = new Db(new SQL.Database());
  migrate(db);
  initialiseerWerkgroep(db, { naam: 'Test', regio: 'Oosterschelderegio' });
  return db;
}

/** The id of a gemeente by its short name ("Goes" → "Gemeente Goes"). */
export function gemeenteId(db: Db, kort: string): string {
  const row = db.get<{ id: string }>(`SELECT id FROM organisatie WHERE naam = ? AND soort = 'gemeente'`, [
    `Gemeente ${kort}`,
  ]);
  if (!row) throw new Error(`Gemeente ${kort} ontbreekt in de testdatabase.`);
  return row.id;
}
