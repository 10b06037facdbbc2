import type { Migration } from './types';

/**
 * Capacity and the procurement calendar: the places organisations offer per menukaart option
 * (copied from inventarisatie answers or entered), and upcoming tenders that can become contracts.
 */
export const m008Capaciteit: Migration = {
  versie: 8,
  naam: 'capaciteit',
  up(db) {
    db.exec(`
      CREATE TABLE aanbod (
        id TEXT PRIMARY KEY,
        organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
        menukaart_optie_id TEXT NOT NULL REFERENCES menukaart_optie (id),
        plaatsen INTEGER NOT NULL CHECK (plaatsen >= 0),
        bron TEXT NOT NULL CHECK (bron IN ('inventarisatie', 'handmatig')),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX aanbod_uniek ON aanbod (organisatie_id, menukaart_optie_id) WHERE deleted_at IS NULL;

      CREATE TABLE aanbesteding (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        sector TEXT NOT NULL CHECK (sector IN ('zorg','welzijn','bouw','infra','schoonmaak','groen','ict','vervoer','overig')),
        verwachte_start TEXT NOT NULL,
        waarde_cent INTEGER NOT NULL CHECK (waarde_cent >= 0),
        sroi_percentage_bp INTEGER NOT NULL CHECK (sroi_percentage_bp BETWEEN 0 AND 10000),
        toelichting TEXT,
        contract_id TEXT REFERENCES contract (id),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE TABLE aanbesteding_gemeente (
        id TEXT PRIMARY KEY,
        aanbesteding_id TEXT NOT NULL REFERENCES aanbesteding (id),
        gemeente_id TEXT NOT NULL REFERENCES organisatie (id),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX aanbesteding_gemeente_uniek ON aanbesteding_gemeente (aanbesteding_id, gemeente_id) WHERE deleted_at IS NULL;
    `);
  },
};
