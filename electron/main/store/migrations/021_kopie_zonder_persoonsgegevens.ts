import type { Migration } from './types';

/**
 * A copy for a werkgroep member, made without personal data (issue #20), says so in the file
 * itself: the app shows it on every screen, refuses candidate changes in it, and a merge keeps
 * personal data from travelling into or out of it.
 *
 * The mark is a column of `replica`, the one-row table of this copy's own clock: that table is no
 * werkgroep table (it has no change-log triggers and is never merged), so the mark stays with the
 * file it was set in and never reaches a full copy through a merge. Existing files are full.
 *
 * Frozen history, like every migration: its SQL is its own and it exports only the migration.
 */
export const m021KopieZonderPersoonsgegevens: Migration = {
  versie: 21,
  naam: 'kopie_zonder_persoonsgegevens',
  up(db) {
    db.exec(`
      ALTER TABLE replica ADD COLUMN zonder_persoonsgegevens INTEGER NOT NULL DEFAULT 0
        CHECK (zonder_persoonsgegevens IN (0, 1));
    `);
  },
};
