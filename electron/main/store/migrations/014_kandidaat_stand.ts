import type { Migration } from './types';

/**
 * Where each candidate is now — the current step (the first running one in leerlijn order, else the
 * first planned, else the last; as `huidigeStap`) with its option and organisation, and the first and last rung (as `ladderBeweging`)
 * — kept in `kandidaat_stand` by triggers, so the candidate list reads one row per candidate
 * instead of five index seeks (see BENCHMARKS.md: 10,000 candidates).
 *
 * A derived table: SQLite itself keeps it in step with every write of a candidate, step or
 * measurement, whichever repository makes it, and the store can always rebuild it from the source
 * tables through its view (see store/afgeleide-tabellen.ts). It holds no data of its own: no names,
 * only ids and rung numbers, and a candidate's row goes with the candidate (an erasure). The view
 * states the rules once; the triggers and the rebuild use it.
 *
 * Frozen history, like every migration: its SQL is its own and it exports only the migration.
 */
const BEREKEND = `
  CREATE VIEW kandidaat_stand_berekend AS
  SELECT x.kandidaat_id, x.stap_id, st.menukaart_optie_id AS stap_optie_id,
         st.organisatie_id AS stap_organisatie_id, x.trede_start, x.trede_nu
    FROM (
  SELECT k.id AS kandidaat_id,
         COALESCE(
           (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
               AND s.status = 'lopend' ORDER BY s.volgorde LIMIT 1),
           (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
               AND s.status = 'gepland' ORDER BY s.volgorde LIMIT 1),
           (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
             ORDER BY s.volgorde DESC LIMIT 1)) AS stap_id,
         (SELECT m.trede FROM ladder_meting m WHERE m.kandidaat_id = k.id AND m.deleted_at IS NULL
           ORDER BY m.datum, m.created_at LIMIT 1) AS trede_start,
         (SELECT m.trede FROM ladder_meting m WHERE m.kandidaat_id = k.id AND m.deleted_at IS NULL
           ORDER BY m.datum DESC, m.created_at DESC LIMIT 1) AS trede_nu
    FROM kandidaat k) x
    LEFT JOIN leerlijn_stap st ON st.id = x.stap_id`;

const VUL = `INSERT OR REPLACE INTO kandidaat_stand (kandidaat_id, stap_id, stap_optie_id, stap_organisatie_id, trede_start, trede_nu)
     SELECT kandidaat_id, stap_id, stap_optie_id, stap_organisatie_id, trede_start, trede_nu FROM kandidaat_stand_berekend`;

const voor = (wie: string) => `${VUL} WHERE kandidaat_id = ${wie};`;

/** Triggers on a source table: after an insert, after a change of what decides the stand, after a delete. */
const triggers = (tabel: string, kolommen: string) => `
  CREATE TRIGGER ${tabel}_stand_nieuw AFTER INSERT ON ${tabel} BEGIN ${voor('NEW.kandidaat_id')} END;
  CREATE TRIGGER ${tabel}_stand_gewijzigd AFTER UPDATE OF ${kolommen} ON ${tabel} BEGIN
    ${voor('OLD.kandidaat_id')}
    ${voor('NEW.kandidaat_id')}
  END;
  CREATE TRIGGER ${tabel}_stand_weg AFTER DELETE ON ${tabel} BEGIN ${voor('OLD.kandidaat_id')} END;`;

export const m014KandidaatStand: Migration = {
  versie: 14,
  naam: 'kandidaat_stand',
  up(db) {
    db.exec(`
      CREATE TABLE kandidaat_stand (
        kandidaat_id TEXT PRIMARY KEY REFERENCES kandidaat (id) ON DELETE CASCADE,
        stap_id TEXT,
        stap_optie_id TEXT,
        stap_organisatie_id TEXT,
        trede_start INTEGER,
        trede_nu INTEGER
      );
      ${BEREKEND};
      CREATE TRIGGER kandidaat_stand_nieuw AFTER INSERT ON kandidaat BEGIN ${voor('NEW.id')} END;
      ${triggers('leerlijn_stap', 'kandidaat_id, status, volgorde, deleted_at, menukaart_optie_id, organisatie_id')}
      ${triggers('ladder_meting', 'kandidaat_id, datum, trede, created_at, deleted_at')}
    `);
    // Fill the new table for the candidates already in the file.
    db.exec(`${VUL};`);
  },
};
