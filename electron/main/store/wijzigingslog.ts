import {
  basisId,
  GRAFSTEEN,
  rijSleutel,
  standVan,
  tijdVan,
  type Waarde,
  type Wijziging,
  type Wijzigingsset,
  waardenVan,
} from '../../../shared/domain/wijzigingen';
import { AppFault } from '../errors';
import { herbouwAfgeleideTabellen } from './afgeleide-tabellen';
import { type Db, ident } from './database';

/** The change log's own tables (migration 018): the machinery of merging, not merged rows. */
export const WIJZIGINGSLOG_TABELLEN = ['veldwijziging', 'replica', 'gewist', 'apparaat'] as const;

/** The tables whose changes are recorded: those with the log's triggers. */
export function gevolgdeTabellen(db: Db): string[] {
  return db
    .all<{ t: string }>(
      `SELECT tbl_name AS t FROM sqlite_master WHERE type = 'trigger' AND name = 'wl_' || tbl_name || '_nieuw' ORDER BY t`,
    )
    .map((r) => ident(r.t));
}

const kolommenVan = (db: Db, tabel: string) =>
  db.all<{ name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid', [tabel]).map((k) => k.name);

/**
 * A copy's change set: its recorded changes, plus the base of every row that has none (a row from
 * before migration 018, or one a merge copied in unchanged): each field at the row's `updated_at`
 * by writer `basis`, exactly what the row's first update would record, so copies agree on it.
 */
export function leesWijzigingen(db: Db): Wijzigingsset {
  const wijzigingen: Wijziging[] = db
    .all<{ tabel: string; rij: string; veld: string; id: string; waarde: Waarde; ouders: string }>(
      'SELECT tabel, rij_id AS rij, veld, id, waarde, ouders FROM veldwijziging',
    )
    .map((w) => ({ ...w, ouders: JSON.parse(w.ouders) as string[] }));
  for (const tabel of gevolgdeTabellen(db)) {
    const velden = kolommenVan(db, tabel).filter((k) => k !== 'updated_at');
    const rijen = db.all<Record<string, Waarde>>(
      `SELECT * FROM ${tabel} WHERE id NOT IN (SELECT rij_id FROM veldwijziging WHERE tabel = ?)`,
      [tabel],
    );
    for (const rij of rijen) {
      const id = basisId(String(rij.updated_at));
      for (const veld of velden)
        wijzigingen.push({ tabel, rij: String(rij.id), veld, id, waarde: rij[veld] ?? null, ouders: [] });
    }
  }
  const gewist = db.all<{ id: string }>('SELECT id FROM gewist').map((r) => r.id);
  return { wijzigingen, gewist };
}

/** A fresh change id of this copy's writer (inside a write transaction, after `stelIn`). */
export function nieuwWijzigingId(db: Db): string {
  db.run('UPDATE replica SET teller = teller + 1');
  return String(
    db.get<{ id: string }>(
      `SELECT tijd || '-' || printf('%08d', teller) || '@' || apparaat AS id FROM replica`,
    )?.id,
  );
}

/** Moves this copy's clock past every change it has now seen, so its next changes sort after them. */
export function zieTijden(db: Db, set: Wijzigingsset): void {
  let max = '';
  for (const w of set.wijzigingen) {
    const t = tijdVan(w.id);
    if (t > max) max = t;
  }
  db.run('UPDATE replica SET teller = CASE WHEN ? > tijd THEN 0 ELSE teller END, tijd = MAX(tijd, ?)', [
    max,
    max,
  ]);
}

/**
 * Makes the database hold exactly what a merged (normalised) set describes, without recording it
 * again: rows deleted, erased or missing go, changed rows are updated, new rows inserted (foreign
 * keys are checked at the end of the transaction), and the log becomes the set. Runs inside the
 * caller's write transaction; any failure rolls all of it back.
 */
export function schrijfSamengevoegd(db: Db, samen: Wijzigingsset): void {
  if (!db.inTransaction) throw new Error('Samenvoegen hoort in een schrijftransactie.');
  const stand = standVan(samen);
  db.run('PRAGMA defer_foreign_keys = ON');
  db.run('UPDATE replica SET stil = 1');
  const tabellen = gevolgdeTabellen(db);
  for (const tabel of tabellen)
    for (const { id } of db.all<{ id: string }>(`SELECT id FROM ${tabel}`)) {
      const rij = stand.get(rijSleutel({ tabel, rij: id }));
      if (!rij || rij.weg) db.run(`DELETE FROM ${tabel} WHERE id = ?`, [id]);
    }
  const nieuw: [string, Record<string, Waarde>][] = [];
  const kolommen = new Map(tabellen.map((t) => [t, new Set(kolommenVan(db, t))]));
  for (const rij of stand.values()) {
    const waarden = waardenVan(rij);
    const bekend = kolommen.get(rij.tabel);
    if (!waarden || !bekend) continue;
    let laatst = '';
    for (const v of rij.velden.values())
      if (tijdVan(v.koppen[0]?.id ?? '') > laatst) laatst = tijdVan(v.koppen[0]?.id ?? '');
    const velden = Object.fromEntries(Object.entries(waarden).filter(([k]) => bekend.has(k)));
    const oud = db.get<Record<string, Waarde>>(`SELECT * FROM ${ident(rij.tabel)} WHERE id = ?`, [rij.rij]);
    if (!oud) {
      nieuw.push([rij.tabel, { ...velden, updated_at: laatst }]);
      continue;
    }
    const anders = Object.keys(velden).filter((k) => !gelijk(oud[k] ?? null, velden[k] ?? null));
    if (anders.length > 0)
      db.update(rij.tabel, rij.rij, Object.fromEntries(anders.map((k) => [k, velden[k] ?? null])), laatst);
  }
  for (const [tabel, velden] of nieuw) db.insert(tabel, velden, String(velden.updated_at));
  schrijfLog(db, samen);
  db.run('UPDATE replica SET stil = 0');
  herbouwAfgeleideTabellen(db);
  const fout = db.get<{ table: string }>('PRAGMA foreign_key_check');
  if (fout)
    throw new AppFault(
      'SAMENVOEGEN_MISLUKT',
      `Samenvoegen is niet gelukt: na het samenvoegen verwijst een ${fout.table} naar iets dat er niet meer is. Er is niets gewijzigd.`,
    );
}

function gelijk(a: Waarde, b: Waarde): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array)
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * The log becomes the merged set. A row whose every change is its base is left out: its base is
 * read from the row itself again (`leesWijzigingen`), so the log does not copy every old row.
 */
function schrijfLog(db: Db, samen: Wijzigingsset): void {
  const echt = new Set(samen.wijzigingen.filter((w) => !w.id.endsWith('@basis')).map(rijSleutel));
  const overschreven = new Set(
    samen.wijzigingen.flatMap((w) => w.ouders.map((o) => `${rijSleutel(w)}|${w.veld}|${o}`)),
  );
  db.run('DELETE FROM veldwijziging');
  for (const w of samen.wijzigingen) {
    if (!echt.has(rijSleutel(w))) continue;
    const kop = w.veld === GRAFSTEEN || !overschreven.has(`${rijSleutel(w)}|${w.veld}|${w.id}`) ? 1 : 0;
    db.run(
      'INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders, kop) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [w.tabel, w.rij, w.veld, w.id, w.waarde, JSON.stringify(w.ouders), kop],
    );
  }
  for (const id of samen.gewist)
    db.run('INSERT OR IGNORE INTO gewist (id, wijziging_id) VALUES (?, ?)', [id, 'samengevoegd']);
}
