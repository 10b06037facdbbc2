import { STANDAARD_MENUKAART } from '../../../../shared/domain/menukaart';
import type { Migration } from './types';

/**
 * Valuing SROI: the menukaart as data, versioned valuation tables (a row is never edited once a
 * realisation uses it; a change is a new version), the werkgroep's current table, and realisations
 * that keep the table version and the explanation they were valued with.
 */
export const m005Waardering: Migration = {
  versie: 5,
  naam: 'waardering',
  up(db) {
    db.exec(`
      CREATE TABLE menukaart_optie (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        naam TEXT NOT NULL,
        omschrijving TEXT,
        waardering TEXT NOT NULL CHECK (waardering IN ('plaatsing', 'uren', 'geen')),
        volgorde INTEGER NOT NULL,
        gearchiveerd_op TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX menukaart_optie_code ON menukaart_optie (code) WHERE deleted_at IS NULL;

      CREATE TABLE waarderingstabel (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        versie INTEGER NOT NULL CHECK (versie >= 1),
        basis_uren REAL NOT NULL CHECK (basis_uren > 0),
        minimum_uren REAL NOT NULL CHECK (minimum_uren >= 0),
        uurtarief_cent INTEGER CHECK (uurtarief_cent IS NULL OR uurtarief_cent >= 0),
        bedragen_json TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX waarderingstabel_versie ON waarderingstabel (naam, versie) WHERE deleted_at IS NULL;

      ALTER TABLE werkgroep ADD COLUMN waarderingstabel_id TEXT REFERENCES waarderingstabel (id);

      CREATE TABLE realisatie (
        id TEXT PRIMARY KEY,
        opdrachtnemer_id TEXT NOT NULL REFERENCES organisatie (id),
        contract_id TEXT REFERENCES contract (id),
        menukaart_optie_id TEXT NOT NULL REFERENCES menukaart_optie (id),
        datum TEXT NOT NULL,
        omschrijving TEXT NOT NULL,
        doelgroep TEXT,
        uren_per_week REAL CHECK (uren_per_week IS NULL OR uren_per_week BETWEEN 0 AND 60),
        maanden REAL CHECK (maanden IS NULL OR maanden BETWEEN 0 AND 120),
        bonussen_json TEXT NOT NULL DEFAULT '[]',
        uren REAL CHECK (uren IS NULL OR uren BETWEEN 0 AND 100000),
        waarde_cent INTEGER NOT NULL CHECK (waarde_cent >= 0),
        waarderingstabel_id TEXT REFERENCES waarderingstabel (id),
        uitleg TEXT NOT NULL,
        bron TEXT NOT NULL DEFAULT 'direct' CHECK (bron IN ('direct', 'leerlijn')),
        bron_id TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX realisatie_opdrachtnemer ON realisatie (opdrachtnemer_id, datum);
      CREATE INDEX realisatie_bron ON realisatie (bron_id);
    `);
    for (const optie of STANDAARD_MENUKAART) {
      db.insert('menukaart_optie', {
        code: optie.code,
        naam: optie.naam,
        omschrijving: optie.omschrijving,
        waardering: optie.waardering,
        volgorde: optie.volgorde,
      });
    }
  },
};
