import type { Migration } from './types';

/**
 * When an organisation's form in an inventarisatieronde was made and when it was sent, so a round
 * can be a concept until its forms go out and each organisation shows its dates. Existing rows
 * start without dates: the file never recorded them (a round with answers counts as sent anyway).
 *
 * Frozen history, like every migration: its SQL is its own and it exports only the migration.
 */
export const m018DeelnameData: Migration = {
  versie: 18,
  naam: 'deelname_data',
  up(db) {
    db.exec(`
      ALTER TABLE ronde_deelname ADD COLUMN formulier_gemaakt_op TEXT;
      ALTER TABLE ronde_deelname ADD COLUMN verstuurd_op TEXT;
    `);
  },
};
