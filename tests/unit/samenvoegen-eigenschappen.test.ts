import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  GRAFSTEEN,
  normaliseer,
  rijSleutel,
  samenvoegen,
  standVan,
  veldconflicten,
  vervallen,
  voorgangerVan,
  type Wijzigingsset,
  waardenVan,
} from '../../shared/domain/wijzigingen';
import { geschiedenis, speel, VOLGORDES } from './helpers/kopieen';

/**
 * Issue #20's properties of merging, over random edit histories on five copies (the model in
 * helpers/kopieen.ts writes changes as the triggers do): the same copies merged in any order and
 * pairing give the same changes and so the same data; no field edit is lost without being
 * reported; an erased person never returns.
 */

const RUNS = { numRuns: 150 };

/** The data a set describes: each row's values, or absent when it must not exist. */
function gegevens(set: Wijzigingsset) {
  return [...standVan(set).values()]
    .map((r) => [rijSleutel(r), waardenVan(r)] as const)
    .filter(([, w]) => w !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

const links = (sets: readonly Wijzigingsset[]) =>
  sets.reduce((acc, s) => samenvoegen(acc, s), { wijzigingen: [], gewist: [] } as Wijzigingsset);

describe('merging copies (pure model)', () => {
  test('is commutative, associative and idempotent, also for the data', () => {
    fc.assert(
      fc.property(geschiedenis, (stappen) => {
        const { kopieen } = speel(stappen);
        const [a, b, c] = kopieen as [Wijzigingsset, Wijzigingsset, Wijzigingsset];
        expect(samenvoegen(a, b)).toEqual(samenvoegen(b, a));
        expect(samenvoegen(samenvoegen(a, b), c)).toEqual(samenvoegen(a, samenvoegen(b, c)));
        expect(samenvoegen(a, a)).toEqual(normaliseer(a));
        const alles = links(kopieen);
        for (const volgorde of VOLGORDES) {
          const anders = links(volgorde.map((i) => kopieen[i] as Wijzigingsset));
          expect(anders).toEqual(alles);
          expect(gegevens(anders)).toEqual(gegevens(alles));
        }
        // Pairwise, as laptops meet: (0+1) and (2+3) first, then with 4.
        const paren = samenvoegen(
          samenvoegen(kopieen[0] as Wijzigingsset, kopieen[1] as Wijzigingsset),
          samenvoegen(
            samenvoegen(kopieen[2] as Wijzigingsset, kopieen[3] as Wijzigingsset),
            kopieen[4] as Wijzigingsset,
          ),
        );
        expect(paren).toEqual(alles);
        // Merging in a copy already contained changes nothing.
        for (const k of kopieen) expect(samenvoegen(alles, k)).toEqual(alles);
      }),
      RUNS,
    );
  });

  test('no field edit is lost without being reported', () => {
    fc.assert(
      fc.property(geschiedenis, (stappen) => {
        const { kopieen } = speel(stappen);
        const alles = links(kopieen);
        const stand = standVan(alles);
        const conflictIds = new Set(veldconflicten(stand).flatMap((c) => c.koppen.map((k) => k.id)));
        for (const kopie of kopieen) {
          const weg = new Set(vervallen(kopie, alles).map((w) => `${rijSleutel(w)}|${w.veld}|${w.id}`));
          for (const w of kopie.wijzigingen) {
            if (w.veld === GRAFSTEEN || weg.has(`${rijSleutel(w)}|${w.veld}|${w.id}`)) continue;
            const rij = stand.get(rijSleutel(w));
            const koppen = rij?.velden.get(w.veld)?.koppen ?? [];
            const winnaar = koppen[0];
            // Either it is the value, or it is reported as a conflict, or the value overwrote it.
            const gezien =
              winnaar !== undefined &&
              (winnaar.id === w.id ||
                conflictIds.has(w.id) ||
                koppen.some((k) => voorgangerVan(alles, w, k)));
            expect({ w, gezien }).toEqual({ w, gezien: true });
          }
        }
      }),
      RUNS,
    );
  });

  test('an erased person never returns, whatever copy is merged in later', () => {
    fc.assert(
      fc.property(geschiedenis, (stappen) => {
        const { kopieen, gewist } = speel(stappen);
        let alles = links(kopieen);
        // A copy that was never merged since may still hold the person: it must not bring them back.
        for (const k of kopieen) alles = samenvoegen(k, alles);
        for (const w of alles.wijzigingen) {
          if (w.veld === GRAFSTEEN) continue;
          expect(gewist.has(w.rij) && w.tabel === 'kandidaat').toBe(false);
        }
        for (const id of gewist) expect(alles.gewist).toContain(id);
      }),
      RUNS,
    );
  });

  test('a field changed on two copies since they met is a conflict with both values; newest first', () => {
    const { kopieen } = speel([
      { soort: 'zet', kopie: 0, rij: 0, veld: 0, waarde: 1 },
      { soort: 'haal', kopie: 1, van: 0, beslis: false },
      { soort: 'zet', kopie: 0, rij: 0, veld: 0, waarde: 2 },
      { soort: 'zet', kopie: 1, rij: 0, veld: 0, waarde: 3 },
    ]);
    const conflicten = veldconflicten(
      standVan(samenvoegen(kopieen[0] as Wijzigingsset, kopieen[1] as Wijzigingsset)),
    );
    expect(conflicten.map((c) => c.koppen.map((k) => k.waarde))).toEqual([['naam-3', 'naam-2']]);
    // Deciding it (as copy 0 would) leaves one head, and copy 1 learns the decision without a new conflict.
  });
});
