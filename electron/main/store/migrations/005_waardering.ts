import type { Migration } from './types';

/**
 * The standard menukaart as new files got it when this migration was released: code, naam,
 * omschrijving, waardering, in order. History is frozen: a later change to the standard menukaart
 * (shared/domain/menukaart.ts) is a new migration, never an edit here.
 */
const MENUKAART: readonly (readonly [string, string, string, string])[] = [
  ['intake', 'Intake en screening', 'Kennismaken, mogelijkheden en belemmeringen in kaart brengen.', 'uren'],
  ['begeleider', 'Persoonlijk begeleider', 'Een vaste coach of buddy die de kandidaat op weg helpt.', 'uren'],
  [
    'werkervaringsplaats',
    'Werkervaringsplaats',
    'Meedraaien op de werkvloer met begeleiding, meestal drie maanden.',
    'plaatsing',
  ],
  ['bbl', 'BBL-plaats', 'Leren en werken tegelijk, met een opleiding op mbo-niveau.', 'plaatsing'],
  ['betaalde_baan', 'Betaalde baan', 'Een arbeidscontract, eventueel met loonkostensubsidie.', 'plaatsing'],
  [
    'project',
    'Aanvullend project',
    'Een project voor de groep, zoals een training of een werkplaats.',
    'uren',
  ],
  [
    'zorg',
    'Zorg voor de kandidaat',
    'Hulp bij wat werk in de weg staat, zoals schulden of gezondheid.',
    'uren',
  ],
  ['training', 'Training of certificaat', 'Een cursus die een erkend bewijs oplevert.', 'uren'],
  [
    'proefplaatsing',
    'Proefplaatsing',
    'Een korte proef bij een werkgever, met behoud van uitkering.',
    'plaatsing',
  ],
  ['vrijwilligerswerk', 'Vrijwilligerswerk', 'Ritme en ervaring opdoen zonder contract.', 'geen'],
  ['dagbesteding', 'Dagbesteding', 'Een zinvolle dag als opstap; geen SROI-prestatie.', 'geen'],
];

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
    MENUKAART.forEach(([code, naam, omschrijving, waardering], i) => {
      db.insert('menukaart_optie', { code, naam, omschrijving, waardering, volgorde: i + 1 });
    });
  },
};
