import type { Migration } from './types';

/**
 * Meetings get their attendees (present, or absent with notice). These are werkgroep members
 * and partners in their working role, never candidates.
 */
export const m010Bijeenkomsten: Migration = {
  versie: 10,
  naam: 'bijeenkomsten',
  up(db) {
    db.exec(`
      CREATE TABLE aanwezige (
        id TEXT PRIMARY KEY,
        bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst (id),
        naam TEXT NOT NULL,
        rol TEXT,
        aanwezig INTEGER NOT NULL CHECK (aanwezig IN (0, 1)),
        volgorde INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX aanwezige_bijeenkomst ON aanwezige (bijeenkomst_id);
      CREATE INDEX agendapunt_bijeenkomst ON agendapunt (bijeenkomst_id, volgnummer);
      CREATE INDEX besluit_bijeenkomst ON besluit (bijeenkomst_id);
      CREATE INDEX actiepunt_bijeenkomst ON actiepunt (bijeenkomst_id);
      CREATE INDEX bijeenkomst_datum ON bijeenkomst (datum);
    `);
  },
};
