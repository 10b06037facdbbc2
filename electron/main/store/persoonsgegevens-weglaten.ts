import { WEGGELATEN_TABELLEN, WEGGELATEN_VELDEN } from '../../../shared/domain/persoonsgegevens';
import { herbouwAfgeleideTabellen } from './afgeleide-tabellen';
import { type Db, ident } from './database';

/** Whether this file is a copy made without personal data (migration 021). */
export function isZonderPersoonsgegevens(db: Db): boolean {
  return db.get<{ z: number }>('SELECT zonder_persoonsgegevens AS z FROM replica')?.z === 1;
}

/**
 * Turns a database (a fresh copy of the werkgroep's bytes, never the open file) into the copy for a
 * werkgroep member: every withheld field blanked and every withheld row removed
 * (shared/domain/persoonsgegevens.ts), with the change log silenced, so the blanks are no edits and
 * never travel back; the log's own stored values of withheld fields go too (an open conflict's
 * other side may be a name). `updated_at` stays, so the rows keep the base ids the full copies
 * have. The file is marked as partial, and vacuumed: with `secure_delete` the old cells are zeroed,
 * and VACUUM rebuilds every page, so no free page still holds a name.
 */
export function laatPersoonsgegevensWeg(db: Db): void {
  db.transaction(() => {
    db.run('UPDATE replica SET stil = 1');
    for (const [tabel, velden] of Object.entries(WEGGELATEN_VELDEN)) {
      db.run(
        `UPDATE ${ident(tabel)} SET ${velden.map((v) => `${ident(v.veld)} = ?`).join(', ')}`,
        velden.map((v) => v.leeg),
      );
      db.run(
        `UPDATE veldwijziging SET waarde = NULL WHERE tabel = ? AND veld IN (${velden.map(() => '?').join(', ')})`,
        [tabel, ...velden.map((v) => v.veld)],
      );
    }
    for (const tabel of WEGGELATEN_TABELLEN) {
      db.run(`DELETE FROM ${ident(tabel)}`);
      // A tombstone holds only the id; every other entry of these rows would describe a row that
      // is not here.
      db.run(`DELETE FROM veldwijziging WHERE tabel = ? AND veld <> '*'`, [tabel]);
    }
    db.run('UPDATE replica SET stil = 0, zonder_persoonsgegevens = 1');
    herbouwAfgeleideTabellen(db);
  });
  db.vacuum();
  // VACUUM may renumber rows, and ties between measurements on one date fall by row order.
  db.transaction(() => herbouwAfgeleideTabellen(db));
}
