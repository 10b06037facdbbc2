import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alsBinnenkomend, isWeggelaten } from '../../shared/domain/persoonsgegevens';
import {
  basisId,
  beslissing,
  GRAFSTEEN,
  normaliseer,
  rijSleutel,
  samenvoegen,
  standVan,
  type Veldconflict,
  veldconflicten,
  vervallen,
  voorgangerVan,
  type Wijzigingsset,
  waardenVan,
} from '../../shared/domain/wijzigingen';
import {
  alsKopieZonderPersoonsgegevens,
  geschiedenis,
  KOPIEEN,
  MODEL,
  type Stap,
  speel,
  stap,
  VOLGORDES,
  zetIn,
} from './helpers/kopieen';
import * as oud from './helpers/wijzigingen-oud';

/**
 * Issue #20's properties of merging, over random edit histories on five copies (the model in
 * helpers/kopieen.ts writes changes as the triggers do): the same copies merged in any order and
 * pairing give the same changes and so the same data; no field edit is lost without being
 * reported; an erased person never returns. The log keeps only each field's heads (compaction at
 * every write and merge), and that gives the same data and the same conflicts as the engine that
 * kept every overwritten change, while the log stays bounded however many rounds are played.
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

/** The same on the engine from before compaction. */
function oudeGegevens(set: oud.Wijzigingsset) {
  return [...oud.standVan(set).values()]
    .map((r) => [rijSleutel(r), oud.waardenVan(r)] as const)
    .filter(([, w]) => w !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Each open conflict as its field and the ids of its heads. */
const conflicten = (cs: readonly { tabel: string; rij: string; veld: string; koppen: { id: string }[] }[]) =>
  cs.map((c) => `${c.tabel}|${c.rij}|${c.veld}: ${c.koppen.map((k) => k.id).join(' ')}`).sort();

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

  test('compacted, it gives the same data and the same conflicts as the engine that kept all history', () => {
    fc.assert(
      fc.property(geschiedenis, (stappen) => {
        const { kopieen, oud: oude } = speel(stappen);
        const vergelijk = (nu: Wijzigingsset, toen: oud.Wijzigingsset) => {
          expect(gegevens(nu)).toEqual(oudeGegevens(toen));
          expect(conflicten(veldconflicten(standVan(nu)))).toEqual(
            conflicten(oud.veldconflicten(oud.standVan(toen))),
          );
        };
        for (const [i, k] of kopieen.entries()) vergelijk(k, oude[i] as oud.Wijzigingsset);
        // Merged in any order: what a copy compacted away is never missed by another.
        for (const volgorde of VOLGORDES)
          vergelijk(
            links(volgorde.map((i) => kopieen[i] as Wijzigingsset)),
            volgorde.reduce((acc, i) => oud.samenvoegen(acc, oude[i] as oud.Wijzigingsset), {
              wijzigingen: [],
              gewist: [],
            } as oud.Wijzigingsset),
          );
        // Only heads are kept: no change of a copy overwrites another of it.
        for (const k of kopieen)
          for (const rij of standVan(k).values())
            for (const v of rij.velden.values())
              expect(
                k.wijzigingen.filter(
                  (w) => rijSleutel(w) === rijSleutel(rij) && w.veld === v.koppen[0]?.veld,
                ),
              ).toHaveLength(v.koppen.length);
      }),
      RUNS,
    );
  });

  test('the log stays bounded over rounds of edits, new sessions and merges', () => {
    // One round: some edits and sessions on any copy, then everyone meets (copy 0 takes in and
    // decides all, the others take copy 0's result).
    const ontmoeting: Stap[] = [
      ...Array.from({ length: KOPIEEN - 1 }, (_, i) => ({
        soort: 'haal' as const,
        kopie: 0,
        van: i + 1,
        beslis: true,
      })),
      ...Array.from({ length: KOPIEEN - 1 }, (_, i) => ({
        soort: 'haal' as const,
        kopie: i + 1,
        van: 0,
        beslis: false,
      })),
    ];
    const ronde = fc.array(
      stap.filter((s) => s.soort !== 'haal'),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.array(ronde, { minLength: 2, maxLength: 10 }), (rondes) => {
        const stappen: Stap[] = [];
        for (const r of rondes) {
          stappen.push(...r, ...ontmoeting);
          const { kopieen, oud: oude } = speel(stappen);
          const velden = new Set<string>();
          for (const k of kopieen) {
            expect(k).toEqual(kopieen[0]);
            expect(veldconflicten(standVan(k))).toEqual([]);
            for (const w of k.wijzigingen) {
              // One change per field, and what it has seen takes at most one entry per copy.
              const veld = `${rijSleutel(w)}|${w.veld}`;
              if (w.veld !== GRAFSTEEN && k === kopieen[0]) {
                expect(velden.has(veld)).toBe(false);
                velden.add(veld);
              }
              expect(w.ouders.length).toBeLessThanOrEqual(KOPIEEN);
            }
          }
          // The bound, whatever the rounds: the fields that exist (5 rows × 2 fields) and for each of
          // the 3 deletable rows at most one tombstone per copy (copies that deleted it before meeting).
          expect(kopieen[0]?.wijzigingen.length).toBeLessThanOrEqual(5 * 2 + 3 * KOPIEEN);
          expect(gegevens(kopieen[0] as Wijzigingsset)).toEqual(oudeGegevens(oude[0] as oud.Wijzigingsset));
        }
      }),
      { numRuns: 40 },
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

  test("a member's copy without personal data never blanks, changes or receives a withheld field", () => {
    const lidStap = fc.record({
      haal: fc.boolean(),
      van: fc.nat(KOPIEEN - 1),
      rij: fc.nat(MODEL.rijen.length - 1),
      veld: fc.nat(MODEL.velden.length - 1),
      waarde: fc.nat(9),
    });
    const weggelaten = (set: Wijzigingsset) => set.wijzigingen.filter((w) => isWeggelaten(w.tabel, w.veld));
    fc.assert(
      fc.property(geschiedenis, fc.array(lidStap, { maxLength: 15 }), (stappen, lidStappen) => {
        const { kopieen } = speel(stappen);
        // The member's copy is made from copy 4, then edited (also, against the app's refusal, a
        // withheld field) and fed from the full copies.
        let lid = alsKopieZonderPersoonsgegevens(kopieen[4] as Wijzigingsset);
        for (const [i, s] of lidStappen.entries()) {
          if (s.haal) {
            const vol = kopieen[s.van] as Wijzigingsset;
            lid = samenvoegen(lid, alsBinnenkomend(lid, vol, { lokaal: true, ander: false }));
          } else {
            const rij = MODEL.rijen[s.rij] as string;
            const w = { tabel: MODEL.tabel(rij), rij, veld: MODEL.velden[s.veld] as string };
            if (standVan(lid).get(rijSleutel(w))?.weg) continue;
            lid = zetIn(
              lid,
              { ...w, waarde: `lid-${s.waarde}` },
              `2026-02-01T00:00:00.000Z-${String(i).padStart(8, '0')}@lid`,
            );
          }
          // It never holds a withheld value it did not write itself.
          for (const w of weggelaten(lid)) if (!w.id.endsWith('@lid')) expect(w.waarde).toBeNull();
        }
        for (const vol of kopieen) {
          const na = samenvoegen(vol, alsBinnenkomend(vol, lid, { lokaal: false, ander: true }));
          const voor = standVan(vol);
          const daarna = standVan(na);
          for (const [k, rij] of voor) {
            const nu = daarna.get(k);
            // An erasure made on another full copy may reach it through the member: that is no blank.
            if (rij.weg || !nu || nu.weg) continue;
            for (const [veld, v] of rij.velden)
              if (isWeggelaten(rij.tabel, veld)) expect(nu.velden.get(veld)).toEqual(v);
          }
          // No conflict on a withheld field that the full copy did not have already.
          const oud = new Set(conflicten(veldconflicten(voor)));
          for (const c of conflicten(veldconflicten(daarna).filter((c) => isWeggelaten(c.tabel, c.veld))))
            expect(oud.has(c)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('a row that differed before the log existed: the two bases are a conflict, whichever is later', () => {
    const rij = { tabel: 'organisatie', rij: 'r1', veld: 'naam' };
    const b1 = { ...rij, id: basisId('2025-01-01T00:00:00.000Z'), waarde: 'Linde', ouders: [] };
    const b2 = { ...rij, id: basisId('2025-06-01T00:00:00.000Z'), waarde: 'De Linde', ouders: [] };
    const a = { wijzigingen: [b1], gewist: [] };
    const b = { wijzigingen: [b2], gewist: [] };
    expect(veldconflicten(standVan(samenvoegen(a, b))).map((c) => c.koppen.map((k) => k.waarde))).toEqual([
      ['De Linde', 'Linde'],
    ]);
    // A change on copy A saw only A's base: B's base is still a conflict with it.
    const c1 = { ...rij, id: '2026-01-01T00:00:00.000Z-00000001@wa', waarde: 'Linde BV', ouders: [b1.id] };
    const na = samenvoegen({ wijzigingen: [b1, c1], gewist: [] }, b);
    expect(veldconflicten(standVan(na)).map((c) => c.koppen.map((k) => k.id))).toEqual([[c1.id, b2.id]]);
    // Deciding it (on copy A: its own earlier change is implied) passes on both bases, for good.
    const [conflict] = veldconflicten(standVan(na));
    const besluit = beslissing(conflict as Veldconflict, 'Linde BV', '2026-01-02T00:00:00.000Z-00000001@wa');
    expect(besluit.ouders).toEqual([b1.id, b2.id]);
    expect(veldconflicten(standVan(samenvoegen(na, { wijzigingen: [besluit], gewist: [] }, a, b)))).toEqual(
      [],
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
