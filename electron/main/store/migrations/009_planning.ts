import type { Migration } from './types';

/** Planning: an activity may wait for another, and milestones mark dates such as an FO meeting. */
export const m009Planning: Migration = {
  versie: 9,
  naam: 'planning',
  up(db) {
    db.exec(`
      ALTER TABLE planning_activiteit ADD COLUMN afhankelijk_van TEXT REFERENCES planning_activiteit (id);
      CREATE TABLE mijlpaal (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        datum TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
    `);
  },
};
