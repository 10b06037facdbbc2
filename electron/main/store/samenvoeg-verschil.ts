import { REGELVELDEN } from '../../../shared/domain/samenvoeg-regels';
import {
  GRAFSTEEN,
  type Rijstand,
  rijSleutel,
  tijdVan,
  type Waarde,
} from '../../../shared/domain/wijzigingen';
import type { Db } from './database';
import { BASISVELD, gevolgdeTabellen, kolommenVan } from './wijzigingslog';

/**
 * Which rows a merge of two copies must read in full (issue #20, docs/SAMENWERKEN.md). A row's
 * change set is a function of its `updated_at` (its base, when it has no log entries) and its log
 * entries (heads with their ids, `ouders` and kept values; a change id fixes its value). So a row
 * with the same `updated_at` and the same entries in both copies has the same change set in both,
 * merges to itself, and need not be materialised. What the comparison reads per row is its id and
 * `updated_at`, and the log (bounded by the changed fields, not by the file).
 *
 * Also read in full, because the merged set of an equal row could still say something:
 * - rows with an open conflict (a field with more than one head): it is shown again;
 * - rows of an erased candidate (their own or by `kandidaat_id`): the erasure drops them.
 *
 * A copy without personal data holds blanks under its full copy's ids (only the log's kept values
 * are cleared, which makes such rows differ); `alsBinnenkomend` lets neither the blank nor the
 * value through, so an equal row that differs only there merges to itself as well.
 */
export interface Verschil {
  /** Row keys (`rijSleutel`) to read in full from both copies. */
  rijen: Set<string>;
  /**
   * The newest change time of the rows left out (the same in both copies): the merge moves the
   * clock past it, as it does past every change it read.
   */
  laatst: string;
}

interface Logrij {
  veld: string;
  id: string;
  ouders: string;
  waarde: Waarde;
}

/** The log per row, each row as one comparable text of its entries. */
function logPerRij(db: Db): Map<string, { tekst: string; regels: Logrij[] }> {
  const rijen = new Map<string, { tekst: string; regels: Logrij[] }>();
  for (const r of db.all<Logrij & { tabel: string; rij: string }>(
    'SELECT tabel, rij_id AS rij, veld, id, ouders, waarde FROM veldwijziging ORDER BY tabel, rij_id, veld, id',
  )) {
    const k = rijSleutel(r);
    const deel = [r.veld, r.id, r.ouders, alsTekst(r.waarde)].join('\u0001');
    const rij = rijen.get(k);
    if (rij) {
      rij.tekst += `\u0002${deel}`;
      rij.regels.push(r);
    } else rijen.set(k, { tekst: deel, regels: [r] });
  }
  return rijen;
}

const alsTekst = (w: Waarde) =>
  w instanceof Uint8Array ? `b:${Buffer.from(w).toString('base64')}` : `${typeof w}:${String(w)}`;

/** Whether a row's entries hold an open conflict: a field with more than one head. */
function heeftConflict(regels: readonly Logrij[]): boolean {
  const velden = new Set<string>();
  for (const r of regels) {
    if (r.veld === BASISVELD || r.veld === GRAFSTEEN) continue;
    if (velden.has(r.veld)) return true;
    velden.add(r.veld);
  }
  return false;
}

const idEnTijd = (db: Db, tabel: string) =>
  new Map(
    db.all<{ id: string; t: string }>(`SELECT id, updated_at AS t FROM ${tabel}`).map((r) => [r.id, r.t]),
  );

export function verschil(db: Db, andere: Db): Verschil {
  const rijen = new Set<string>();
  const logA = logPerRij(db);
  const logB = logPerRij(andere);
  for (const [k, a] of logA) {
    const b = logB.get(k);
    if (b?.tekst !== a.tekst || heeftConflict(a.regels)) rijen.add(k);
  }
  for (const [k, b] of logB) if (!logA.has(k) || heeftConflict(b.regels)) rijen.add(k);

  const tabellenB = new Set(gevolgdeTabellen(andere));
  const aanwezig = new Set<string>();
  let laatst = '';
  for (const tabel of gevolgdeTabellen(db)) {
    const a = idEnTijd(db, tabel);
    const b = tabellenB.has(tabel) ? idEnTijd(andere, tabel) : new Map<string, string>();
    tabellenB.delete(tabel);
    for (const [id, t] of a) if (b.get(id) !== t) rijen.add(rijSleutel({ tabel, rij: id }));
    for (const id of b.keys()) if (!a.has(id)) rijen.add(rijSleutel({ tabel, rij: id }));
    const velden = kolommenVan(db, tabel).filter((k) => k !== 'updated_at').length;
    for (const [id, t] of a) {
      const k = rijSleutel({ tabel, rij: id });
      aanwezig.add(k);
      if (rijen.has(k)) continue;
      const eigen = logA.get(k)?.regels;
      const tijd = eigen ? nieuwsteVanRij(eigen, velden) : t;
      if (tijd > laatst) laatst = tijd;
    }
  }
  // A table only the other copy tracks: all its rows are new here.
  for (const tabel of tabellenB)
    for (const id of idEnTijd(andere, tabel).keys()) rijen.add(rijSleutel({ tabel, rij: id }));
  // Rows no longer there (tombstones) that are equal in both: their entries are changes too.
  for (const [k, a] of logA)
    if (!aanwezig.has(k) && !rijen.has(k))
      for (const r of a.regels) if (r.veld !== BASISVELD && tijdVan(r.id) > laatst) laatst = tijdVan(r.id);

  for (const k of rijenVanGewisten(db, andere)) rijen.add(k);
  return { rijen, laatst };
}

/**
 * The newest change of a row with log entries, as the full reading builds it: its heads, and its
 * base (`+`) while a field still has it.
 */
function nieuwsteVanRij(regels: readonly Logrij[], velden: number): string {
  let tijd = '';
  let basis = '';
  const gewijzigd = new Set<string>();
  for (const r of regels) {
    if (r.veld === BASISVELD) basis = tijdVan(r.id);
    else {
      gewijzigd.add(r.veld);
      if (tijdVan(r.id) > tijd) tijd = tijdVan(r.id);
    }
  }
  return gewijzigd.size < velden && basis > tijd ? basis : tijd;
}

/** Rows of a candidate erased in either copy, in either copy (normally none: the erasure deleted them). */
function rijenVanGewisten(db: Db, andere: Db): string[] {
  const gewist = [
    ...new Set([db, andere].flatMap((d) => d.all<{ id: string }>('SELECT id FROM gewist').map((r) => r.id))),
  ];
  if (gewist.length === 0) return [];
  const rijen: string[] = [];
  const lijst = JSON.stringify(gewist);
  for (const d of [db, andere])
    for (const tabel of gevolgdeTabellen(d)) {
      const kolommen = kolommenVan(d, tabel);
      const velden = [
        ...(tabel === 'kandidaat' ? ['id'] : []),
        ...(kolommen.includes('kandidaat_id') ? ['kandidaat_id'] : []),
      ];
      for (const veld of velden)
        for (const r of d.all<{ id: string }>(
          `SELECT id FROM ${tabel} WHERE ${veld} IN (SELECT value FROM json_each(?))`,
          [lijst],
        ))
          rijen.push(rijSleutel({ tabel, rij: r.id }));
    }
  return rijen;
}

/**
 * The stand the unique and link rules need (shared/domain/samenvoeg-regels.ts): the merged stand of
 * the rows read, and of every other row of the rules' tables the fields they read (equal in both
 * copies, so read from this one), and the tombstones left out.
 */
export function regelstand(db: Db, stand: Map<string, Rijstand>, gelezen: ReadonlySet<string>) {
  const volledig = new Map(stand);
  const tabellen = new Set(gevolgdeTabellen(db));
  for (const [tabel, gevraagd] of Object.entries(REGELVELDEN)) {
    if (!tabellen.has(tabel)) continue;
    const bestaand = new Set(kolommenVan(db, tabel));
    const velden = gevraagd.filter((v) => bestaand.has(v));
    for (const r of db.all<Record<string, Waarde>>(`SELECT id, ${velden.join(', ')} FROM ${tabel}`)) {
      const rij = String(r.id);
      const k = rijSleutel({ tabel, rij });
      if (gelezen.has(k)) continue;
      volledig.set(k, {
        tabel,
        rij,
        weg: false,
        // Only the value is read by the rules; no change id is needed.
        velden: new Map(
          velden.map((veld) => [
            veld,
            { koppen: [{ tabel, rij, veld, id: '', waarde: r[veld] ?? null, ouders: [] }] },
          ]),
        ),
      });
    }
    for (const t of db.all<{ rij: string }>(
      'SELECT rij_id AS rij FROM veldwijziging WHERE tabel = ? AND veld = ?',
      [tabel, GRAFSTEEN],
    )) {
      const k = rijSleutel({ tabel, rij: t.rij });
      if (!gelezen.has(k)) volledig.set(k, { tabel, rij: t.rij, weg: true, velden: new Map() });
    }
  }
  return volledig;
}
