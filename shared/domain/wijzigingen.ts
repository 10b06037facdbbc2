/**
 * The merge of werkgroep copies as a pure function of their change sets (docs/SAMENWERKEN.md).
 *
 * A change sets one field of one row. Its id is `<hlc>@<writer>`: fixed-width, so comparing ids as
 * text orders them by time, then writer; one writer's changes are sequential. `ouders` is what the
 * change had seen of that field when it was made: per writer, the newest change of that field it
 * overwrote (that writer's older changes of the field are implied). A change overwrites another of
 * its field when that one is in what it had seen (`overschrijft`). So a set never needs overwritten
 * changes: the normal form keeps only each field's heads, the changes nothing present overwrote, and
 * the log holds no history at all. The value is that of the greatest head; more than one head is a
 * conflict the user decides. Field `*` is a row's tombstone (a delete is final: ids are never
 * reused). An erased candidate's id in `gewist` drops every change of their rows, from any copy.
 *
 * A writer is one opened copy (a session). `lijnen` maps a writer to the change the file it opened
 * was at (its start): the new session had seen everything that change had, so `ouders` leaves out
 * what a writer's start already implies, and what one copy's sessions saw takes one entry, not one
 * per session.
 *
 * Because the merged set is the union of the sets, normalised by rules that look only at that
 * union, merging is commutative, associative and idempotent (tests/unit/samenvoegen-eigenschappen).
 */

export type Waarde = string | number | null | Uint8Array;

export interface Wijziging {
  tabel: string;
  rij: string;
  veld: string;
  id: string;
  waarde: Waarde;
  ouders: readonly string[];
}

export interface Wijzigingsset {
  wijzigingen: readonly Wijziging[];
  /** Ids of erased candidates. */
  gewist: readonly string[];
  /** Writer → the change id its session started from. */
  lijnen?: Readonly<Record<string, string>>;
}

export type Lijnen = Readonly<Record<string, string>>;

export const GRAFSTEEN = '*';
/** The writer of a row's base: its state before the change log existed (migration 019). */
export const BASIS = 'basis';

const SCHEIDING = '\u0000';
export const rijSleutel = (w: { tabel: string; rij: string }) => w.tabel + SCHEIDING + w.rij;
export const uitRijSleutel = (k: string) => {
  const i = k.indexOf(SCHEIDING);
  return { tabel: k.slice(0, i), rij: k.slice(i + 1) };
};
const veldSleutel = (w: Wijziging) => rijSleutel(w) + SCHEIDING + w.veld;
const sleutel = (w: Wijziging) => veldSleutel(w) + SCHEIDING + w.id;

export const apparaatVan = (id: string) => id.slice(id.indexOf('@') + 1);
/** The ISO time of a change (the hlc's wall-clock part). */
export const tijdVan = (id: string) => id.slice(0, id.indexOf('@')).replace(/-\d{8}$/, '');

/** The base change id of a row last changed at `updatedAt` before the log existed. */
export const basisId = (updatedAt: string) => `${updatedAt}-00000000@${BASIS}`;

const tekst = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const later = (a: string | undefined, b: string) => (a === undefined || b > a ? b : a);

/**
 * What the given ids had seen, per writer the newest id: each id itself, and through each writer's
 * start the sessions before it (a start of an unknown writer is simply not followed).
 */
export function gezienVia(ids: readonly string[], lijnen: Lijnen): Map<string, string> {
  const gezien = new Map<string, string>();
  for (const id of ids) {
    const w = apparaatVan(id);
    gezien.set(w, later(gezien.get(w), id));
  }
  const gevolgd = new Set<string>();
  const stapel = [...gezien.keys()];
  while (stapel.length > 0) {
    const w = stapel.pop() as string;
    if (gevolgd.has(w)) continue;
    gevolgd.add(w);
    const begin = lijnen[w];
    if (!begin) continue;
    const v = apparaatVan(begin);
    gezien.set(v, later(gezien.get(v), begin));
    stapel.push(v);
  }
  return gezien;
}

/** Whether change `d` overwrote change `e` of the same field: `e` is in what `d` had seen. */
export function overschrijft(d: Wijziging, e: Wijziging, lijnen: Lijnen): boolean {
  if (d.id === e.id) return false;
  // Bases are no writer's sequence: two copies of a row that differed before the log existed each
  // have their own, and neither saw the other.
  if (apparaatVan(e.id) === BASIS) return d.ouders.includes(e.id);
  const tot = gezienVia([d.id, ...d.ouders], lijnen).get(apparaatVan(e.id));
  return tot !== undefined && e.id <= tot;
}

/**
 * The shortest `ouders` meaning the same: per writer the newest, without what the change itself
 * or another entry implies (its own writer's older changes, a session's predecessors).
 */
export function snoei(id: string, ouders: readonly string[], lijnen: Lijnen): string[] {
  if (ouders.length === 0) return [];
  const eigen = apparaatVan(id);
  const nieuwst = new Map<string, string>();
  for (const o of ouders) {
    const w = apparaatVan(o);
    // Every base seen stays: bases do not imply one another.
    if (w === BASIS) nieuwst.set(o, o);
    else if (w !== eigen) nieuwst.set(w, later(nieuwst.get(w), o));
  }
  // What the sessions' starts imply: an entry they cover says nothing more.
  const begins = [eigen, ...nieuwst.keys()].flatMap((w) => (lijnen[w] ? [lijnen[w]] : []));
  // (A base is never a session's start, so the filter below keeps every base.)
  const geimpliceerd = gezienVia(begins, lijnen);
  return [...nieuwst.values()]
    .filter((o) => {
      const tot = geimpliceerd.get(apparaatVan(o));
      return tot === undefined || o > tot;
    })
    .sort();
}

/** What a change overwriting all of `koppen` had seen of their field. */
export function oudersVan(id: string, koppen: readonly Wijziging[], lijnen: Lijnen): string[] {
  return snoei(
    id,
    koppen.flatMap((k) => [k.id, ...k.ouders]),
    lijnen,
  );
}

/** A candidate's rows: their own row, and every row whose `kandidaat_id` is theirs. */
function vanGewisten(wijzigingen: readonly Wijziging[], gewist: ReadonlySet<string>): Set<string> {
  const rijen = new Set<string>();
  for (const w of wijzigingen) {
    if (w.tabel === 'kandidaat' && gewist.has(w.rij)) rijen.add(rijSleutel(w));
    if (w.veld === 'kandidaat_id' && typeof w.waarde === 'string' && gewist.has(w.waarde))
      rijen.add(rijSleutel(w));
  }
  return rijen;
}

/** The heads of one field's changes: those no other of them overwrote. */
function koppenVan(veld: readonly Wijziging[], lijnen: Lijnen): Wijziging[] {
  if (veld.length < 2) return [...veld];
  return veld.filter((e) => !veld.some((d) => overschrijft(d, e, lijnen)));
}

function perVeld(wijzigingen: readonly Wijziging[]): Map<string, Wijziging[]> {
  const velden = new Map<string, Wijziging[]>();
  for (const w of wijzigingen) {
    const k = veldSleutel(w);
    const lijst = velden.get(k);
    if (lijst) lijst.push(w);
    else velden.set(k, [w]);
  }
  return velden;
}

/**
 * The normal form of a change set: one change per id, its `ouders` in their shortest form; an
 * erased person's field changes and a deleted row's field changes gone (a tombstone stays); of
 * each field only its heads. Sorted, so equal sets are equal arrays.
 */
export function normaliseer(set: Wijzigingsset): Wijzigingsset {
  const gewist = new Set(set.gewist);
  const lijnen = Object.fromEntries(Object.entries(set.lijnen ?? {}).sort(([a], [b]) => tekst(a, b)));
  const perId = new Map<string, Wijziging>();
  for (const w of set.wijzigingen) {
    const k = sleutel(w);
    const eerder = perId.get(k);
    if (!eerder || (eerder.waarde === null && w.waarde !== null))
      perId.set(k, w.ouders.length === 0 ? w : { ...w, ouders: snoei(w.id, w.ouders, lijnen) });
  }
  const alle = [...perId.values()];
  const gewisteRijen = vanGewisten(alle, gewist);
  const weg = new Set(alle.filter((w) => w.veld === GRAFSTEEN).map(rijSleutel));
  // Sorted by key once (keys computed once: a large file has hundreds of thousands of changes), so
  // one field's changes are adjacent.
  const vervalt = weg.size + gewisteRijen.size > 0;
  const blijft = [...perId]
    .filter(
      ([, w]) =>
        !vervalt || w.veld === GRAFSTEEN || (!weg.has(rijSleutel(w)) && !gewisteRijen.has(rijSleutel(w))),
    )
    .sort(([a], [b]) => tekst(a, b));
  const wijzigingen: Wijziging[] = [];
  for (let i = 0; i < blijft.length; ) {
    const eerste = blijft[i]?.[1] as Wijziging;
    let j = i + 1;
    while (j < blijft.length && zelfdeVeld(blijft[j]?.[1] as Wijziging, eerste)) j++;
    if (j === i + 1) wijzigingen.push(eerste);
    else
      wijzigingen.push(
        ...koppenVan(
          blijft.slice(i, j).map(([, w]) => w),
          lijnen,
        ),
      );
    i = j;
  }
  return { wijzigingen, gewist: [...gewist].sort(), lijnen };
}

const zelfdeVeld = (a: Wijziging, b: Wijziging) =>
  a.veld === b.veld && a.rij === b.rij && a.tabel === b.tabel;

/** The merge of any number of copies: the normal form of their union. */
export function samenvoegen(...sets: readonly Wijzigingsset[]): Wijzigingsset {
  return normaliseer({
    wijzigingen: sets.flatMap((s) => s.wijzigingen),
    gewist: sets.flatMap((s) => s.gewist),
    lijnen: Object.assign({}, ...sets.map((s) => s.lijnen ?? {})),
  });
}

export interface Veldstand {
  /** The heads, newest first; the first is the value. */
  koppen: Wijziging[];
}

export interface Rijstand {
  tabel: string;
  rij: string;
  /** Deleted (a tombstone) or erased: the row must not exist. */
  weg: boolean;
  velden: Map<string, Veldstand>;
}

/** Every row of a set with the heads of each field. */
export function standVan(set: Wijzigingsset): Map<string, Rijstand> {
  const lijnen = set.lijnen ?? {};
  const gewisteRijen = vanGewisten(set.wijzigingen, new Set(set.gewist));
  const rijen = new Map<string, Rijstand>();
  for (const veld of perVeld(set.wijzigingen).values()) {
    const w = veld[0] as Wijziging;
    const rk = rijSleutel(w);
    let rij = rijen.get(rk);
    if (!rij) {
      rij = { tabel: w.tabel, rij: w.rij, weg: gewisteRijen.has(rk), velden: new Map() };
      rijen.set(rk, rij);
    }
    if (w.veld === GRAFSTEEN) {
      rij.weg = true;
      continue;
    }
    rij.velden.set(w.veld, { koppen: koppenVan(veld, lijnen).sort((a, b) => tekst(b.id, a.id)) });
  }
  return rijen;
}

/** A field both copies changed since they last met: the user chooses one head's value. */
export interface Veldconflict {
  tabel: string;
  rij: string;
  veld: string;
  /** Newest first; the default (newest wins) is the first. */
  koppen: Wijziging[];
}

export function veldconflicten(stand: Map<string, Rijstand>): Veldconflict[] {
  const conflicten: Veldconflict[] = [];
  for (const rij of stand.values()) {
    if (rij.weg) continue;
    for (const [veld, v] of rij.velden)
      if (v.koppen.length > 1) conflicten.push({ tabel: rij.tabel, rij: rij.rij, veld, koppen: v.koppen });
  }
  return conflicten.sort((a, b) => tekst(a.tabel + a.rij + a.veld, b.tabel + b.rij + b.veld));
}

/** The row's values (the winning head of each field); undefined for a row that must not exist. */
export function waardenVan(rij: Rijstand): Record<string, Waarde> | undefined {
  if (rij.weg) return undefined;
  return Object.fromEntries([...rij.velden].map(([veld, v]) => [veld, v.koppen[0]?.waarde ?? null]));
}

/** The change that decides a conflict: `waarde` overwrites every head. */
export function beslissing(
  conflict: Veldconflict,
  waarde: Waarde,
  id: string,
  lijnen: Lijnen = {},
): Wijziging {
  return {
    tabel: conflict.tabel,
    rij: conflict.rij,
    veld: conflict.veld,
    id,
    waarde,
    ouders: oudersVan(id, conflict.koppen, lijnen),
  };
}

/** A change that sets a field after a merge (a proposal for a unique name, number or link). */
export function overschrijf(
  stand: Map<string, Rijstand>,
  tabel: string,
  rij: string,
  veld: string,
  waarde: Waarde,
  id: string,
  lijnen: Lijnen = {},
): Wijziging {
  const koppen = stand.get(rijSleutel({ tabel, rij }))?.velden.get(veld)?.koppen ?? [];
  return { tabel, rij, veld, id, waarde, ouders: oudersVan(id, koppen, lijnen) };
}

/** What `inkomend` has that `lokaal` lacks: the changes a merge brings in, per table. */
export function nieuwIn(lokaal: Wijzigingsset, inkomend: Wijzigingsset): Wijziging[] {
  const bekend = new Set(lokaal.wijzigingen.map(sleutel));
  return inkomend.wijzigingen.filter((w) => !bekend.has(sleutel(w)));
}

/** Field changes of `voor` that lapse in the merged set `na`: their row was deleted or its person erased. */
export function vervallen(
  voor: Wijzigingsset,
  na: Wijzigingsset,
  stand: Map<string, Rijstand> = standVan(na),
): Wijziging[] {
  return voor.wijzigingen.filter((w) => {
    if (w.veld === GRAFSTEEN) return false;
    const rij = stand.get(rijSleutel(w));
    return rij === undefined || rij.weg;
  });
}

/** Whether change `w` is the head `kop` or was overwritten by it (so it was seen, not lost). */
export function voorgangerVan(set: Wijzigingsset, w: Wijziging, kop: Wijziging): boolean {
  return w.id === kop.id || overschrijft(kop, w, set.lijnen ?? {});
}
