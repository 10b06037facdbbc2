import fc from 'fast-check';
import {
  GRAFSTEEN,
  normaliseer,
  samenvoegen,
  standVan,
  veldconflicten,
  type Wijziging,
  type Wijzigingsset,
} from '../../../shared/domain/wijzigingen';

/**
 * A model of five copies of one werkgroep edited offline: each copy writes changes the way the
 * triggers of migration 018 do (ouders = the field's heads in that copy), and now and then one
 * copy merges another in (deciding a conflict or leaving it open). The histories are random.
 */

export const KOPIEEN = 5;
const RIJEN = ['r1', 'r2', 'r3', 'k1', 'k2'];
const VELDEN = ['naam', 'telefoon'];

export type Stap =
  | { soort: 'zet'; kopie: number; rij: number; veld: number; waarde: number }
  | { soort: 'weg'; kopie: number; rij: number }
  | { soort: 'wis'; kopie: number; kandidaat: number }
  | { soort: 'haal'; kopie: number; van: number; beslis: boolean };

export const stap: fc.Arbitrary<Stap> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      soort: fc.constant('zet' as const),
      kopie: fc.nat(KOPIEEN - 1),
      rij: fc.nat(RIJEN.length - 1),
      veld: fc.nat(VELDEN.length - 1),
      waarde: fc.nat(9),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ soort: fc.constant('weg' as const), kopie: fc.nat(KOPIEEN - 1), rij: fc.nat(2) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      soort: fc.constant('wis' as const),
      kopie: fc.nat(KOPIEEN - 1),
      kandidaat: fc.nat(1),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      soort: fc.constant('haal' as const),
      kopie: fc.nat(KOPIEEN - 1),
      van: fc.nat(KOPIEEN - 1),
      beslis: fc.boolean(),
    }),
  },
);

export const geschiedenis = fc.array(stap, { minLength: 1, maxLength: 40 });

/** Plays a history; returns the five copies' change sets and the erased candidate ids. */
export function speel(stappen: readonly Stap[]): { kopieen: Wijzigingsset[]; gewist: Set<string> } {
  const kopieen: Wijzigingsset[] = Array.from({ length: KOPIEEN }, () => ({ wijzigingen: [], gewist: [] }));
  let klok = 0;
  const nieuwId = (kopie: number) => `2026-01-01T00:00:00.000Z-${String(++klok).padStart(8, '0')}@w${kopie}`;
  const gewist = new Set<string>();
  const voegToe = (kopie: number, extra: Wijziging[], extraGewist: string[] = []) => {
    const k = kopieen[kopie] as Wijzigingsset;
    kopieen[kopie] = normaliseer({
      wijzigingen: [...k.wijzigingen, ...extra],
      gewist: [...k.gewist, ...extraGewist],
    });
  };
  for (const s of stappen) {
    const k = kopieen[s.kopie] as Wijzigingsset;
    if (s.soort === 'zet') {
      const rij = RIJEN[s.rij] as string;
      const tabel = rij.startsWith('k') ? 'kandidaat' : 'organisatie';
      const veld = VELDEN[s.veld] as string;
      const stand = standVan(k).get(`${tabel}\u0000${rij}`);
      if (stand?.weg) continue;
      const koppen = stand?.velden.get(veld)?.koppen ?? [];
      voegToe(s.kopie, [
        {
          tabel,
          rij,
          veld,
          id: nieuwId(s.kopie),
          waarde: `${veld}-${s.waarde}`,
          ouders: koppen.map((w) => w.id),
        },
      ]);
    } else if (s.soort === 'weg') {
      const rij = RIJEN[s.rij] as string;
      voegToe(s.kopie, [
        { tabel: 'organisatie', rij, veld: GRAFSTEEN, id: nieuwId(s.kopie), waarde: null, ouders: [] },
      ]);
    } else if (s.soort === 'wis') {
      const id = `k${s.kandidaat + 1}`;
      gewist.add(id);
      voegToe(s.kopie, [], [id]);
    } else {
      const samen = samenvoegen(k, kopieen[s.van] as Wijzigingsset);
      const besluiten = s.beslis
        ? veldconflicten(standVan(samen)).map((c) => ({
            tabel: c.tabel,
            rij: c.rij,
            veld: c.veld,
            id: nieuwId(s.kopie),
            waarde: c.koppen[c.koppen.length - 1]?.waarde ?? null,
            ouders: c.koppen.map((w) => w.id),
          }))
        : [];
      kopieen[s.kopie] = samen;
      voegToe(s.kopie, besluiten);
    }
  }
  return { kopieen, gewist };
}

/** Every permutation of 0..n-1 would be 120 for five; a few fixed orders and pairings suffice. */
export const VOLGORDES: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [2, 0, 4, 1, 3],
  [1, 3, 0, 4, 2],
];
