import type { SqlJsStatic } from 'sql.js';
import { AppFault } from '../errors';
import { Db } from './database';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

/**
 * Whoever can write the werkgroep file in a shared folder can also add to its schema: a
 * `BEFORE DELETE … RAISE(IGNORE)` trigger makes an AVG erasure report success while the person
 * stays, a trigger can copy every new row elsewhere, a view or index can change what a query
 * returns. SQLite runs such objects silently. So before anything runs on an opened file, its
 * schema (tables, indexes, triggers, views) must be exactly the schema Tafelwerk's own migrations
 * give a fresh database at the file's version; anything else refuses the file.
 */

/** `type naam` → normalised SQL (null for SQLite's own automatic indexes). */
type Schema = Map<string, string | null>;

const SOORT: Record<string, string> = { table: 'tabel', index: 'index', trigger: 'trigger', view: 'view' };

/** Whitespace is not meaning: the same statement may be stored with other line breaks. */
const normaal = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim());

function schemaVan(db: Db): Schema {
  return new Map(
    db
      .all<{ type: string; name: string; tbl_name: string; sql: string | null }>(
        'SELECT type, name, tbl_name, sql FROM sqlite_master',
      )
      .map((r) => [`${SOORT[r.type] ?? r.type} ${r.name}`, `${r.tbl_name}\n${normaal(r.sql)}`]),
  );
}

/** The schema of a fresh database migrated to each version: computed once per process and version. */
const verwacht = new Map<number, Schema>();

function verwachtSchema(SQL: SqlJsStatic, versie: number): Schema {
  let schema = verwacht.get(versie);
  if (!schema) {
    const db = new Db(new SQL.Database());
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.versie <= versie),
      );
      schema = schemaVan(db);
    } finally {
      db.close();
    }
    verwacht.set(versie, schema);
  }
  return schema;
}

/** What differs from the expected schema, in Dutch ("trigger x", "index y ontbreekt"). */
export function schemaVerschillen(SQL: SqlJsStatic, db: Db, versie: number): string[] {
  const gevonden = schemaVan(db);
  const verwachte = verwachtSchema(SQL, versie);
  const verschillen: string[] = [];
  for (const [naam, sql] of gevonden) {
    if (!verwachte.has(naam)) verschillen.push(naam);
    else if (verwachte.get(naam) !== sql) verschillen.push(`${naam} (gewijzigd)`);
  }
  for (const naam of verwachte.keys()) if (!gevonden.has(naam)) verschillen.push(`${naam} ontbreekt`);
  return verschillen;
}

/**
 * Refuses a database whose schema is not exactly Tafelwerk's own for its version. Runs before the
 * migrations (which write to the file's tables and would fire a planted trigger).
 */
export function controleerSchema(SQL: SqlJsStatic, db: Db, versie: number): void {
  const verschillen = schemaVerschillen(SQL, db, versie);
  if (verschillen.length === 0) return;
  const genoemd = verschillen.slice(0, 5).join(', ') + (verschillen.length > 5 ? ', …' : '');
  throw new AppFault(
    'SCHEMA_ONVERWACHT',
    `Tafelwerk heeft dit bestand niet geopend: het is buiten Tafelwerk om gewijzigd (${genoemd}). ` +
      'Zulke onderdelen kunnen gegevens ongemerkt bewaren of veranderen, ook bij het verwijderen van een kandidaat. ' +
      'Vraag de beheerder van de gedeelde map wie het bestand heeft aangepast, en open zo nodig een reservekopie.',
  );
}
