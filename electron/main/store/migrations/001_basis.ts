import type { Migration } from './types';

/**
 * The werkgroep itself, organisations, groups, candidates and a small audit trail.
 * Every table: UUIDv7 id, created_at, updated_at, deleted_at (tombstone, for later merging).
 */
export const m001Basis: Migration = {
  versie: 1,
  naam: 'basis',
  up(db) {
    db.exec(`
      CREATE TABLE werkgroep (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        regio TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      CREATE TABLE organisatie (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        soort TEXT NOT NULL CHECK (soort IN ('gemeente','zorgaanbieder','werkbedrijf','uwv','onderwijs','werkgever','vrijwilligersorganisatie','overig')),
        contactpersoon TEXT,
        email TEXT,
        telefoon TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX organisatie_soort ON organisatie (soort) WHERE deleted_at IS NULL;

      CREATE TABLE groep (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        startdatum TEXT,
        einddatum TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      -- Personal data: a generated pseudonymous code identifies a candidate; initials are optional.
      CREATE TABLE kandidaat (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        initialen TEXT,
        gemeente_id TEXT REFERENCES organisatie (id),
        groep_id TEXT REFERENCES groep (id),
        startdatum TEXT,
        status TEXT NOT NULL DEFAULT 'aangemeld' CHECK (status IN ('aangemeld','actief','uitgestroomd','gestopt')),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX kandidaat_groep ON kandidaat (groep_id);

      -- Who changed what, without content: no personal data in the trail.
      CREATE TABLE wijziging (
        id TEXT PRIMARY KEY,
        auteur TEXT NOT NULL,
        soort TEXT NOT NULL,
        omschrijving TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
    `);
  },
};
