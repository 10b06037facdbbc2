import type { Migration } from './types';

/**
 * Candidates get their full record, persoonlijk plan, leerlijn, ladder measurements, outcomes and
 * fallbacks; groups get a feedback date and their organisations; the werkgroep a retention period.
 *
 * Everything about a person hangs off `kandidaat` with ON DELETE CASCADE: an AVG erasure is a real
 * DELETE (not a tombstone), so one statement removes the person and every row about them.
 */
export const m006Kandidaten: Migration = {
  versie: 6,
  naam: 'kandidaten',
  up(db) {
    db.exec(`
      ALTER TABLE kandidaat ADD COLUMN naam TEXT;
      ALTER TABLE kandidaat ADD COLUMN uitkering TEXT CHECK (uitkering IS NULL OR uitkering IN ('participatiewet_kort','participatiewet_lang','ww','wia_wao','wajong','doelgroepregister','geen_uitkering'));
      ALTER TABLE kandidaat ADD COLUMN klantmanager TEXT;
      ALTER TABLE kandidaat ADD COLUMN begeleider_naam TEXT;
      ALTER TABLE kandidaat ADD COLUMN begeleider_organisatie_id TEXT REFERENCES organisatie (id);
      ALTER TABLE kandidaat ADD COLUMN bonussen_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE kandidaat ADD COLUMN einddatum TEXT;

      CREATE TABLE kandidaat_plan (
        id TEXT PRIMARY KEY,
        kandidaat_id TEXT NOT NULL UNIQUE REFERENCES kandidaat (id) ON DELETE CASCADE,
        wensen TEXT,
        eigen_woorden TEXT,
        mogelijkheden TEXT,
        vaardigheden TEXT,
        scholing TEXT,
        doel TEXT,
        tussenstappen TEXT,
        vaste_begeleider_helpt INTEGER CHECK (vaste_begeleider_helpt IS NULL OR vaste_begeleider_helpt IN (0, 1)),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );

      CREATE TABLE kandidaat_belemmering (
        id TEXT PRIMARY KEY,
        kandidaat_id TEXT NOT NULL REFERENCES kandidaat (id) ON DELETE CASCADE,
        soort TEXT NOT NULL CHECK (soort IN ('schulden','medisch','sociaal','taal','werkervaring','werkritme','vervoer','scholing','overig')),
        status TEXT NOT NULL CHECK (status IN ('open','mee_bezig','opgelost')),
        toelichting TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX kandidaat_belemmering_kandidaat ON kandidaat_belemmering (kandidaat_id);

      CREATE TABLE leerlijn_stap (
        id TEXT PRIMARY KEY,
        kandidaat_id TEXT NOT NULL REFERENCES kandidaat (id) ON DELETE CASCADE,
        volgorde INTEGER NOT NULL,
        menukaart_optie_id TEXT NOT NULL REFERENCES menukaart_optie (id),
        organisatie_id TEXT REFERENCES organisatie (id),
        gepland_start TEXT,
        gepland_eind TEXT,
        start TEXT,
        eind TEXT,
        uren_per_week REAL CHECK (uren_per_week IS NULL OR uren_per_week BETWEEN 0 AND 60),
        status TEXT NOT NULL CHECK (status IN ('gepland','lopend','afgerond','afgebroken')),
        vast_contract INTEGER NOT NULL DEFAULT 0 CHECK (vast_contract IN (0, 1)),
        resultaat TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX leerlijn_stap_kandidaat ON leerlijn_stap (kandidaat_id, volgorde);

      CREATE TABLE ladder_meting (
        id TEXT PRIMARY KEY,
        kandidaat_id TEXT NOT NULL REFERENCES kandidaat (id) ON DELETE CASCADE,
        datum TEXT NOT NULL,
        trede INTEGER NOT NULL CHECK (trede BETWEEN 1 AND 6),
        toelichting TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX ladder_meting_kandidaat ON ladder_meting (kandidaat_id, datum);

      CREATE TABLE uitstroom (
        id TEXT PRIMARY KEY,
        kandidaat_id TEXT NOT NULL REFERENCES kandidaat (id) ON DELETE CASCADE,
        soort TEXT NOT NULL CHECK (soort IN ('regulier_werk','beschut_werk','banenafspraak','loonkostensubsidie','opleiding','vrijwilligerswerk','dagbesteding','uitgevallen','verhuisd')),
        datum TEXT NOT NULL,
        toelichting TEXT,
        na_6_maanden INTEGER CHECK (na_6_maanden IS NULL OR na_6_maanden IN (0, 1)),
        na_12_maanden INTEGER CHECK (na_12_maanden IS NULL OR na_12_maanden IN (0, 1)),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX uitstroom_kandidaat ON uitstroom (kandidaat_id, datum);

      CREATE TABLE terugval (
        id TEXT PRIMARY KEY,
        kandidaat_id TEXT NOT NULL REFERENCES kandidaat (id) ON DELETE CASCADE,
        datum TEXT NOT NULL,
        reden TEXT NOT NULL,
        volgende_stap TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE INDEX terugval_kandidaat ON terugval (kandidaat_id, datum);

      ALTER TABLE groep ADD COLUMN terugkoppeldatum TEXT;
      CREATE TABLE groep_organisatie (
        id TEXT PRIMARY KEY,
        groep_id TEXT NOT NULL REFERENCES groep (id),
        organisatie_id TEXT NOT NULL REFERENCES organisatie (id),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
      );
      CREATE UNIQUE INDEX groep_organisatie_uniek ON groep_organisatie (groep_id, organisatie_id) WHERE deleted_at IS NULL;

      ALTER TABLE werkgroep ADD COLUMN bewaartermijn_maanden INTEGER NOT NULL DEFAULT 24 CHECK (bewaartermijn_maanden BETWEEN 1 AND 240);
    `);
  },
};
