import type { Migration } from './types';

/**
 * Organisations get their werkgebied (the gemeenten where they work), capacity measures for
 * sharing effort "naar rato", and archiving instead of deletion (they are referenced elsewhere).
 */
export const m003Organisaties: Migration = {
  versie: 3,
  naam: 'organisaties',
  up(db) {
    db.exec(`
      ALTER TABLE organisatie ADD COLUMN jaaromzet_cent INTEGER CHECK (jaaromzet_cent IS NULL OR jaaromzet_cent >= 0);
      ALTER TABLE organisatie ADD COLUMN fte REAL CHECK (fte IS NULL OR fte >= 0);
      ALTER TABLE organisatie ADD COLUMN gearchiveerd_op TEXT;
      CREATE INDEX organisatie_naam ON organisatie (naam COLLATE NOCASE);

      CREATE TABLE organisatie_gemeente (
        id TEXT PRIMARY KEY,
        organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
        gemeente_id TEXT NOT NULL REFERENCES organisatie (id),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX organisatie_gemeente_uniek ON organisatie_gemeente (organisatie_id, gemeente_id) WHERE deleted_at IS NULL;
      CREATE INDEX organisatie_gemeente_gemeente ON organisatie_gemeente (gemeente_id);
    `);
  },
};
