import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aandeelProcent, verdeelProcenten } from '../../shared/domain/aandelen';
import { berekenKerncijfers, type MonitoringGegevens } from '../../shared/domain/indicatoren';
import { KANDIDAAT_STATUSSEN, UITSTROOM_SOORTEN } from '../../shared/domain/kandidaten';
import type { Kerncijfers, UitstroomCategorie } from '../../shared/domain/monitoring';

/**
 * The figures reconcile for any werkgroep, not only the worked examples: generated candidates with
 * every status (also set by hand, against the facts), outcomes of every kind before, in and after
 * the period, fallbacks on, before and after them, paid steps with and without a paid outcome,
 * ladder measurements, and periods that start or end on any day, also mid-month.
 */

/** Days in 2025–2027 as ISO dates: near enough together that periods, starts and outcomes meet. */
const BEGIN = Date.UTC(2025, 0, 1);
const datum = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((d) => new Date(BEGIN + d * 86_400_000).toISOString().slice(0, 10));
const GROEPEN = [
  { id: 'g1', naam: 'Groep 1' },
  { id: 'g2', naam: 'Groep 2' },
];

const kandidaatIds = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

const werkgroep: fc.Arbitrary<MonitoringGegevens> = fc.integer({ min: 0, max: 25 }).chain((n) => {
  const id = fc.constantFrom(...(n > 0 ? kandidaatIds(n) : ['niemand']));
  return fc.record({
    kandidaten: fc.tuple(
      ...kandidaatIds(n).map((kid) =>
        fc.record({
          id: fc.constant(kid),
          status: fc.constantFrom(...KANDIDAAT_STATUSSEN),
          startdatum: fc.option(datum, { freq: 6 }),
          einddatum: fc.option(datum, { freq: 2 }),
          groepId: fc.constantFrom('g1', 'g2'),
        }),
      ),
    ),
    groepen: fc.constant(GROEPEN),
    uitstroom: fc.array(fc.record({ kandidaatId: id, soort: fc.constantFrom(...UITSTROOM_SOORTEN), datum }), {
      maxLength: 30,
    }),
    terugval: fc.array(fc.record({ kandidaatId: id, datum }), { maxLength: 10 }),
    metingen: fc.array(fc.record({ kandidaatId: id, datum, trede: fc.integer({ min: 1, max: 6 }) }), {
      maxLength: 40,
    }),
    betaaldeStappen: fc.array(fc.record({ kandidaatId: id, start: datum }), { maxLength: 15 }),
    sroi: fc.constant({ verplichtingCent: 0, gerealiseerdCent: 0, perAanbieder: [], perGemeente: [] }),
    bedragPerMaandCent: fc.constant(130_000),
  });
});

const periode = fc.tuple(datum, datum).map(([a, b]) => (a <= b ? { van: a, tot: b } : { van: b, tot: a }));

const rij = (c: Kerncijfers, categorie: UitstroomCategorie) =>
  c.uitstroom.find((r) => r.categorie === categorie)?.aantal ?? 0;
const som = (getallen: readonly number[]) => getallen.reduce((s, n) => s + n, 0);

/** Every equality the issue asks for, on one set of figures. */
function kloppen(c: Kerncijfers): void {
  const { totaal, perStatus } = c.kandidaten;
  // The status rows and the outcome table both add up to the candidates in scope.
  expect(som(Object.values(perStatus))).toBe(totaal);
  expect(som(c.uitstroom.map((r) => r.aantal))).toBe(totaal);
  // Nog in traject = aangemeld + in traject; the other rows = uitgestroomd + gestopt.
  expect(rij(c, 'in_traject')).toBe(perStatus.aangemeld + perStatus.actief);
  expect(totaal - rij(c, 'in_traject')).toBe(perStatus.uitgestroomd + perStatus.gestopt);
  expect(rij(c, 'uitgevallen')).toBe(perStatus.gestopt);
  // Shares: whole percentages adding up to 100, each within one point of the exact share.
  if (totaal === 0) expect(c.uitstroom.every((r) => r.procent === null)).toBe(true);
  else {
    expect(som(c.uitstroom.map((r) => r.procent ?? Number.NaN))).toBe(100);
    for (const r of c.uitstroom)
      expect(Math.abs((r.procent ?? 0) - (r.aantal * 100) / totaal)).toBeLessThan(1);
  }
  // The people in the median time to paid work are the people in the paid-work row.
  const betaald = rij(c, 'betaald_werk');
  expect(c.tijdTotBetaaldWerk.aantal + c.tijdTotBetaaldWerk.zonderStart).toBe(betaald);
  expect(c.tijdTotBetaaldWerk.mediaanDagen === null).toBe(c.tijdTotBetaaldWerk.aantal === 0);
  expect(c.tijdTotBetaaldWerk.mediaanDagen ?? 0).toBeGreaterThanOrEqual(0);
  // The monthly line ends where the table is: paid work on the period's last day.
  expect(c.perMaand.at(-1)?.betaaldWerk).toBe(betaald);
  if (betaald === 0) expect(c.besparing.maandenUitUitkering).toBe(0);
  // "In traject" per month is the status row's meaning, not "in scope": in the last month the line
  // counts no one whose stand is aangemeld (a planned start date is not a trajectory).
  for (const m of c.perMaand) expect(m.actief).toBeLessThanOrEqual(totaal);
  expect(c.perMaand.at(-1)?.actief ?? 0).toBeLessThanOrEqual(totaal - perStatus.aangemeld);
  // Rung movement counts only candidates in scope.
  expect(c.ladder.gestegen + c.ladder.gedaald).toBeLessThanOrEqual(c.ladder.gemeten);
  expect(c.ladder.gemeten).toBeLessThanOrEqual(totaal);
}

describe('every figure agrees with the others, for any werkgroep', () => {
  it('status rows, outcome rows, shares, paid work and the monthly line reconcile', () => {
    fc.assert(
      fc.property(werkgroep, periode, (g, p) => {
        kloppen(berekenKerncijfers(g, p, null));
        for (const groep of GROEPEN) kloppen(berekenKerncijfers(g, p, groep));
      }),
      { numRuns: 400 },
    );
  });

  it('the groups add up to the whole werkgroep, row by row', () => {
    fc.assert(
      fc.property(werkgroep, periode, (g, p) => {
        const heel = berekenKerncijfers(g, p, null);
        const delen = GROEPEN.map((groep) => berekenKerncijfers(g, p, groep));
        expect(som(delen.map((d) => d.kandidaten.totaal))).toBe(heel.kandidaten.totaal);
        for (const r of heel.uitstroom) expect(som(delen.map((d) => rij(d, r.categorie)))).toBe(r.aantal);
        expect(som(delen.map((d) => d.tijdTotBetaaldWerk.aantal))).toBe(heel.tijdTotBetaaldWerk.aantal);
      }),
      { numRuns: 200 },
    );
  });

  it('nothing dated after the period changes its figures (so a frozen evaluation stays right)', () => {
    fc.assert(
      fc.property(werkgroep, periode, (g, p) => {
        const tot = <T>(rijen: T[], d: (r: T) => string) => rijen.filter((r) => d(r) <= p.tot);
        // What the file could have held on the period's last day: the later facts not yet there,
        // and a status set by hand after it not yet set.
        const toen: MonitoringGegevens = {
          ...g,
          uitstroom: tot(g.uitstroom, (u) => u.datum),
          terugval: tot(g.terugval, (t) => t.datum),
          metingen: tot(g.metingen, (m) => m.datum),
          betaaldeStappen: tot(g.betaaldeStappen, (b) => b.start),
        };
        expect(berekenKerncijfers(g, p, null)).toEqual(berekenKerncijfers(toen, p, null));
      }),
      { numRuns: 200 },
    );
  });
});

describe('shares are rounded once', () => {
  it('a distribution adds up to 100 and a larger count never gets a smaller share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 8 }), (aantallen) => {
        const p = verdeelProcenten(aantallen);
        const totaal = som(aantallen);
        // No `return expect(...)`: vitest's expect returns a value fast-check reads as a verdict.
        if (totaal === 0) {
          expect(p.every((x) => x === null)).toBe(true);
          return;
        }
        expect(som(p.map((x) => x ?? Number.NaN))).toBe(100);
        aantallen.forEach((a, i) => {
          expect(Math.abs((p[i] ?? 0) - (a * 100) / totaal)).toBeLessThan(1);
          aantallen.forEach((b, j) => {
            if (a > b) expect(p[i] ?? 0).toBeGreaterThanOrEqual(p[j] ?? 0);
          });
        });
      }),
    );
  });

  it('one part of a whole is the same percentage as its row in the distribution', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 10_000_000 }), (a, b) => {
        const [deel, geheel] = a <= b ? [a, b] : [b, a];
        expect(aandeelProcent(deel, geheel)).toBe(
          geheel === 0 ? null : verdeelProcenten([deel, geheel - deel])[0],
        );
      }),
    );
    // The case: € 69.018,64 of € 69.178,08 is one share, shown as 100 % everywhere.
    expect(aandeelProcent(6_901_864, 6_917_808)).toBe(100);
    expect(aandeelProcent(1, 3)).toBe(33);
    expect(verdeelProcenten([1, 1, 1])).toEqual([34, 33, 33]);
  });
});
