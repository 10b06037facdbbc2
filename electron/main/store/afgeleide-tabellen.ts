import { type Db, ident } from './database';

/**
 * Tables computed from others, kept by the store (migration 014 created `kandidaat_stand`, its view
 * and its triggers). They are outside the rule that every table has id, timestamps and tombstone:
 * that rule serves merging files later, and a derived table is rebuilt instead of merged. Each has
 * a view `<tabel>_berekend` in the schema that computes it, so the rules live in one place.
 */
export const AFGELEIDE_TABELLEN = ['kandidaat_stand'] as const;

/**
 * Recomputes every derived table from its view, column by column as the table has them now. The
 * save path runs it after a VACUUM, which may renumber rows (and ties between measurements on one
 * date fall by row order).
 */
export function herbouwAfgeleideTabellen(db: Db): void {
  for (const tabel of AFGELEIDE_TABELLEN) {
    const kolommen = db
      .all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [tabel])
      .map((k) => ident(k.name))
      .join(', ');
    db.exec(`DELETE FROM ${tabel};
             INSERT INTO ${tabel} (${kolommen}) SELECT ${kolommen} FROM ${tabel}_berekend;`);
  }
}
