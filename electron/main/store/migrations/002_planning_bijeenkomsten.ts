import type { Migration } from './types';

/** The plan van aanpak (phases with month-ranged activities) and meetings with agenda, decisions and actions. */
export const m002PlanningBijeenkomsten: Migration = {
  versie: 2,
  naam: 'planning_bijeenkomsten',
  up(db) {
    db.exec(`
      CREATE TABLE planning_fase (
        id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        volgorde INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      CREATE TABLE planning_activiteit (
        id TEXT PRIMARY KEY,
        fase_id TEXT NOT NULL REFERENCES planning_fase (id),
        titel TEXT NOT NULL,
        eigenaar TEXT,
        start_maand TEXT NOT NULL CHECK (start_maand GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        eind_maand TEXT NOT NULL CHECK (eind_maand GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland','bezig','klaar','vertraagd')),
        volgorde INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
        CHECK (eind_maand >= start_maand)
      );
      CREATE INDEX planning_activiteit_fase ON planning_activiteit (fase_id);

      CREATE TABLE bijeenkomst (
        id TEXT PRIMARY KEY,
        soort TEXT NOT NULL CHECK (soort IN ('werkgroep','startbijeenkomst','fysieke_overlegtafel','terugkoppeling','evaluatie')),
        datum TEXT NOT NULL,
        tijd TEXT,
        plaats TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      CREATE TABLE agendapunt (
        id TEXT PRIMARY KEY,
        bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst (id),
        volgnummer INTEGER NOT NULL,
        titel TEXT NOT NULL,
        notitie TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      -- Decisions are numbered continuously across meetings.
      CREATE TABLE besluit (
        id TEXT PRIMARY KEY,
        bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst (id),
        nummer INTEGER NOT NULL UNIQUE,
        tekst TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      CREATE TABLE actiepunt (
        id TEXT PRIMARY KEY,
        bijeenkomst_id TEXT REFERENCES bijeenkomst (id),
        omschrijving TEXT NOT NULL,
        eigenaar TEXT,
        deadline TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','klaar','vervallen')),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX actiepunt_status ON actiepunt (status);
    `);
  },
};
