import type { Migration } from './types';

/**
 * Monitoring: a lessons log (for the werkgroep or one group) and evaluations whose figures are
 * frozen as JSON when made, so a later change never rewrites what went to the FO. The werkgroep
 * gets the monthly benefit amount its savings estimate uses.
 */
export const m011Monitoring: Migration = {
  versie: 11,
  naam: 'monitoring',
  up(db) {
    db.exec(`
      CREATE TABLE les (
        id TEXT PRIMARY KEY,
        groep_id TEXT REFERENCES groep (id),
        soort TEXT NOT NULL CHECK (soort IN ('werkt','lopen_we_tegenaan','geeft_energie','levert_op')),
        datum TEXT NOT NULL,
        auteur TEXT NOT NULL,
        tekst TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX les_datum ON les (datum);

      CREATE TABLE evaluatie (
        id TEXT PRIMARY KEY,
        titel TEXT NOT NULL,
        van TEXT NOT NULL,
        tot TEXT NOT NULL CHECK (tot >= van),
        groep_id TEXT REFERENCES groep (id),
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept','verzonden')),
        verzonden_op TEXT,
        vastgelegd_op TEXT NOT NULL,
        momentopname_json TEXT NOT NULL,
        conclusies TEXT,
        voorstellen TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      ALTER TABLE werkgroep ADD COLUMN uitkering_per_maand_cent INTEGER NOT NULL DEFAULT 130000
        CHECK (uitkering_per_maand_cent BETWEEN 0 AND 1000000);
    `);
  },
};
