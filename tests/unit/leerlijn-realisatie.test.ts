import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STAP_STATUSSEN, type StapGegevens } from '../../shared/domain/kandidaten';
import { gearchiveerdeOptieFout, type StapContext } from '../../shared/domain/leerlijn';
import {
  realisatieInvoerVanStap,
  type StapVoorRealisatie,
  sroiUitlegVanStap,
  stapRealisatieActie,
  zelfdeRealisatieInvoer,
} from '../../shared/domain/leerlijn-realisatie';
import type { RealisatieGegevens } from '../../shared/domain/realisaties';
import { BONUSSEN, DOELGROEPEN } from '../../shared/domain/waardering';

// When a leerlijn step yields an SROI realisation, without a database
// (shared/domain/leerlijn-realisatie.ts); the stored round trip is in leerlijn.test.ts.

const baan: StapContext = {
  optie: { naam: 'Betaalde baan', code: 'betaalde_baan', waardering: 'plaatsing' },
  organisatieSoort: 'werkgever',
  uitkering: 'participatiewet_kort',
  persoonlijkeBonussen: ['statushouder'],
  heeftTabel: true,
};

const afgerond: StapVoorRealisatie = {
  optie: 'Betaalde baan',
  menukaartOptieId: 'optie-baan',
  organisatieId: 'org-werkgever',
  geplandStart: '2026-01-01',
  geplandEind: null,
  start: '2026-01-01',
  eind: '2026-03-31',
  urenPerWeek: 18,
  status: 'afgerond',
  vastContract: true,
  resultaat: null,
};

describe('a step and its realisation (worked examples)', () => {
  test('a finished paid job at an employer: dated on its end, 3 months, personal and contract bonuses', () => {
    expect(realisatieInvoerVanStap(afgerond, baan)).toEqual({
      opdrachtnemerId: 'org-werkgever',
      contractId: null,
      menukaartOptieId: 'optie-baan',
      datum: '2026-03-31',
      omschrijving: 'Leerlijnstap: Betaalde baan',
      doelgroep: 'participatiewet_kort',
      urenPerWeek: 18,
      maanden: 3,
      bonussen: ['statushouder', 'vast_contract'],
      uren: null,
    });
  });

  test('hours of activity: hours per week times the weeks, no placement input', () => {
    const intake = realisatieInvoerVanStap(
      { ...afgerond, optie: 'Intake', start: '2026-02-02', eind: '2026-02-15', urenPerWeek: 4 },
      { ...baan, optie: { naam: 'Intake', code: 'intake', waardering: 'uren' } },
    );
    expect(intake).toMatchObject({
      uren: 8,
      doelgroep: null,
      urenPerWeek: null,
      maanden: null,
      bonussen: [],
    });
  });

  test('a new counting step is saved; the same input again is kept; a changed input is revalued', () => {
    const eerste = stapRealisatieActie(afgerond, baan, null);
    expect(eerste.soort).toBe('opslaan');
    const opgeslagen = (eerste as { gegevens: RealisatieGegevens }).gegevens;
    // A result note is no valuation input: the realisation keeps its value and table version.
    expect(stapRealisatieActie({ ...afgerond, resultaat: 'Goed gegaan' }, baan, opgeslagen)).toEqual({
      soort: 'houden',
    });
    const langer = stapRealisatieActie({ ...afgerond, eind: '2026-06-30' }, baan, opgeslagen);
    expect(langer).toMatchObject({ soort: 'opslaan', gegevens: { maanden: 6, datum: '2026-06-30' } });
  });

  test('a step that stops counting withdraws its realisation; one that never counted does nothing', () => {
    const opgeslagen = realisatieInvoerVanStap(afgerond, baan) as RealisatieGegevens;
    expect(stapRealisatieActie({ ...afgerond, status: 'lopend' }, baan, opgeslagen)).toEqual({
      soort: 'intrekken',
    });
    expect(stapRealisatieActie(afgerond, { ...baan, organisatieSoort: 'gemeente' }, null)).toEqual({
      soort: 'geen',
    });
    expect(stapRealisatieActie(afgerond, { ...baan, heeftTabel: false }, opgeslagen)).toEqual({
      soort: 'intrekken',
    });
  });

  test('the explanation: the realisation’s own, else why the step does not count yet', () => {
    expect(sroiUitlegVanStap(afgerond, baan, { id: 'r1', uitleg: '18 van 36 uur' })).toBe('18 van 36 uur');
    expect(sroiUitlegVanStap({ ...afgerond, status: 'gepland' }, baan, { id: null, uitleg: null })).toBe(
      'Telt mee als SROI zodra de stap is afgerond of afgebroken.',
    );
    expect(sroiUitlegVanStap(afgerond, baan, { id: null, uitleg: null })).toBe('');
  });

  test('an archived option stays on its steps but is not chosen anew', () => {
    const oud = { id: 'o1', naam: 'Oude cursus', gearchiveerdOp: '2026-01-01T00:00:00Z' };
    expect(gearchiveerdeOptieFout(oud, null)).toBe(
      '"Oude cursus" is gearchiveerd; kies een andere soort stap.',
    );
    expect(gearchiveerdeOptieFout(oud, 'o1')).toBeNull();
    expect(gearchiveerdeOptieFout({ ...oud, gearchiveerdOp: null }, null)).toBeNull();
  });
});

const datum = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));

const stap: fc.Arbitrary<StapVoorRealisatie> = fc
  .record({
    start: fc.option(datum, { nil: null }),
    duur: fc.integer({ min: 0, max: 400 }),
    zonderEind: fc.boolean(),
    status: fc.constantFrom(...STAP_STATUSSEN),
    urenPerWeek: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    organisatieId: fc.option(fc.constantFrom('org-a', 'org-b'), { nil: null }),
    vastContract: fc.boolean(),
    resultaat: fc.option(fc.string({ maxLength: 5 }), { nil: null }),
  })
  .map(({ start, duur, zonderEind, ...s }): StapVoorRealisatie => {
    const eind =
      start && !zonderEind
        ? new Date(Date.parse(`${start}T00:00:00Z`) + duur * 86_400_000).toISOString().slice(0, 10)
        : null;
    return {
      ...s,
      optie: 'Optie',
      menukaartOptieId: 'optie',
      geplandStart: start,
      geplandEind: null,
      start,
      eind,
    } satisfies StapGegevens & { optie: string };
  });

const context: fc.Arbitrary<StapContext> = fc.record({
  optie: fc.record({
    naam: fc.constant('Optie'),
    code: fc.constantFrom('betaalde_baan', 'bbl', 'werkervaringsplaats', 'intake'),
    waardering: fc.constantFrom('plaatsing' as const, 'uren' as const, 'geen' as const),
  }),
  organisatieSoort: fc.option(fc.constantFrom('werkgever', 'gemeente', 'zorg'), { nil: null }),
  uitkering: fc.option(fc.constantFrom(...DOELGROEPEN), { nil: null }),
  persoonlijkeBonussen: fc.uniqueArray(fc.constantFrom(...BONUSSEN.filter((b) => b !== 'vast_contract'))),
  heeftTabel: fc.boolean(),
});

describe('a step and its realisation (properties)', () => {
  test('saving a step twice never revalues: what was stored is kept the second time', () => {
    fc.assert(
      fc.property(stap, context, (s, ctx) => {
        const eerste = stapRealisatieActie(s, ctx, null);
        if (eerste.soort === 'opslaan')
          expect(stapRealisatieActie(s, ctx, eerste.gegevens)).toEqual({ soort: 'houden' });
        else expect(eerste.soort).toBe('geen');
      }),
    );
  });

  test('only a finished step at a provider (not a gemeente) with a table counts, on its end date', () => {
    fc.assert(
      fc.property(stap, context, (s, ctx) => {
        const invoer = realisatieInvoerVanStap(s, ctx);
        if (!invoer) return;
        expect(['afgerond', 'afgebroken']).toContain(s.status);
        expect(ctx.heeftTabel).toBe(true);
        expect(ctx.optie.waardering).not.toBe('geen');
        expect(ctx.organisatieSoort).not.toBeNull();
        expect(ctx.organisatieSoort).not.toBe('gemeente');
        expect(invoer.opdrachtnemerId).toBe(s.organisatieId);
        expect(invoer.datum).toBe(s.eind);
        expect(invoer.bonussen.includes('vast_contract')).toBe(
          ctx.optie.waardering === 'plaatsing' && s.vastContract,
        );
      }),
    );
  });

  test('the same input compares equal whatever the order of the bonuses, description or contract', () => {
    fc.assert(
      fc.property(stap, context, fc.string(), (s, ctx, omschrijving) => {
        const invoer = realisatieInvoerVanStap(s, ctx);
        if (!invoer) return;
        const anders = { ...invoer, bonussen: [...invoer.bonussen].reverse(), omschrijving, contractId: 'c' };
        expect(zelfdeRealisatieInvoer(invoer, anders)).toBe(true);
        expect(zelfdeRealisatieInvoer(invoer, { ...invoer, datum: '1999-01-01' })).toBe(false);
      }),
    );
  });
});
