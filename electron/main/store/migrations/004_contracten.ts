import type { Migration } from './types';

/**
 * Contracts with an SROI obligation: the provider (opdrachtnemer), the commissioning gemeenten
 * (opdrachtgevers, each with an optional share of the value), the period, the value, a percentage
 * (basis points) or a fixed amount, the optional wage share, and whether the provider bundles its
 * SROI agreements over all its contracts.
 */
export const m004Contracten: Migration = {
  versie: 4,
  naam: 'contracten',
  up(db) {
    db.exec(`
      CREATE TABLE contract (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        opdrachtnemer_id TEXT NOT NULL REFERENCES organisatie (id),
        startdatum TEXT NOT NULL,
        einddatum TEXT NOT NULL,
        waarde_cent INTEGER NOT NULL CHECK (waarde_cent >= 0),
        sroi_percentage_bp INTEGER CHECK (sroi_percentage_bp IS NULL OR sroi_percentage_bp BETWEEN 0 AND 10000),
        sroi_vast_cent INTEGER CHECK (sroi_vast_cent IS NULL OR sroi_vast_cent >= 0),
        loonaandeel_bp INTEGER CHECK (loonaandeel_bp IS NULL OR loonaandeel_bp BETWEEN 0 AND 10000),
        gebundeld INTEGER NOT NULL DEFAULT 0 CHECK (gebundeld IN (0, 1)),
        gearchiveerd_op TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
        CHECK (einddatum >= startdatum),
        CHECK (sroi_percentage_bp IS NOT NULL OR sroi_vast_cent IS NOT NULL)
      );
      CREATE INDEX contract_opdrachtnemer ON contract (opdrachtnemer_id);

      CREATE TABLE contract_opdrachtgever (
        id TEXT PRIMARY KEY,
        contract_id TEXT NOT NULL REFERENCES contract (id),
        gemeente_id TEXT NOT NULL REFERENCES organisatie (id),
        aandeel_cent INTEGER CHECK (aandeel_cent IS NULL OR aandeel_cent >= 0),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX contract_opdrachtgever_uniek ON contract_opdrachtgever (contract_id, gemeente_id) WHERE deleted_at IS NULL;
    `);
  },
};
