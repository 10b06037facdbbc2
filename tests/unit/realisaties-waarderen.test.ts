import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Waarderingswijze } from '../../shared/domain/menukaart';
import type { RealisatieGegevens } from '../../shared/domain/realisaties';
import { type ActieveTabel, waardeerRealisatie } from '../../shared/domain/realisaties-waarderen';
import { BONUSSEN, DOELGROEPEN } from '../../shared/domain/waardering';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';

// Valuing a realisation on save, without a database (shared/domain/realisaties-waarderen.ts);
// the stored round trip is in realisaties.test.ts and waardering-repo.test.ts.

const tabel: ActieveTabel = { ...PRESET_UTRECHT, id: 'tabel-1' };
const optie = (waardering: Waarderingswijze, gearchiveerdOp: string | null = null) => ({
  id: 'optie-1',
  naam: 'Betaalde baan',
  waardering,
  gearchiveerdOp,
});
const nieuw = { vorigeOptieId: null, uitLeerlijn: false };
const plaatsing: RealisatieGegevens = {
  opdrachtnemerId: 'org',
  contractId: null,
  menukaartOptieId: 'optie-1',
  datum: '2026-03-31',
  omschrijving: 'Plaatsing',
  doelgroep: 'participatiewet_kort',
  urenPerWeek: 18,
  maanden: 3,
  bonussen: ['vast_contract'],
  uren: 7,
};

describe('valuing a realisation (worked examples)', () => {
  test('a placement: (€ 40.000 + € 10.000 bonus) × 18/36 hours × 3/12 months = € 6.250; hours emptied', () => {
    const w = waardeerRealisatie(plaatsing, { optie: optie('plaatsing'), tabel, ...nieuw });
    expect(w).toMatchObject({
      waardeCent: 6_250_00,
      tabelId: 'tabel-1',
      gegevens: { ...plaatsing, uren: null },
    });
  });

  test('hours at the hourly rate (€ 100): 7 hours = € 700; placement input emptied', () => {
    const w = waardeerRealisatie(plaatsing, { optie: optie('uren'), tabel, ...nieuw });
    expect(w).toMatchObject({
      waardeCent: 700_00,
      gegevens: { doelgroep: null, urenPerWeek: null, maanden: null, bonussen: [], uren: 7 },
    });
  });

  test('an option that is no SR effort is worth nothing and needs no table', () => {
    expect(waardeerRealisatie(plaatsing, { optie: optie('geen'), tabel: null, ...nieuw })).toMatchObject({
      waardeCent: 0,
      tabelId: null,
      uitleg: '"Betaalde baan" telt niet als SROI-prestatie.',
    });
  });

  test('what cannot be saved says why, in Dutch', () => {
    expect(waardeerRealisatie(plaatsing, { optie: optie('plaatsing'), tabel: null, ...nieuw })).toEqual({
      fout: 'Kies eerst een waarderingstabel (SROI → Waardering); zonder tabel is er geen waarde te berekenen.',
    });
    expect(
      waardeerRealisatie({ ...plaatsing, uren: null }, { optie: optie('uren'), tabel, ...nieuw }),
    ).toEqual({
      fout: 'Vul het aantal uren in.',
    });
    expect(
      waardeerRealisatie({ ...plaatsing, maanden: null }, { optie: optie('plaatsing'), tabel, ...nieuw }),
    ).toEqual({ fout: 'Vul de doelgroep, de uren per week en het aantal maanden in.' });
  });

  test('an archived option: refused for a new realisation, kept on one that has it and on a leerlijn step', () => {
    const oud = optie('plaatsing', '2026-01-01T00:00:00Z');
    expect(waardeerRealisatie(plaatsing, { optie: oud, tabel, ...nieuw })).toEqual({
      fout: '"Betaalde baan" is gearchiveerd; kies een andere menukaartoptie.',
    });
    expect(
      waardeerRealisatie(plaatsing, { optie: oud, tabel, vorigeOptieId: 'optie-1', uitLeerlijn: false }),
    ).not.toHaveProperty('fout');
    expect(
      waardeerRealisatie(plaatsing, { optie: oud, tabel, vorigeOptieId: null, uitLeerlijn: true }),
    ).not.toHaveProperty('fout');
  });
});

describe('valuing a realisation (properties)', () => {
  const invoer: fc.Arbitrary<RealisatieGegevens> = fc.record({
    opdrachtnemerId: fc.constant('org'),
    contractId: fc.option(fc.constant('c'), { nil: null }),
    menukaartOptieId: fc.constant('optie-1'),
    datum: fc.constant('2026-05-01'),
    omschrijving: fc.string({ maxLength: 10 }),
    doelgroep: fc.option(fc.constantFrom(...DOELGROEPEN), { nil: null }),
    urenPerWeek: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    maanden: fc.option(
      fc.integer({ min: 0, max: 600 }).map((n) => n / 10),
      { nil: null },
    ),
    bonussen: fc.uniqueArray(fc.constantFrom(...BONUSSEN)),
    uren: fc.option(
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 4),
      { nil: null },
    ),
  });

  test('a saved value is never negative, keeps only the input its kind uses, and names the table it used', () => {
    fc.assert(
      fc.property(invoer, fc.constantFrom<Waarderingswijze>('plaatsing', 'uren', 'geen'), (data, wijze) => {
        const w = waardeerRealisatie(data, { optie: optie(wijze), tabel, ...nieuw });
        if ('fout' in w) return;
        expect(w.waardeCent).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(w.waardeCent)).toBe(true);
        expect(w.tabelId).toBe(wijze === 'geen' ? null : 'tabel-1');
        if (wijze !== 'plaatsing')
          expect(w.gegevens).toMatchObject({ doelgroep: null, maanden: null, bonussen: [] });
        if (wijze !== 'uren') expect(w.gegevens.uren).toBeNull();
        expect(w.gegevens.omschrijving).toBe(data.omschrijving);
      }),
    );
  });
});
