import type { Migration } from './types';

/**
 * Deleting a leerlijn step or a ladder measurement used to set `deleted_at` and keep the row, so
 * its free text ("psychose", "verslaving" in a result or a note) stayed in the file for good.
 * From here such a row is really deleted (secure_delete zeroes it), and a tombstone in
 * `verwijderd` keeps only what merging needs: the id, the table it was in, and its times.
 * Rows already marked deleted in existing files become tombstones the same way.
 *
 * Frozen history, like every migration: its SQL is its own and it exports only the migration.
 */
export const m015Verwijderd: Migration = {
  versie: 15,
  naam: 'verwijderd',
  up(db) {
    db.exec(`
      CREATE TABLE verwijderd (
        id TEXT PRIMARY KEY,
        tabel TEXT NOT NULL CHECK (tabel IN ('leerlijn_stap','ladder_meting')),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT NOT NULL
      );
      INSERT INTO verwijderd (id, tabel, created_at, updated_at, deleted_at)
        SELECT id, 'leerlijn_stap', created_at, updated_at, deleted_at FROM leerlijn_stap WHERE deleted_at IS NOT NULL;
      INSERT INTO verwijderd (id, tabel, created_at, updated_at, deleted_at)
        SELECT id, 'ladder_meting', created_at, updated_at, deleted_at FROM ladder_meting WHERE deleted_at IS NOT NULL;
      DELETE FROM leerlijn_stap WHERE deleted_at IS NOT NULL;
      DELETE FROM ladder_meting WHERE deleted_at IS NOT NULL;
    `);
  },
};
