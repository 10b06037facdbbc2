import type { Migration } from './types';

/**
 * The standard form as new files got it (version 1) when this migration was released. History is
 * frozen: a later change to the standard form (shared/domain/inventarisatie.ts) is a new version
 * added by a new migration, never an edit here. Stored as JSON in this key order.
 */
const SJABLOON_NAAM = 'Inventarisatie SROI bij zorgaanbieders';
const SJABLOON_SECTIES = [
  {
    titel: 'Wat doet uw organisatie nu al aan SROI?',
    toelichting: 'Een paar zinnen per vraag is genoeg.',
    vragen: [
      {
        sleutel: 'in_dienst',
        tekst: 'Werken er bij u mensen die een uitkering hebben of hadden, of biedt u werkervaringsplaatsen?',
        toelichting: 'Noem ook ongeveer hoeveel.',
        soort: 'open',
        verplicht: false,
        keuzes: [],
        opties: [],
      },
      {
        sleutel: 'ondersteuning',
        tekst: 'Hoe begeleidt en ondersteunt u deze mensen?',
        toelichting: null,
        soort: 'open',
        verplicht: false,
        keuzes: [],
        opties: [],
      },
      {
        sleutel: 'resultaat',
        tekst: 'Wat levert uw inzet op, voor de mensen en voor uw organisatie?',
        toelichting: null,
        soort: 'open',
        verplicht: false,
        keuzes: [],
        opties: [],
      },
      {
        sleutel: 'andere_contracten',
        tekst: 'Heeft u bij andere opdrachtgevers een SROI-verplichting?',
        toelichting: null,
        soort: 'janee',
        verplicht: false,
        keuzes: [],
        opties: [],
      },
      {
        sleutel: 'achtergrond',
        tekst: 'Waarom doet u dit, en welke afspraken liggen eraan ten grondslag?',
        toelichting: null,
        soort: 'open',
        verplicht: false,
        keuzes: [],
        opties: [],
      },
    ],
  },
  {
    titel: 'Wat kan uw organisatie bieden?',
    toelichting:
      'Kruis alles aan wat mogelijk is en noem, als u dat weet, het aantal plaatsen. Dit is een verkenning, geen toezegging.',
    vragen: [
      {
        sleutel: 'aanbod',
        tekst: 'Welke mogelijkheden van de menukaart kunt u bieden?',
        toelichting: null,
        soort: 'aanbod',
        verplicht: true,
        keuzes: [],
        opties: [
          {
            code: 'intake',
            naam: 'Intake en screening',
          },
          {
            code: 'begeleider',
            naam: 'Persoonlijk begeleider',
          },
          {
            code: 'zorg',
            naam: 'Zorg voor de kandidaat',
          },
          {
            code: 'werkervaringsplaats',
            naam: 'Werkervaringsplaats',
          },
          {
            code: 'bbl',
            naam: 'BBL-plaats',
          },
          {
            code: 'betaalde_baan',
            naam: 'Betaalde baan',
          },
          {
            code: 'project',
            naam: 'Aanvullend project',
          },
        ],
      },
      {
        sleutel: 'contactpersoon',
        tekst: 'Wie is bij u het aanspreekpunt voor SROI?',
        toelichting: 'Naam, e-mail en telefoon.',
        soort: 'open',
        verplicht: true,
        keuzes: [],
        opties: [],
      },
    ],
  },
];

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
      naam: SJABLOON_NAAM,
      versie: 1,
      secties_json: JSON.stringify(SJABLOON_SECTIES),
    });
  },
};
