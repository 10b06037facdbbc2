import type { Migration } from './types';

/**
 * How often an action was postponed: the app adds one each time an open action's deadline is moved
 * later, so the actielijst can show which actions keep slipping. Existing actions start at 0: the
 * file never recorded their earlier deadlines.
 *
 * Frozen history, like every migration: its SQL is its own and it exports only the migration.
 */
export const m017ActieUitgesteld: Migration = {
  versie: 17,
  naam: 'actie_uitgesteld',
  up(db) {
    db.exec(`
      ALTER TABLE actiepunt ADD COLUMN keer_uitgesteld INTEGER NOT NULL DEFAULT 0
        CHECK (keer_uitgesteld >= 0);
    `);
  },
};
