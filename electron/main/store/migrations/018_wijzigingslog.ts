import type { Db } from '../database';
import type { Migration } from './types';

/**
 * The change log for merging copies of one werkgroep (docs/SAMENWERKEN.md). Every insert, update
 * and delete of a werkgroep table is recorded per row and field by a trigger:
 *
 * - `veldwijziging`: one row per changed field. `id` is `<hlc>@<writer>`; the hlc is the write
 *   transaction's ISO time plus a counter, so ids sort in causal order per writer. `ouders` holds
 *   the ids this change overwrote for that field; `kop` marks the changes no other change
 *   overwrote (the heads). Only a head keeps its value: an overwritten value (an old note about a
 *   person) is gone from the file as it would be without the log; merging needs only its id. A delete removes the row's field changes (their values may be free text
 *   about a person) and leaves a tombstone, field `*`.
 * - `replica`: one row, the clock the write path sets at the start of each write transaction
 *   (`tijd`, `teller`, `apparaat`); `stil` = 1 while a merge writes rows itself.
 * - `gewist`: an AVG erasure leaves only the erased candidate's id (a random UUID, no name).
 * - `apparaat`: each writer's laptop and user name, so a conflict can say who made a change.
 *
 * A row that existed before this migration has no changes. Its first update first records every
 * field's old value as a base change `<updated_at>-00000000@basis`, exactly what the merge
 * assumes for a change-less row, so two copies of the same old row agree on its base.
 *
 * Frozen history: the tables that get triggers are the werkgroep tables at schema version 17,
 * read from the file itself (the schema check guarantees that it is exactly that schema). A later
 * migration that adds a column must recreate that table's triggers.
 */

const NIET_GEVOLGD = new Set(['schema_migratie', 'kandidaat_stand']);

/** The current change id, built from the clock row. */
const HUIDIG_ID = `(SELECT tijd || '-' || printf('%08d', teller) || '@' || apparaat FROM replica)`;
const ACTIEF = '(SELECT stil FROM replica) = 0';

function triggers(tabel: string, kolommen: readonly string[]): string {
  const velden = kolommen.filter((k) => k !== 'updated_at');
  const rij = (bron: 'NEW' | 'OLD', alleenGewijzigd: boolean) =>
    velden
      .map(
        (k) =>
          `SELECT '${k}' AS veld, ${bron}.${k} AS waarde` +
          (alleenGewijzigd ? ` WHERE OLD.${k} IS NOT NEW.${k}` : ''),
      )
      .join(' UNION ALL ');
  const vanRij = (rijId: string) => `tabel = '${tabel}' AND rij_id = ${rijId}`;
  return `
    CREATE TRIGGER wl_${tabel}_nieuw AFTER INSERT ON ${tabel} WHEN ${ACTIEF} BEGIN
      UPDATE replica SET teller = teller + 1;
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders, kop)
        SELECT '${tabel}', NEW.id, v.veld, ${HUIDIG_ID}, v.waarde, '[]', 1 FROM (${rij('NEW', false)}) v;
    END;
    CREATE TRIGGER wl_${tabel}_gewijzigd AFTER UPDATE ON ${tabel} WHEN ${ACTIEF} BEGIN
      UPDATE replica SET teller = teller + 1;
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders, kop)
        SELECT '${tabel}', OLD.id, v.veld, OLD.updated_at || '-00000000@basis', v.waarde, '[]', 1
          FROM (${rij('OLD', false)}) v
         WHERE NOT EXISTS (SELECT 1 FROM veldwijziging WHERE ${vanRij('OLD.id')});
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders, kop)
        SELECT '${tabel}', NEW.id, v.veld, ${HUIDIG_ID}, v.waarde,
               (SELECT json_group_array(k.id) FROM veldwijziging k
                 WHERE k.tabel = '${tabel}' AND k.rij_id = NEW.id AND k.veld = v.veld AND k.kop = 1), 2
          FROM (${rij('NEW', true)}) v;
      UPDATE veldwijziging SET kop = 0, waarde = NULL WHERE ${vanRij('NEW.id')} AND kop = 1
         AND veld IN (SELECT veld FROM veldwijziging WHERE ${vanRij('NEW.id')} AND kop = 2);
      UPDATE veldwijziging SET kop = 1 WHERE ${vanRij('NEW.id')} AND kop = 2;
    END;
    CREATE TRIGGER wl_${tabel}_weg AFTER DELETE ON ${tabel} WHEN ${ACTIEF} BEGIN
      UPDATE replica SET teller = teller + 1;
      DELETE FROM veldwijziging WHERE ${vanRij('OLD.id')};
      INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders, kop)
        VALUES ('${tabel}', OLD.id, '*', ${HUIDIG_ID}, NULL, '[]', 1);
    END;`;
}

export const m018Wijzigingslog: Migration = {
  versie: 18,
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
        kop INTEGER NOT NULL DEFAULT 1 CHECK (kop IN (0, 1, 2)),
        PRIMARY KEY (tabel, rij_id, veld, id)
      ) WITHOUT ROWID;
      CREATE TABLE replica (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        apparaat TEXT NOT NULL,
        tijd TEXT NOT NULL,
        teller INTEGER NOT NULL DEFAULT 0,
        stil INTEGER NOT NULL DEFAULT 0 CHECK (stil IN (0, 1))
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
