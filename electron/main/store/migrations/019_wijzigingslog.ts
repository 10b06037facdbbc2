import type { Db } from '../database';
import type { Migration } from './types';

/**
 * The change log for merging copies of one werkgroep (docs/SAMENWERKEN.md). It holds only what a
 * merge cannot read from the rows themselves:
 *
 * - `veldwijziging`: per changed field its heads (normally one). `id` is `<hlc>@<writer>`; the hlc
 *   is the write transaction's ISO time plus a counter, so ids sort in causal order per writer.
 *   `ouders` is what the change had seen of that field: per writer the newest change it overwrote.
 *   The head that is the row's value keeps no `waarde` (the row holds it); only the other side of
 *   an open conflict keeps its value. An overwritten change is deleted: what it was is implied by
 *   the `ouders` of the change that overwrote it. Field `+` holds the row's base id (set by its
 *   first update, from the old `updated_at`), which its unchanged fields keep. A delete removes the
 *   row's entries (their values may be free text about a person) and leaves a tombstone, field `*`.
 * - An insert records nothing: a row without entries is its own base, as every row from before
 *   this migration is, and a merge reads it from the row.
 * - `replica`: one row, the clock the write path sets at the start of each write transaction
 *   (`tijd`, `teller`, `apparaat`); `stil` = 1 while a merge writes rows itself; `lijn` what this
 *   session's start implies (writer → newest id), so `ouders` leaves it out.
 * - `gewist`: an AVG erasure leaves only the erased candidate's id (a random UUID, no name).
 * - `apparaat`: each writer's laptop and user name, so a conflict can say who made a change, and in
 *   `gezien_tot` the change the file was at when that session opened.
 *
 * `veldwijziging` is an ordinary rowid table: sql.js's update hook does not report WITHOUT ROWID
 * tables, so the save's check of what changed (`Db.changesOk`) would skip it.
 *
 * Frozen history: the tables that get triggers are the werkgroep tables at schema version 18,
 * read from the file itself (the schema check guarantees that it is exactly that schema). A later
 * migration that adds a column must recreate that table's triggers.
 */

const NIET_GEVOLGD = new Set(['schema_migratie', 'kandidaat_stand']);

/** The current change id, built from the clock row. */
const HUIDIG_ID = `(SELECT tijd || '-' || printf('%08d', teller) || '@' || apparaat FROM replica)`;
const ACTIEF = '(SELECT stil FROM replica) = 0';
const SCHRIJVER = (id: string) => `substr(${id}, instr(${id}, '@') + 1)`;

/**
 * What a change of field `v.veld` of row NEW.id has seen: the field's heads and what they had seen,
 * or the row's base when the field has no entries; per writer the newest (every base: bases do
 * not imply one another), without this writer (its own older changes are implied) and without
 * what this session's start implies.
 */
function gezien(tabel: string): string {
  const vanVeld = (k: string) => `${k}.tabel = '${tabel}' AND ${k}.rij_id = NEW.id AND ${k}.veld = v.veld`;
  return `(SELECT json_group_array(o) FROM (
      SELECT max(o) AS o FROM (
        SELECT k.id AS o FROM veldwijziging k WHERE ${vanVeld('k')}
        UNION ALL SELECT j.value FROM veldwijziging k, json_each(k.ouders) j WHERE ${vanVeld('k')}
        UNION ALL SELECT b.id FROM veldwijziging b
          WHERE b.tabel = '${tabel}' AND b.rij_id = NEW.id AND b.veld = '+'
            AND NOT EXISTS (SELECT 1 FROM veldwijziging k WHERE ${vanVeld('k')}))
      WHERE ${SCHRIJVER('o')} <> (SELECT apparaat FROM replica)
        AND o > coalesce(json_extract((SELECT lijn FROM replica), '$."' || ${SCHRIJVER('o')} || '"'), '')
      GROUP BY CASE ${SCHRIJVER('o')} WHEN 'basis' THEN o ELSE ${SCHRIJVER('o')} END))`;
}

/**
 * The triggers of one table. Their text is kept short (no layout, the changed fields listed once):
 * sql.js's `export()` closes and reopens the database at every save, which parses the whole schema
 * again, so every kilobyte of trigger text costs each save.
 */
function triggers(tabel: string, kolommen: readonly string[]): string {
  const gewijzigd = `SELECT column1 AS veld FROM (VALUES ${kolommen
    .filter((k) => k !== 'updated_at')
    .map((k) => `('${k}',OLD.${k} IS NOT NEW.${k})`)
    .join(',')}) WHERE column2`;
  const vanRij = (rijId: string) => `tabel='${tabel}' AND rij_id=${rijId}`;
  const sql = `
    CREATE TRIGGER wl_${tabel}_gewijzigd AFTER UPDATE ON ${tabel} WHEN ${ACTIEF} BEGIN
      UPDATE replica SET teller = teller + 1;
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders)
        SELECT '${tabel}', OLD.id, '+', OLD.updated_at || '-00000000@basis', NULL, '[]'
         WHERE NOT EXISTS (SELECT 1 FROM veldwijziging WHERE ${vanRij('OLD.id')});
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders)
        SELECT '${tabel}', NEW.id, v.veld, ${HUIDIG_ID}, NULL, ${gezien(tabel)}
          FROM (${gewijzigd}) v;
      DELETE FROM veldwijziging WHERE ${vanRij('NEW.id')} AND id <> ${HUIDIG_ID} AND veld IN
        (SELECT veld FROM veldwijziging WHERE ${vanRij('NEW.id')} AND id = ${HUIDIG_ID});
    END;
    CREATE TRIGGER wl_${tabel}_weg AFTER DELETE ON ${tabel} WHEN ${ACTIEF} BEGIN
      UPDATE replica SET teller = teller + 1;
      DELETE FROM veldwijziging WHERE ${vanRij('OLD.id')};
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders)
        VALUES ('${tabel}', OLD.id, '*', ${HUIDIG_ID}, NULL, '[]');
    END;`;
  return sql.replace(/\s+/g, ' ');
}

export const m019Wijzigingslog: Migration = {
  versie: 19,
  naam: 'wijzigingslog',
  up(db: Db) {
    const tabellen = db
      .all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .map((t) => t.name)
      .filter((t) => !NIET_GEVOLGD.has(t));
    db.exec(`
      CREATE TABLE veldwijziging (
        tabel TEXT NOT NULL,
        rij_id TEXT NOT NULL,
        veld TEXT NOT NULL,
        id TEXT NOT NULL,
        waarde,
        ouders TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ouders) AND json_type(ouders) = 'array'),
        PRIMARY KEY (tabel, rij_id, veld, id)
      );
      CREATE TABLE replica (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        apparaat TEXT NOT NULL,
        tijd TEXT NOT NULL,
        teller INTEGER NOT NULL DEFAULT 0,
        stil INTEGER NOT NULL DEFAULT 0 CHECK (stil IN (0, 1)),
        lijn TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(lijn) AND json_type(lijn) = 'object')
      );
      INSERT INTO replica (id, apparaat, tijd) VALUES (1, 'migratie', '0000-00-00T00:00:00.000Z');
      CREATE TABLE gewist (
        id TEXT PRIMARY KEY,
        wijziging_id TEXT NOT NULL
      );
      CREATE TABLE apparaat (
        id TEXT PRIMARY KEY,
        laptop TEXT NOT NULL,
        auteur TEXT NOT NULL,
        gezien_tot TEXT NOT NULL
      );
    `);
    for (const tabel of tabellen) {
      const kolommen = db
        .all<{ name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid', [tabel])
        .map((k) => k.name);
      db.exec(triggers(tabel, kolommen));
    }
  },
};
