import { AppFault } from '../errors';
import { APPLICATION_ID, type Db } from './database';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

const RECORD_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migratie (
    id TEXT PRIMARY KEY,
    versie INTEGER NOT NULL UNIQUE,
    naam TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
  )`;

/** The schema version recorded in a file (0 for a fresh database). */
export function schemaVersion(db: Db): number {
  const table = db.get(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migratie'`);
  if (!table) return 0;
  return Number(db.get<{ v: number | null }>('SELECT MAX(versie) AS v FROM schema_migratie')?.v ?? 0);
}

/**
 * Checks that a database is a Tafelwerk file this app can read. A fresh, empty database passes.
 * Throws a Dutch AppFault for a foreign SQLite file or a file written by a newer app.
 */
export function assertReadable(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const hasTables = db.get(`SELECT 1 AS x FROM sqlite_master WHERE type = 'table'`) !== undefined;
  if (hasTables && Number(db.pragma('application_id')) !== APPLICATION_ID) {
    throw new AppFault('GEEN_TAFELWERK_BESTAND', 'Dit bestand is geen Tafelwerk-bestand.');
  }
  const known = migrations[migrations.length - 1]?.versie ?? 0;
  const recorded = schemaVersion(db);
  if (recorded > known) {
    throw new AppFault(
      'BESTAND_TE_NIEUW',
      `Dit bestand is gemaakt met een nieuwere versie van Tafelwerk (schema ${recorded}; deze versie kent tot ${known}). Werk Tafelwerk bij om het te openen.`,
    );
  }
  if (!hasTables) return;
  const applied = db.all<{ versie: number; naam: string }>(
    'SELECT versie, naam FROM schema_migratie ORDER BY versie',
  );
  for (const row of applied) {
    const expected = migrations.find((m) => m.versie === row.versie);
    if (!expected || expected.naam !== row.naam) {
      throw new AppFault(
        'BESTAND_BESCHADIGD',
        `De schemageschiedenis van dit bestand klopt niet (versie ${row.versie}).`,
      );
    }
  }
}

/** Applies pending migrations in order, each in its own transaction with its record. Returns the new version. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  assertReadable(db, migrations);
  db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
  db.exec(RECORD_TABLE);
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.versie <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.insert('schema_migratie', { versie: migration.versie, naam: migration.naam });
    });
  }
  return schemaVersion(db);
}
