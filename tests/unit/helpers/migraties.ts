import type { SqlJsStatic, SqlValue } from 'sql.js';
import { Db } from '../../../electron/main/store/database';
import { migrate } from '../../../electron/main/store/migrate';
import { MIGRATIONS } from '../../../electron/main/store/migrations';

/** Migrates a database up to and including `versie` (as an app of that version would). */
export function migreerTot(db: Db, versie: number): number {
  return migrate(
    db,
    MIGRATIONS.filter((m) => m.versie <= versie),
  );
}

/**
 * A file as an app at `versie` left it on disk: migrated to that version, filled by `vul`, written
 * out and opened again from its bytes.
 */
export function bestandOpVersie<T>(
  SQL: SqlJsStatic,
  versie: number,
  vul: (db: Db) => T,
): { db: Db; data: T } {
  const oud = new Db(new SQL.Database());
  migreerTot(oud, versie);
  const data = oud.transaction(() => vul(oud));
  const bytes = oud.export();
  oud.close();
  return { db: new Db(new SQL.Database(bytes)), data };
}

/**
 * Every row of every table (in row order, by column name), to show that a migration left it as it
 * was. Without `schema_migratie`, where each migration adds its own record.
 */
export type Inhoud = Record<string, Record<string, SqlValue>[]>;

const tabellen = (db: Db) =>
  db
    .all<{ name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migratie' ORDER BY name`,
    )
    .map((t) => t.name);

export function inhoud(db: Db): Inhoud {
  return Object.fromEntries(tabellen(db).map((t) => [t, db.all(`SELECT * FROM ${t} ORDER BY rowid`)]));
}

/**
 * The tables and columns of `voor` as they read in `db` now: equal to `voor` when a migration kept
 * every old row and value (new columns and tables are left out).
 */
export function oudeInhoud(db: Db, voor: Inhoud): Inhoud {
  return Object.fromEntries(
    Object.entries(voor).map(([tabel, rijen]) => {
      const kolommen = Object.keys(rijen[0] ?? { rowid: null });
      return [tabel, db.all(`SELECT ${kolommen.join(', ')} FROM ${tabel} ORDER BY rowid`)];
    }),
  );
}

/** The query plan SQLite would use, as one line per step. */
export function queryPlan(db: Db, sql: string, params: SqlValue[] = []): string {
  return db
    .all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params)
    .map((r) => r.detail)
    .join('\n');
}
