import { STANDAARD_SJABLOON } from '../../../../shared/domain/inventarisatie';
import type { Migration } from './types';

/**
 * Inventarisatie: versioned form templates (the questions as JSON, never edited once a round uses
 * them), rounds with the organisations asked and their status, and one answer per question.
 */
export const m007Inventarisatie: Migration = {
  versie: 7,
  naam: 'inventarisatie',
  up(db) {
    db.exec(`
      CREATE TABLE formulier_sjabloon (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        versie INTEGER NOT NULL CHECK (versie >= 1),
        secties_json TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX formulier_sjabloon_versie ON formulier_sjabloon (naam, versie) WHERE deleted_at IS NULL;

      CREATE TABLE inventarisatie_ronde (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        sjabloon_id TEXT NOT NULL REFERENCES formulier_sjabloon (id),
        deadline TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX inventarisatie_ronde_naam ON inventarisatie_ronde (naam COLLATE NOCASE) WHERE deleted_at IS NULL;

      CREATE TABLE ronde_deelname (
        id TEXT PRIMARY KEY,
        ronde_id TEXT NOT NULL REFERENCES inventarisatie_ronde (id),
        organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
        status TEXT NOT NULL DEFAULT 'uitgezet' CHECK (status IN ('uitgezet', 'ontvangen', 'besproken')),
        ontvangen_op TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX ronde_deelname_uniek ON ronde_deelname (ronde_id, organisatie_id) WHERE deleted_at IS NULL;

      CREATE TABLE inventarisatie_antwoord (
        id TEXT PRIMARY KEY,
        ronde_id TEXT NOT NULL REFERENCES inventarisatie_ronde (id),
        organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
        sleutel TEXT NOT NULL,
        waarde_json TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX inventarisatie_antwoord_uniek ON inventarisatie_antwoord (ronde_id, organisatie_id, sleutel) WHERE deleted_at IS NULL;
    `);
    db.insert('formulier_sjabloon', {
      naam: STANDAARD_SJABLOON.naam,
      versie: 1,
      secties_json: JSON.stringify(STANDAARD_SJABLOON.secties),
    });
  },
};
