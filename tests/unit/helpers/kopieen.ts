import fc from 'fast-check';
import { isWeggelaten, leegVoor, WEGGELATEN_TABELLEN } from '../../../shared/domain/persoonsgegevens';
import {
  GRAFSTEEN,
  normaliseer,
  oudersVan,
  rijSleutel,
  samenvoegen,
  standVan,
  type Veldconflict,
  veldconflicten,
  type Wijziging,
  type Wijzigingsset,
} from '../../../shared/domain/wijzigingen';
import * as oud from './wijzigingen-oud';

/**
 * A model of five copies of one werkgroep edited offline: each copy writes changes the way the
 * triggers of migration 019 do (ouders = what the field's heads had seen, plus the heads), now and
 * then one copy merges another in (deciding a conflict or leaving it open), and now and then a
 * copy is closed and opened again (a new writer whose start is where the file was). The histories
 * are random. Every history is also played on the engine from before compaction (every
 * overwritten change kept, parents = the overwritten heads), which the compacted one must match.
 */

export const KOPIEEN = 5;
const RIJEN = ['r1', 'r2', 'r3', 'k1', 'k2'];
const VELDEN = ['naam', 'telefoon'];

export type Stap =
  | { soort: 'zet'; kopie: number; rij: number; veld: number; waarde: number }
  | { soort: 'weg'; kopie: number; rij: number }
  | { soort: 'wis'; kopie: number; kandidaat: number }
  | { soort: 'haal'; kopie: number; van: number; beslis: boolean }
  | { soort: 'sessie'; kopie: number };

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
  {
    weight: 1,
    arbitrary: fc.record({ soort: fc.constant('sessie' as const), kopie: fc.nat(KOPIEEN - 1) }),
  },
);

export const geschiedenis = fc.array(stap, { minLength: 1, maxLength: 40 });

const LEEG: Wijzigingsset = { wijzigingen: [], gewist: [], lijnen: {} };

export interface Gespeeld {
  /** The five copies' change sets (compacted engine). */
  kopieen: Wijzigingsset[];
  /** The same copies on the engine from before compaction. */
  oud: oud.Wijzigingsset[];
  gewist: Set<string>;
}

/** Plays a history on both engines; returns the five copies and the erased candidate ids. */
export function speel(stappen: readonly Stap[]): Gespeeld {
  const kopieen: Wijzigingsset[] = Array.from({ length: KOPIEEN }, () => LEEG);
  const oude: oud.Wijzigingsset[] = Array.from({ length: KOPIEEN }, () => ({ wijzigingen: [], gewist: [] }));
  const schrijver = Array.from({ length: KOPIEEN }, (_, k) => `w${k}s0`);
  const laatste = new Map<string, string>();
  let klok = 0;
  let sessies = 0;
  const nieuwId = (kopie: number) => {
    const id = `2026-01-01T00:00:00.000Z-${String(++klok).padStart(8, '0')}@${schrijver[kopie]}`;
    laatste.set(schrijver[kopie] as string, id);
    return id;
  };
  const gewist = new Set<string>();
  /** Adds changes to a copy: `nieuw` on the compacted engine, `alsOud` its parents on the old one. */
  const voegToe = (kopie: number, nieuw: Wijziging[], alsOud: Wijziging[], extraGewist: string[] = []) => {
    const k = kopieen[kopie] as Wijzigingsset;
    kopieen[kopie] = normaliseer({
      ...k,
      wijzigingen: [...k.wijzigingen, ...nieuw],
      gewist: [...k.gewist, ...extraGewist],
    });
    const o = oude[kopie] as oud.Wijzigingsset;
    oude[kopie] = oud.normaliseer({
      wijzigingen: [...o.wijzigingen, ...alsOud],
      gewist: [...o.gewist, ...extraGewist],
    });
  };
  for (const s of stappen) {
    const k = kopieen[s.kopie] as Wijzigingsset;
    const lijnen = k.lijnen ?? {};
    if (s.soort === 'zet') {
      const rij = RIJEN[s.rij] as string;
      const tabel = rij.startsWith('k') ? 'kandidaat' : 'organisatie';
      const veld = VELDEN[s.veld] as string;
      const stand = standVan(k).get(rijSleutel({ tabel, rij }));
      if (stand?.weg) continue;
      const id = nieuwId(s.kopie);
      const w = { tabel, rij, veld, id, waarde: `${veld}-${s.waarde}` };
      const koppen = stand?.velden.get(veld)?.koppen ?? [];
      const oudeKoppen =
        oud
          .standVan(oude[s.kopie] as oud.Wijzigingsset)
          .get(rijSleutel(w))
          ?.velden.get(veld)?.koppen ?? [];
      voegToe(
        s.kopie,
        [{ ...w, ouders: oudersVan(id, koppen, lijnen) }],
        [{ ...w, ouders: oudeKoppen.map((h) => h.id) }],
      );
    } else if (s.soort === 'weg') {
      const w = {
        tabel: 'organisatie',
        rij: RIJEN[s.rij] as string,
        veld: GRAFSTEEN,
        waarde: null,
        ouders: [],
      };
      // A deleted row is not there to delete again.
      if (standVan(k).get(rijSleutel(w))?.weg) continue;
      const id = nieuwId(s.kopie);
      voegToe(s.kopie, [{ ...w, id }], [{ ...w, id }]);
    } else if (s.soort === 'wis') {
      const id = `k${s.kandidaat + 1}`;
      gewist.add(id);
      voegToe(s.kopie, [], [], [id]);
    } else if (s.soort === 'sessie') {
      // Closed and opened again: a new writer that has seen all the file had.
      const vorige = schrijver[s.kopie] as string;
      const begin = laatste.get(vorige) ?? `2026-01-01T00:00:00.000Z-00000000@${vorige}`;
      schrijver[s.kopie] = `w${s.kopie}s${++sessies}`;
      kopieen[s.kopie] = { ...k, lijnen: { ...lijnen, [schrijver[s.kopie] as string]: begin } };
    } else {
      kopieen[s.kopie] = samenvoegen(k, kopieen[s.van] as Wijzigingsset);
      oude[s.kopie] = oud.samenvoegen(oude[s.kopie] as oud.Wijzigingsset, oude[s.van] as oud.Wijzigingsset);
      if (!s.beslis) continue;
      // Both engines decide the conflicts they see, each with the last head's value, under one id.
      const nu = veldconflicten(standVan(kopieen[s.kopie] as Wijzigingsset));
      const toen = oud.veldconflicten(oud.standVan(oude[s.kopie] as oud.Wijzigingsset));
      const ids = new Map<string, string>();
      for (const c of [...nu, ...toen].sort((a, b) => (conflictSleutel(a) < conflictSleutel(b) ? -1 : 1)))
        if (!ids.has(conflictSleutel(c))) ids.set(conflictSleutel(c), nieuwId(s.kopie));
      const beslis = (c: Veldconflict | oud.Veldconflict, ouders: string[]) => ({
        tabel: c.tabel,
        rij: c.rij,
        veld: c.veld,
        id: ids.get(conflictSleutel(c)) as string,
        waarde: c.koppen[c.koppen.length - 1]?.waarde ?? null,
        ouders,
      });
      const lijnenNu = kopieen[s.kopie]?.lijnen ?? {};
      voegToe(
        s.kopie,
        nu.map((c) => beslis(c, oudersVan(ids.get(conflictSleutel(c)) as string, c.koppen, lijnenNu))),
        toen.map((c) =>
          beslis(
            c,
            c.koppen.map((h) => h.id),
          ),
        ),
      );
    }
  }
  return { kopieen, oud: oude, gewist };
}

const conflictSleutel = (c: { tabel: string; rij: string; veld: string }) => `${c.tabel}|${c.rij}|${c.veld}`;

/** Every permutation of 0..n-1 would be 120 for five; a few fixed orders and pairings suffice. */
export const VOLGORDES: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [2, 0, 4, 1, 3],
  [1, 3, 0, 4, 2],
];

/**
 * A copy for a werkgroep member made from a copy of the model (services/kopie-werkgroeplid.ts):
 * every withheld field keeps its change ids but holds its blank (the blanking is not recorded).
 */
export function alsKopieZonderPersoonsgegevens(set: Wijzigingsset): Wijzigingsset {
  return {
    ...set,
    wijzigingen: set.wijzigingen
      .filter((w) => !WEGGELATEN_TABELLEN.includes(w.tabel) || w.veld === GRAFSTEEN)
      .map((w) => (isWeggelaten(w.tabel, w.veld) ? { ...w, waarde: leegVoor(w.tabel, w.veld) } : w)),
  };
}

/** One field set on a copy as the triggers record it (what it overwrote: the field's heads). */
export function zetIn(
  set: Wijzigingsset,
  w: { tabel: string; rij: string; veld: string; waarde: string },
  id: string,
): Wijzigingsset {
  const koppen = standVan(set).get(rijSleutel(w))?.velden.get(w.veld)?.koppen ?? [];
  return normaliseer({
    ...set,
    wijzigingen: [...set.wijzigingen, { ...w, id, ouders: oudersVan(id, koppen, set.lijnen ?? {}) }],
  });
}

/** The model's rows and fields, for steps made outside `speel`. */
export const MODEL = {
  rijen: RIJEN,
  velden: VELDEN,
  tabel: (rij: string) => (rij.startsWith('k') ? 'kandidaat' : 'organisatie'),
};
