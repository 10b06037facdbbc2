import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { initialiseerWerkgroep } from '../../../electron/main/services/nieuwe-werkgroep';
import { vulVoorbeeld } from '../../../electron/main/services/voorbeeld';
import { Db } from '../../../electron/main/store/database';
import { migrate } from '../../../electron/main/store/migrate';
import { type FileOptions, WerkgroepFile } from '../../../electron/main/store/werkgroep-file';
import { tempDir } from './temp';

/** A migrated in-memory database with no werkgroep in it: the schema as a new file has it. */
export function schemaDb(SQL: SqlJsStatic): Db {
  const db = new Db(new SQL.Database());
  migrate(db);
  return db;
}

/** A migrated in-memory database holding the voorbeeldwerkgroep, built as of `start` (default: now). */
export function voorbeeldDb(SQL: SqlJsStatic, start?: Date): Db {
  const db = schemaDb(SQL);
  db.transaction(() => vulVoorbeeld(db, start));
  return db;
}

/** A migrated in-memory database holding a werkgroep in the Oosterschelderegio (with its seven gemeenten). */
export function regioDb(SQL: SqlJsStatic): Db {
  const db = schemaDb(SQL);
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

/** A new werkgroep file on disk (Oosterschelderegio) in a fresh temp folder, open. */
export async function regioBestand(
  opties: FileOptions,
): Promise<{ dir: string; path: string; file: WerkgroepFile }> {
  const dir = await tempDir();
  const path = join(dir, 'werkgroep.tafelwerk');
  const file = await WerkgroepFile.create(
    path,
    (db) => initialiseerWerkgroep(db, { naam: 'Test', regio: 'Oosterschelderegio' }),
    opties,
  );
  return { dir, path, file };
}
