import type { Migration } from './types';

/**
 * The werkgroep's secret key for the MAC on the hidden marker of its inventarisatie forms (see
 * excel/formulier-kenmerk.ts): a form edited to name another organisation, or made by another
 * werkgroep, then fails the check. One row at most (its id is fixed); the key (32 random bytes as
 * hex) is written by the app the first time forms are made, so the migration itself holds no secret.
 * The key never leaves the file: no export, no IPC result, no log line holds it.
 *
 * Frozen history, like every migration: its SQL is its own and it exports only the migration.
 */
export const m016FormulierSleutel: Migration = {
  versie: 16,
  naam: 'formulier_sleutel',
  up(db) {
    db.exec(`
      CREATE TABLE formulier_sleutel (
        id TEXT PRIMARY KEY CHECK (id = 'formulieren'),
        sleutel TEXT NOT NULL CHECK (length(sleutel) = 64 AND sleutel NOT GLOB '*[^0-9a-f]*'),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
    `);
  },
};
