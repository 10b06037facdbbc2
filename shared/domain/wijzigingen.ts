/**
 * The merge of werkgroep copies as a pure function of their change sets (docs/SAMENWERKEN.md).
 *
 * A change sets one field of one row. Its id is `<hlc>@<writer>`: fixed-width, so comparing ids as
 * text orders them by time, then writer. `ouders` are the ids of the changes of that field it
 * overwrote. A field's heads are its changes that no other change overwrote; its value is that of
 * the greatest head, and more than one head is a conflict the user decides. Field `*` is a row's
 * tombstone (a delete is final: ids are never reused). An erased candidate's id in `gewist` drops
 * every change of their rows, from any copy.
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
}

export const GRAFSTEEN = '*';
/** The writer of a row's base: its state before the change log existed (migration 018). */
export const BASIS = 'basis';

const SCHEIDING = '\u0000';
export const rijSleutel = (w: { tabel: string; rij: string }) => w.tabel + SCHEIDING + w.rij;
const veldSleutel = (w: Wijziging) => rijSleutel(w) + SCHEIDING + w.veld;
const sleutel = (w: Wijziging) => veldSleutel(w) + SCHEIDING + w.id;

export const apparaatVan = (id: string) => id.slice(id.indexOf('@') + 1);
/** The ISO time of a change (the hlc's wall-clock part). */
export const tijdVan = (id: string) => id.slice(0, id.indexOf('@')).replace(/-\d{8}$/, '');

/** The base change id of a row last changed at `updatedAt` before the log existed. */
export const basisId = (updatedAt: string) => `${updatedAt}-00000000@${BASIS}`;

const tekst = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/**
 * The normal form of a change set: one change per id; an erased person's field changes and a
 * deleted row's field changes gone (a tombstone stays); heads recomputed, and only heads keep a
 * value. Sorted, so equal sets are equal arrays.
 */
export function normaliseer(set: Wijzigingsset): Wijzigingsset {
  const gewist = new Set(set.gewist);
  const perId = new Map<string, Wijziging>();
  for (const w of set.wijzigingen) {
    const eerder = perId.get(sleutel(w));
    // The same change may come without its value from a copy where it was overwritten.
    if (!eerder || (eerder.waarde === null && w.waarde !== null)) perId.set(sleutel(w), w);
  }
  const alle = [...perId.values()];
  const gewisteRijen = vanGewisten(alle, gewist);
  const weg = new Set(alle.filter((w) => w.veld === GRAFSTEEN).map(rijSleutel));
  const blijft = alle.filter((w) =>
    w.veld === GRAFSTEEN ? true : !weg.has(rijSleutel(w)) && !gewisteRijen.has(rijSleutel(w)),
  );
  const overschreven = new Set<string>();
  for (const w of blijft) for (const ouder of w.ouders) overschreven.add(veldSleutel(w) + SCHEIDING + ouder);
  const wijzigingen = blijft
    .map((w) => (overschreven.has(sleutel(w)) && w.waarde !== null ? { ...w, waarde: null } : w))
    .sort((a, b) => tekst(sleutel(a), sleutel(b)));
  return { wijzigingen, gewist: [...gewist].sort() };
}

/** The merge of any number of copies: the normal form of their union. */
export function samenvoegen(...sets: readonly Wijzigingsset[]): Wijzigingsset {
  return normaliseer({
    wijzigingen: sets.flatMap((s) => s.wijzigingen),
    gewist: sets.flatMap((s) => s.gewist),
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

/** Every row of a normalised set with the heads of each field. */
export function standVan(set: Wijzigingsset): Map<string, Rijstand> {
  const gewisteRijen = vanGewisten(set.wijzigingen, new Set(set.gewist));
  const koppenPerVeld = new Map<string, Set<string>>();
  for (const w of set.wijzigingen)
    for (const o of w.ouders) {
      const k = veldSleutel(w);
      koppenPerVeld.set(k, (koppenPerVeld.get(k) ?? new Set()).add(o));
    }
  const rijen = new Map<string, Rijstand>();
  for (const w of set.wijzigingen) {
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
    if (koppenPerVeld.get(veldSleutel(w))?.has(w.id)) continue;
    const veld = rij.velden.get(w.veld) ?? { koppen: [] };
    veld.koppen.push(w);
    veld.koppen.sort((a, b) => tekst(b.id, a.id));
    rij.velden.set(w.veld, veld);
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
export function beslissing(conflict: Veldconflict, waarde: Waarde, id: string): Wijziging {
  return {
    tabel: conflict.tabel,
    rij: conflict.rij,
    veld: conflict.veld,
    id,
    waarde,
    ouders: conflict.koppen.map((k) => k.id).sort(),
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
): Wijziging {
  const koppen = stand.get(rijSleutel({ tabel, rij }))?.velden.get(veld)?.koppen ?? [];
  return { tabel, rij, veld, id, waarde, ouders: koppen.map((k) => k.id).sort() };
}

/** What `inkomend` has that `lokaal` lacks: the changes a merge brings in, per table. */
export function nieuwIn(lokaal: Wijzigingsset, inkomend: Wijzigingsset): Wijziging[] {
  const bekend = new Set(lokaal.wijzigingen.map(sleutel));
  return inkomend.wijzigingen.filter((w) => !bekend.has(sleutel(w)));
}

/** Changes of `voor` that the merged set dropped (their row was deleted or its person erased). */
export function vervallen(voor: Wijzigingsset, na: Wijzigingsset): Wijziging[] {
  const blijft = new Set(na.wijzigingen.map(sleutel));
  return voor.wijzigingen.filter((w) => !blijft.has(sleutel(w)));
}

/** Whether change `id` of a field is the head or overwritten by it (so it was seen, not lost). */
export function voorgangerVan(set: Wijzigingsset, w: Wijziging, kop: Wijziging): boolean {
  const perId = new Map(
    set.wijzigingen.filter((x) => veldSleutel(x) === veldSleutel(w)).map((x) => [x.id, x] as const),
  );
  const stapel = [kop.id];
  const gezien = new Set<string>();
  while (stapel.length > 0) {
    const id = stapel.pop() as string;
    if (id === w.id) return true;
    if (gezien.has(id)) continue;
    gezien.add(id);
    stapel.push(...(perId.get(id)?.ouders ?? []));
  }
  return false;
}
