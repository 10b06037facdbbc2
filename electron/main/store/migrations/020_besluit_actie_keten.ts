import type { Db } from '../database';
import type { Migration } from './types';

/**
 * The chain from decision to action to plan (issue #21): an action can follow from a besluit
 * (`actiepunt.besluit_id`), and an action or a besluit can concern a planning activity
 * (`activiteit_id`). All three are optional. Deleting a besluit or an activity unlinks what pointed
 * at it in the same write (the app's delete path), and undo links it again, as the other deletes do;
 * the rows themselves are only tombstoned, so a link can never point at a missing row.
 *
 * Migration 019 built the change-log triggers of each table from its columns at that version, so
 * the `actiepunt` and `besluit` triggers must be rebuilt to log changes of the new columns. The
 * builder is copied here from 019 rather than imported: a migration imports nothing that runs
 * (tests/unit/migrations-bevroren.test.ts), and a shared builder edited later would rewrite what
 * both migrations did. This copy is frozen as 019 was at version 20.
 */

const HUIDIG_ID = `(SELECT tijd || '-' || printf('%08d', teller) || '@' || apparaat FROM replica)`;
const ACTIEF = '(SELECT stil FROM replica) = 0';
const SCHRIJVER = (id: string) => `substr(${id}, instr(${id}, '@') + 1)`;

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

export const m020BesluitActieKeten: Migration = {
  versie: 20,
  naam: 'besluit_actie_keten',
  up(db: Db) {
    db.exec(`
      ALTER TABLE actiepunt ADD COLUMN besluit_id TEXT REFERENCES besluit (id);
      ALTER TABLE actiepunt ADD COLUMN activiteit_id TEXT REFERENCES planning_activiteit (id);
      ALTER TABLE besluit ADD COLUMN activiteit_id TEXT REFERENCES planning_activiteit (id);
      CREATE INDEX actiepunt_besluit ON actiepunt (besluit_id);
      CREATE INDEX actiepunt_activiteit ON actiepunt (activiteit_id);
      CREATE INDEX besluit_activiteit ON besluit (activiteit_id);
    `);
    for (const tabel of ['actiepunt', 'besluit']) {
      const kolommen = db
        .all<{ name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid', [tabel])
        .map((k) => k.name);
      db.exec(`DROP TRIGGER wl_${tabel}_gewijzigd; DROP TRIGGER wl_${tabel}_weg;`);
      db.exec(triggers(tabel, kolommen));
    }
  },
};
