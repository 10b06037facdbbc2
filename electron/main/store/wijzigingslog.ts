import {
  BASIS,
  basisId,
  GRAFSTEEN,
  type Lijnen,
  rijSleutel,
  standVan,
  tijdVan,
  uitRijSleutel,
  type Waarde,
  type Wijziging,
  type Wijzigingsset,
  waardenVan,
} from '../../../shared/domain/wijzigingen';
import { AppFault } from '../errors';
import { herbouwAfgeleideTabellen } from './afgeleide-tabellen';
import { type Db, ident } from './database';

/** The change log's own tables (migration 019): the machinery of merging, not merged rows. */
export const WIJZIGINGSLOG_TABELLEN = ['veldwijziging', 'replica', 'gewist', 'apparaat'] as const;

/** The tables whose changes are recorded: those with the log's triggers. */
export function gevolgdeTabellen(db: Db): string[] {
  return db
    .all<{ t: string }>(
      `SELECT tbl_name AS t FROM sqlite_master WHERE type = 'trigger' AND name = 'wl_' || tbl_name || '_gewijzigd' ORDER BY t`,
    )
    .map((r) => ident(r.t));
}

export const kolommenVan = (db: Db, tabel: string) =>
  db.all<{ name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid', [tabel]).map((k) => k.name);

/** A row's base id: field `+` of the log. */
export const BASISVELD = '+';

interface Logregel {
  tabel: string;
  rij: string;
  veld: string;
  id: string;
  waarde: Waarde;
  ouders: string;
}

/** Every session's start (writer → the change the file was at when it opened). */
export function leesLijnen(db: Db): Lijnen {
  return Object.fromEntries(
    db
      .all<{ id: string; gezien_tot: string }>(`SELECT id, gezien_tot FROM apparaat WHERE gezien_tot <> ''`)
      .map((a) => [a.id, a.gezien_tot]),
  );
}

/**
 * A copy's change set, rebuilt from the rows and the log: a field with log entries has those as
 * its heads, the greatest with the row's value (the log keeps only the others' values); a field
 * without has the row's base, at the id in the log's `+` entry or, for a row without entries (an
 * insert, a row from before migration 019, one a merge copied in unchanged), at its `updated_at`:
 * exactly what the row's first update records, so copies agree on it.
 *
 * With `alleen` (row keys), only those rows: a merge reads just the rows that differ between the
 * copies (store/samenvoeg-verschil.ts); the erasures and sessions' starts are read whole.
 */
export function leesWijzigingen(db: Db, alleen?: ReadonlySet<string>): Wijzigingsset {
  const log = new Map<string, Logregel[]>();
  for (const r of db.all<Logregel>(
    'SELECT tabel, rij_id AS rij, veld, id, waarde, ouders FROM veldwijziging',
  )) {
    const k = rijSleutel(r);
    if (alleen && !alleen.has(k)) continue;
    const lijst = log.get(k);
    if (lijst) lijst.push(r);
    else log.set(k, [r]);
  }
  const wijzigingen: Wijziging[] = [];
  const bekend = new Set<string>();
  for (const tabel of gevolgdeTabellen(db)) {
    const velden = kolommenVan(db, tabel).filter((k) => k !== 'updated_at');
    for (const rij of rijenUit(db, tabel, alleen)) {
      const k = rijSleutel({ tabel, rij: String(rij.id) });
      bekend.add(k);
      wijzigingen.push(...uitRij(tabel, rij, velden, log.get(k) ?? []));
    }
  }
  // Tombstones (and anything else of a row that is not there).
  for (const [k, regels] of log)
    if (!bekend.has(k))
      for (const r of regels)
        if (r.veld !== BASISVELD) wijzigingen.push({ ...r, ouders: JSON.parse(r.ouders) as string[] });
  const gewist = db.all<{ id: string }>('SELECT id FROM gewist').map((r) => r.id);
  return { wijzigingen, gewist, lijnen: leesLijnen(db) };
}

/** A table's rows (`kolommen` of them): all, or those with a key in `alleen`, by id in chunks. */
function rijenUit(
  db: Db,
  tabel: string,
  alleen: ReadonlySet<string> | undefined,
  kolommen = '*',
): Record<string, Waarde>[] {
  if (!alleen) return db.all<Record<string, Waarde>>(`SELECT ${kolommen} FROM ${tabel}`);
  const ids = [...alleen].map(uitRijSleutel).flatMap((k) => (k.tabel === tabel ? [k.rij] : []));
  const rijen: Record<string, Waarde>[] = [];
  for (let i = 0; i < ids.length; i += 500)
    rijen.push(
      ...db.all<Record<string, Waarde>>(
        `SELECT ${kolommen} FROM ${tabel} WHERE id IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(ids.slice(i, i + 500))],
      ),
    );
  return rijen;
}

function uitRij(
  tabel: string,
  rij: Record<string, Waarde>,
  velden: string[],
  regels: Logregel[],
): Wijziging[] {
  const basis = regels.find((r) => r.veld === BASISVELD)?.id ?? basisId(String(rij.updated_at));
  const id = String(rij.id);
  return velden.flatMap((veld) => {
    const koppen = regels.filter((r) => r.veld === veld).sort((a, b) => (a.id < b.id ? 1 : -1));
    if (koppen.length === 0)
      return [{ tabel, rij: id, veld, id: basis, waarde: rij[veld] ?? null, ouders: [] }];
    return koppen.map((r, i) => ({
      tabel,
      rij: id,
      veld,
      id: r.id,
      waarde: i === 0 ? (rij[veld] ?? null) : r.waarde,
      ouders: JSON.parse(r.ouders) as string[],
    }));
  });
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

/**
 * Moves this copy's clock past every change it has now seen, so its next changes sort after them
 * (`vanaf`: the newest of the changes a merge did not read, being equal in both copies).
 */
export function zieTijden(db: Db, set: Wijzigingsset, vanaf = ''): void {
  let max = vanaf;
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
 *
 * With `alleen`, `samen` covers only those rows (the rows that differed, read with the same
 * `alleen`): only they are written, and every other row and its log entries stay as they are.
 */
export function schrijfSamengevoegd(db: Db, samen: Wijzigingsset, alleen?: ReadonlySet<string>): void {
  if (!db.inTransaction) throw new Error('Samenvoegen hoort in een schrijftransactie.');
  const stand = standVan(samen);
  db.run('PRAGMA defer_foreign_keys = ON');
  db.run('UPDATE replica SET stil = 1');
  const tabellen = gevolgdeTabellen(db);
  for (const tabel of tabellen)
    for (const r of rijenUit(db, tabel, alleen, 'id')) {
      const id = String(r.id);
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
  schrijfLog(db, samen, alleen);
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
 * The log becomes the merged set, in its stored form: per row with a change of its own, its base id
 * (`+`) while a field still has it, and each field's heads, the greatest without its value (the row
 * holds it). A row whose every field is its base keeps nothing: it reads as its base again.
 */
function schrijfLog(db: Db, samen: Wijzigingsset, alleen?: ReadonlySet<string>): void {
  const perRij = new Map<string, Wijziging[]>();
  for (const w of samen.wijzigingen) {
    const k = rijSleutel(w);
    const lijst = perRij.get(k);
    if (lijst) lijst.push(w);
    else perRij.set(k, [w]);
  }
  if (!alleen) db.run('DELETE FROM veldwijziging');
  else
    for (const k of alleen) {
      const { tabel, rij } = uitRijSleutel(k);
      db.run('DELETE FROM veldwijziging WHERE tabel = ? AND rij_id = ?', [tabel, rij]);
    }
  const schrijf = (w: Wijziging, veld: string, waarde: Waarde) =>
    db.run('INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders) VALUES (?, ?, ?, ?, ?, ?)', [
      w.tabel,
      w.rij,
      veld,
      w.id,
      waarde,
      JSON.stringify(w.ouders),
    ]);
  for (const rij of perRij.values()) {
    const eigen = rij.filter((w) => !w.id.endsWith(`@${BASIS}`));
    if (eigen.length === 0) continue;
    const basis = rij.find((w) => w.id.endsWith(`@${BASIS}`));
    if (basis) schrijf({ ...basis, ouders: [] }, BASISVELD, null);
    const grootste = new Map<string, string>();
    for (const w of eigen) if (w.id > (grootste.get(w.veld) ?? '')) grootste.set(w.veld, w.id);
    for (const w of eigen)
      schrijf(w, w.veld, w.veld === GRAFSTEEN || grootste.get(w.veld) === w.id ? null : w.waarde);
  }
  for (const id of samen.gewist)
    db.run('INSERT OR IGNORE INTO gewist (id, wijziging_id) VALUES (?, ?)', [id, 'samengevoegd']);
}
