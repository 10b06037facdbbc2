import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Aanbod, type BordStap, capaciteitsbord, voorstellen } from '../../shared/domain/capaciteit';
import {
  aanbodUitRonde,
  bordOpties,
  bordStappen,
  stapToegewezenAan,
} from '../../shared/domain/capaciteit-bord';
import type { StapGegevens } from '../../shared/domain/kandidaten';

// What goes onto the capacity board, without a database (shared/domain/capaciteit-bord.ts, and
// the board's invariants in shared/domain/capaciteit.ts); the board on a file is in capaciteit.test.ts.

const periode = { van: '2026-01-01', tot: '2026-12-31' };

describe('the board’s inputs (worked examples)', () => {
  test('options that are no SR effort are on the board only when someone offers them', () => {
    const menukaart = [
      { code: 'wep', naam: 'Werkervaringsplaats', waardering: 'plaatsing' as const },
      { code: 'dagbesteding', naam: 'Dagbesteding', waardering: 'geen' as const },
      { code: 'vrijwilligerswerk', naam: 'Vrijwilligerswerk', waardering: 'geen' as const },
    ];
    expect(bordOpties(menukaart, [{ optieCode: 'vrijwilligerswerk' }])).toEqual([
      { code: 'wep', naam: 'Werkervaringsplaats' },
      { code: 'vrijwilligerswerk', naam: 'Vrijwilligerswerk' },
    ]);
  });

  test('planned and running steps only, dated by the actual dates where known, with code and gemeente', () => {
    const basis = {
      kandidaatId: 'k1',
      optieCode: 'wep',
      organisatieId: null,
      organisatie: null,
      geplandStart: '2026-02-01',
      geplandEind: '2026-04-30',
      start: null,
      eind: null,
    };
    const stappen = bordStappen(
      [
        { ...basis, id: 's1', status: 'gepland' },
        { ...basis, id: 's2', status: 'lopend', start: '2026-02-15' },
        { ...basis, id: 's3', status: 'afgerond', start: '2026-01-01', eind: '2026-01-31' },
        { ...basis, id: 's4', kandidaatId: 'weg', status: 'gepland' },
      ],
      [{ id: 'k1', code: 'K-AAAA', gemeenteId: 'g1' }],
    );
    expect(stappen.map((s) => [s.stapId, s.kandidaatCode, s.gemeenteId, s.van, s.tot])).toEqual([
      ['s1', 'K-AAAA', 'g1', '2026-02-01', '2026-04-30'],
      ['s2', 'K-AAAA', 'g1', '2026-02-15', '2026-04-30'],
      ['s4', '', null, '2026-02-01', '2026-04-30'],
    ]);
  });

  test('a round’s offers: a tick without a number is one place; unanswered and unknown options are left out', () => {
    const opties = new Map([
      ['wep', 'optie-wep'],
      ['bbl', 'optie-bbl'],
    ]);
    const aanbod = aanbodUitRonde(
      [
        {
          organisatieId: 'a',
          status: 'ontvangen',
          antwoorden: [
            { soort: 'open', tekst: 'wep' },
            {
              soort: 'aanbod',
              aanbod: [
                { code: 'wep', plaatsen: 3 },
                { code: 'bbl', plaatsen: null },
                { code: 'verdwenen', plaatsen: 2 },
              ],
            },
          ],
        },
        {
          organisatieId: 'b',
          status: 'uitgezet',
          antwoorden: [{ soort: 'aanbod', aanbod: [{ code: 'wep', plaatsen: 9 }] }],
        },
      ],
      opties,
    );
    expect(aanbod).toEqual([
      { organisatieId: 'a', menukaartOptieId: 'optie-wep', plaatsen: 3 },
      { organisatieId: 'a', menukaartOptieId: 'optie-bbl', plaatsen: 1 },
    ]);
  });

  test('assigning a step changes its organisation and nothing else', () => {
    const stap: StapGegevens = {
      menukaartOptieId: 'o',
      organisatieId: null,
      geplandStart: '2026-02-01',
      geplandEind: null,
      start: null,
      eind: null,
      urenPerWeek: 20,
      status: 'gepland',
      vastContract: false,
      resultaat: 'notitie',
    };
    expect(stapToegewezenAan(stap, 'org')).toEqual({ ...stap, organisatieId: 'org' });
  });
});

const organisaties = ['a', 'b', 'c'];
const aanbod: fc.Arbitrary<Aanbod[]> = fc.array(
  fc
    .record({
      organisatieId: fc.constantFrom(...organisaties),
      optieCode: fc.constantFrom('wep', 'bbl'),
      plaatsen: fc.integer({ min: 1, max: 5 }),
    })
    .map((a) => ({ ...a, organisatie: `Organisatie ${a.organisatieId}` })),
  { maxLength: 8 },
);
const stappen: fc.Arbitrary<BordStap[]> = fc.array(
  fc
    .record({
      organisatieId: fc.option(fc.constantFrom(...organisaties), { nil: null }),
      optieCode: fc.constantFrom('wep', 'bbl'),
      status: fc.constantFrom('gepland' as const, 'lopend' as const, 'afgerond' as const),
      van: fc.option(fc.constantFrom('2025-06-01', '2026-03-01', '2027-02-01'), { nil: null }),
    })
    .map((s) => ({
      ...s,
      stapId: `${s.optieCode}-${s.organisatieId}-${s.van}`,
      kandidaatId: 'k',
      kandidaatCode: 'K-AAAA',
      gemeenteId: 'g1',
      organisatie: s.organisatieId ? `Organisatie ${s.organisatieId}` : null,
      tot: null,
    })),
  { maxLength: 15 },
);
const opties = [
  { code: 'wep', naam: 'Werkervaringsplaats' },
  { code: 'bbl', naam: 'BBL' },
];

describe('the board (properties)', () => {
  test('it never shows more unused places than were offered, and shortage and surplus balance', () => {
    fc.assert(
      fc.property(aanbod, stappen, (a, s) => {
        for (const o of capaciteitsbord(opties, a, s, periode)) {
          const geboden = a.filter((x) => x.optieCode === o.optieCode).reduce((n, x) => n + x.plaatsen, 0);
          expect(o.aangeboden).toBe(geboden);
          expect(o.ongebruikt).toBeLessThanOrEqual(o.aangeboden);
          expect(o.ongebruikt).toBeGreaterThanOrEqual(0);
          expect(o.tekort).toBeGreaterThanOrEqual(0);
          // Every place is used, free or short: unused − short = offered − in use − unassigned.
          expect(o.ongebruikt - o.tekort).toBe(o.aangeboden - o.inGebruik - o.nietToegewezen.length);
          for (const r of o.regels) expect(r.vrij).toBe(r.aangeboden - r.inGebruik);
        }
      }),
    );
  });

  test('proposals name only organisations that offer the option and have a free place', () => {
    fc.assert(
      fc.property(aanbod, stappen, fc.constantFrom('wep', 'bbl'), (a, s, optieCode) => {
        const bord = capaciteitsbord(opties, a, s, periode);
        const werkgebied = new Map([['a', ['g1']]]);
        for (const v of voorstellen({ optieCode, gemeenteId: 'g1' }, bord, werkgebied)) {
          const regel = bord
            .find((o) => o.optieCode === optieCode)
            ?.regels.find((r) => r.organisatieId === v.organisatieId);
          expect(v.vrij).toBeGreaterThan(0);
          expect(v.vrij).toBeLessThanOrEqual(regel?.aangeboden ?? 0);
          expect(v.inGemeente).toBe(v.organisatieId === 'a');
        }
      }),
    );
  });
});
