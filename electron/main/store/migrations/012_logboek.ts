import type { Migration } from './types';

/**
 * The change log becomes an audit log: what was done (action), to which kind of record and which
 * one (by id, never by name), and whether it worked. Rows written before get "wijzigen".
 */
export const m012Logboek: Migration = {
  versie: 12,
  naam: 'logboek',
  up(db) {
    db.exec(`
      ALTER TABLE wijziging ADD COLUMN actie TEXT NOT NULL DEFAULT 'wijzigen'
        CHECK (actie IN ('aanmaken','wijzigen','verwijderen','importeren','exporteren','wissen','herstellen','ontgrendelen','ontgrendelen_mislukt','vergrendelen','beveiligen'));
      ALTER TABLE wijziging ADD COLUMN object_id TEXT;
      ALTER TABLE wijziging ADD COLUMN resultaat TEXT NOT NULL DEFAULT 'gelukt' CHECK (resultaat IN ('gelukt','mislukt'));
      CREATE INDEX wijziging_tijd ON wijziging (created_at);
    `);
  },
};
