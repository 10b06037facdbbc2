/**
 * The merge engine as it was before the log was compacted (parents are the overwritten heads, and
 * every overwritten change stays), kept unchanged as the reference the compacted engine must agree
 * with on data and conflicts (tests/unit/samenvoegen-eigenschappen.test.ts). Do not improve it.
 *
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

import {
  GRAFSTEEN,
  type Rijstand,
  rijSleutel,
  type Veldconflict,
  veldconflicten,
  type Wijziging,
  waardenVan,
} from '../../../shared/domain/wijzigingen';

// Reading heads into conflicts and values is unchanged: shared with the engine.
export { type Veldconflict, veldconflicten, waardenVan };

export interface Wijzigingsset {
  wijzigingen: readonly Wijziging[];
  /** Ids of erased candidates. */
  gewist: readonly string[];
}

const SCHEIDING = '\u0000';
const veldSleutel = (w: Wijziging) => rijSleutel(w) + SCHEIDING + w.veld;
const sleutel = (w: Wijziging) => veldSleutel(w) + SCHEIDING + w.id;

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
