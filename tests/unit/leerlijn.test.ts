import { beforeAll, describe, expect, it } from 'vitest';
import { saveKandidaat } from '../../electron/main/services/kandidaten';
import { deleteStap, listStappen, saveStap } from '../../electron/main/services/leerlijn';
import type { Db } from '../../electron/main/store/database';
import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { herorden } from '../../electron/main/store/repositories/leerlijn';
import { getRealisatie, listRealisaties } from '../../electron/main/store/repositories/realisaties';
import {
  getMenukaartOptie,
  saveMenukaartOptie,
  slaTabelOpAlsNieuweVersie,
} from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import {
  type KandidaatGegevens,
  ladderBeweging,
  plusMaanden,
  type StapGegevens,
  type Trede,
} from '../../shared/domain/kandidaten';
import {
  huidigeStap,
  maandenTussen,
  type StapContext,
  sroiVanStap,
  standaardGeplandEind,
  wekenTussen,
} from '../../shared/domain/leerlijn';
import type { Waarderingstabel } from '../../shared/domain/waardering';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { kandidaatGegevens, nieuweKandidaat, nieuweStap, stapInvoer, telRijen } from './helpers/kandidaten';
import { aanbieder, optieId } from './helpers/sroi';
import { thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

// ---------------------------------------------------------------------------------------------
// Dates and durations
// ---------------------------------------------------------------------------------------------

describe('plusMaanden', () => {
  it('clamps to the last day of a shorter month, also in a leap year, and crosses years', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMaanden('2026-03-31', 1)).toBe('2026-04-30');
    // The clamp does not stick: 31 Jan + 2 months is 31 Mar, not 28 Mar.
    expect(plusMaanden('2026-01-31', 2)).toBe('2026-03-31');
    expect(plusMaanden('2026-11-15', 3)).toBe('2027-02-15');
    expect(plusMaanden('2026-03-15', -3)).toBe('2025-12-15');
    expect(plusMaanden('2026-05-10', 0)).toBe('2026-05-10');
  });
});

describe('maandenTussen (both days included)', () => {
  it('counts whole months from the start day', () => {
    // 1 Jan – 31 Mar: up to and including 31 Mar = until 1 Apr = exactly 3 months.
    expect(maandenTussen('2026-01-01', '2026-03-31')).toBe(3);
    // 15 Jan – 14 Apr: until 15 Apr = 3 months.
    expect(maandenTussen('2026-01-15', '2026-04-14')).toBe(3);
    // One day: 1 Jan – 1 Jan = 1 of the 31 days of January = 0.0323 → 0.03.
    expect(maandenTussen('2026-01-01', '2026-01-01')).toBe(0.03);
    // A whole year: 1 Jan – 31 Dec = 12.
    expect(maandenTussen('2026-01-01', '2026-12-31')).toBe(12);
  });

  it('the rest is a fraction of the next month', () => {
    // 1 Feb – 14 Feb 2026: 14 of February's 28 days = 0.5.
    expect(maandenTussen('2026-02-01', '2026-02-14')).toBe(0.5);
    // 1 Jan – 15 Feb 2026: 1 whole month (to 1 Feb), then 15 of February's 28 days = 1 + 0.5357 → 1.54.
    expect(maandenTussen('2026-01-01', '2026-02-15')).toBe(1.54);
    // 15 Jan – 29 Jan: 15 days of the 31 from 15 Jan to 15 Feb = 0.4839 → 0.48.
    expect(maandenTussen('2026-01-15', '2026-01-29')).toBe(0.48);
  });
});

describe('wekenTussen (both days included)', () => {
  it('counts days / 7 to two decimals', () => {
    // Mon 5 Jan – Sun 18 Jan: 14 days = 2 weeks.
    expect(wekenTussen('2026-01-05', '2026-01-18')).toBe(2);
    // 1 Jan – 31 Mar 2026: 31 + 28 + 31 = 90 days = 12.857 → 12.86 weeks.
    expect(wekenTussen('2026-01-01', '2026-03-31')).toBe(12.86);
    // One day = 1/7 = 0.1429 → 0.14.
    expect(wekenTussen('2026-06-01', '2026-06-01')).toBe(0.14);
    // Across the DST change at the end of March (dates are UTC, so no hour is lost): 7 days = 1.
    expect(wekenTussen('2026-03-25', '2026-03-31')).toBe(1);
  });
});

describe('standaardGeplandEind', () => {
  it('a werkervaringsplaats lasts 3 months minus a day; others and missing starts get none', () => {
    // 1 Jan + 3 months = 1 Apr, minus one day = 31 Mar.
    expect(standaardGeplandEind('werkervaringsplaats', '2026-01-01')).toBe('2026-03-31');
    // 15 Jan + 3 months = 15 Apr → 14 Apr, which maandenTussen counts as exactly 3 months.
    expect(standaardGeplandEind('werkervaringsplaats', '2026-01-15')).toBe('2026-04-14');
    expect(maandenTussen('2026-01-15', '2026-04-14')).toBe(3);
    // 30 Nov + 3 months = 28 Feb 2027 (clamped) → 27 Feb; still exactly 3 months by maandenTussen.
    expect(standaardGeplandEind('werkervaringsplaats', '2026-11-30')).toBe('2027-02-27');
    expect(maandenTussen('2026-11-30', '2027-02-27')).toBe(3);
    expect(standaardGeplandEind('werkervaringsplaats', null)).toBeNull();
    for (const code of ['bbl', 'intake', 'betaalde_baan', 'dagbesteding', 'onbekend'])
      expect(standaardGeplandEind(code, '2026-01-01')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// sroiVanStap
// ---------------------------------------------------------------------------------------------

const klaar = (over: Partial<StapGegevens> = {}): StapGegevens => ({
  menukaartOptieId: 'x',
  organisatieId: 'o',
  geplandStart: null,
  geplandEind: null,
  start: '2026-01-01',
  eind: '2026-03-31',
  urenPerWeek: 24,
  status: 'afgerond',
  vastContract: false,
  resultaat: null,
  ...over,
});
const ctx = (over: Partial<StapContext> = {}): StapContext => ({
  optie: { naam: 'Betaalde baan', code: 'betaalde_baan', waardering: 'plaatsing' },
  organisatieSoort: 'zorgaanbieder',
  uitkering: 'ww',
  persoonlijkeBonussen: [],
  heeftTabel: true,
  ...over,
});

describe('sroiVanStap: why a step does not count', () => {
  it.each<[string, Partial<StapGegevens>, Partial<StapContext>, string]>([
    [
      "a 'geen' option",
      {},
      { optie: { naam: 'Dagbesteding', code: 'dagbesteding', waardering: 'geen' } },
      '"Dagbesteding" telt niet als SROI-prestatie.',
    ],
    [
      'a planned step',
      { status: 'gepland' },
      {},
      'Telt mee als SROI zodra de stap is afgerond of afgebroken.',
    ],
    [
      'a running step',
      { status: 'lopend' },
      {},
      'Telt mee als SROI zodra de stap is afgerond of afgebroken.',
    ],
    [
      'a finished step without end',
      { eind: null },
      {},
      'Telt mee als SROI zodra de stap is afgerond of afgebroken.',
    ],
    [
      'no organisation',
      {},
      { organisatieSoort: null },
      'Kies de organisatie die de stap levert; dan telt de stap mee.',
    ],
    ['a gemeente', {}, { organisatieSoort: 'gemeente' }, 'Een stap bij een gemeente telt niet als SROI.'],
    ['no hours', { urenPerWeek: null }, {}, 'Vul de uren per week in; dan telt de stap mee.'],
    [
      'no table',
      {},
      { heeftTabel: false },
      'Kies eerst een waarderingstabel (SROI → Waardering); dan telt de stap mee.',
    ],
    ['no uitkering', {}, { uitkering: null }, 'Vul de uitkering van de kandidaat in; dan telt de stap mee.'],
  ])('%s', (_, stap, context, reden) => {
    expect(sroiVanStap(klaar(stap), ctx(context))).toEqual({ telt: false, reden });
  });
});

describe('sroiVanStap: what a finished step counts as', () => {
  it('a betaalde baan counts under the person’s uitkering with personal bonuses, plus vast_contract', () => {
    const sroi = sroiVanStap(
      klaar({ vastContract: true }),
      ctx({ uitkering: 'participatiewet_lang', persoonlijkeBonussen: ['statushouder', 'vijftig_plus'] }),
    );
    // 1 Jan – 31 Mar = 3 months; the date is the end of the step.
    expect(sroi).toEqual({
      telt: true,
      datum: '2026-03-31',
      doelgroep: 'participatiewet_lang',
      urenPerWeek: 24,
      maanden: 3,
      uren: null,
      bonussen: ['statushouder', 'vijftig_plus', 'vast_contract'],
    });
    // Without a permanent contract only the personal bonuses.
    expect(sroiVanStap(klaar(), ctx({ persoonlijkeBonussen: ['statushouder'] }))).toMatchObject({
      doelgroep: 'ww',
      bonussen: ['statushouder'],
    });
  });

  it('a BBL step counts as doelgroep bbl and a werkervaringsplaats as werkervaringsplaats, whatever the uitkering', () => {
    const bbl = ctx({
      optie: { naam: 'BBL-plaats', code: 'bbl', waardering: 'plaatsing' },
      uitkering: 'wajong',
    });
    expect(sroiVanStap(klaar(), bbl)).toMatchObject({ telt: true, doelgroep: 'bbl' });
    // Even without an uitkering these count.
    expect(sroiVanStap(klaar(), { ...bbl, uitkering: null })).toMatchObject({ telt: true, doelgroep: 'bbl' });
    const wep = ctx({
      optie: { naam: 'Werkervaringsplaats', code: 'werkervaringsplaats', waardering: 'plaatsing' },
      uitkering: null,
    });
    // 15 Jan – 14 Apr = 3 months.
    expect(sroiVanStap(klaar({ start: '2026-01-15', eind: '2026-04-14' }), wep)).toMatchObject({
      telt: true,
      doelgroep: 'werkervaringsplaats',
      maanden: 3,
      datum: '2026-04-14',
    });
  });

  it('an afgebroken step counts for the time it ran', () => {
    // 1 Feb – 14 Feb: half of February.
    expect(
      sroiVanStap(klaar({ status: 'afgebroken', start: '2026-02-01', eind: '2026-02-14' }), ctx()),
    ).toMatchObject({ telt: true, maanden: 0.5 });
  });

  it("an 'uren' option counts hours per week × weeks, without doelgroep or bonuses", () => {
    const intake = ctx({
      optie: { naam: 'Intake en screening', code: 'intake', waardering: 'uren' },
      uitkering: null,
      persoonlijkeBonussen: ['statushouder'],
    });
    // 4 h/week × 2 weeks (5 – 18 Jan) = 8 h.
    expect(
      sroiVanStap(
        klaar({ start: '2026-01-05', eind: '2026-01-18', urenPerWeek: 4, vastContract: true }),
        intake,
      ),
    ).toEqual({
      telt: true,
      datum: '2026-01-18',
      doelgroep: null,
      urenPerWeek: null,
      maanden: null,
      uren: 8,
      bonussen: [],
    });
    // 3 h/week × 12.86 weeks (1 Jan – 31 Mar) = 38.58 h.
    expect(sroiVanStap(klaar({ urenPerWeek: 3 }), intake)).toMatchObject({ uren: 38.58 });
  });
});

describe('huidigeStap and ladderBeweging', () => {
  it('the current step: first running, else first planned, else the last one; none without steps', () => {
    const s = (status: StapGegevens['status'], n: number) => ({ status, n });
    expect(huidigeStap([s('afgerond', 1), s('gepland', 2), s('lopend', 3), s('lopend', 4)])?.n).toBe(3);
    expect(huidigeStap([s('afgerond', 1), s('gepland', 2), s('gepland', 3)])?.n).toBe(2);
    expect(huidigeStap([s('afgerond', 1), s('afgebroken', 2)])?.n).toBe(2);
    expect(huidigeStap([])).toBeNull();
  });

  it('movement is from the earliest to the latest measurement, whatever the input order', () => {
    const m = (datum: string, trede: Trede) => ({ datum, trede });
    expect(ladderBeweging([])).toEqual({ start: null, nu: null, verschil: null });
    expect(ladderBeweging([m('2026-01-01', 3)])).toEqual({ start: 3, nu: 3, verschil: null });
    // 2 → 5: +3.
    expect(ladderBeweging([m('2026-06-01', 5), m('2026-01-01', 2), m('2026-03-01', 4)])).toEqual({
      start: 2,
      nu: 5,
      verschil: 3,
    });
    // Going down is negative: 4 → 3 = −1.
    expect(ladderBeweging([m('2026-01-01', 4), m('2026-02-01', 3)])).toEqual({
      start: 4,
      nu: 3,
      verschil: -1,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The leerlijn repository, on a real database
// ---------------------------------------------------------------------------------------------

/**
 * A table with round amounts: € 24.000 for participatiewet_lang, € 12.000 for a werkervaringsplaats,
 * € 6.000 vast_contract, € 1.200 statushouder, € 50 per hour; 36 h is full time, 12 h the minimum.
 */
const PROEF: Omit<Waarderingstabel, 'versie'> = {
  ...PRESET_UTRECHT,
  naam: 'Proeftabel',
  jaarbedragCent: {
    ...PRESET_UTRECHT.jaarbedragCent,
    participatiewet_lang: 2_400_000,
    werkervaringsplaats: 1_200_000,
  },
  bonusCent: { vijftig_plus: null, vijfenvijftig_plus: null, vast_contract: 600_000, statushouder: 120_000 },
  uurtariefCent: 5_000,
};

function opzet(over: Partial<KandidaatGegevens> = {}, metTabel = true) {
  const db = regioDb(SQL);
  const zorg = aanbieder(db);
  const tabel = metTabel ? slaTabelOpAlsNieuweVersie(db, PROEF) : null;
  const kandidaat = nieuweKandidaat(db, { uitkering: 'participatiewet_lang', ...over });
  return { db, zorg, tabel, kandidaat };
}

const realisatieVan = (db: Db, stapId: string) =>
  db.get<{ id: string; deleted_at: string | null; bron: string; bron_id: string | null }>(
    `SELECT id, deleted_at, bron, bron_id FROM realisatie WHERE bron_id = ? ORDER BY created_at DESC, rowid DESC`,
    [stapId],
  );
const stapVan = (db: Db, kandidaatId: string, stapId: string) => {
  const s = listStappen(db, kandidaatId).find((x) => x.id === stapId);
  if (!s) throw new Error('Stap ontbreekt.');
  return s;
};
/** A werkervaringsplaats of 1 Jan – 31 Mar 2026 (3 months), 18 h/week, at the zorgaanbieder. */
const wepKlaar = (zorg: string) =>
  ({
    organisatieId: zorg,
    geplandStart: '2026-01-01',
    start: '2026-01-01',
    eind: '2026-03-31',
    urenPerWeek: 18,
    status: 'afgerond',
  }) as const;

describe('leerlijn: steps and their order', () => {
  it('new steps are appended in order; a werkervaringsplaats gets its default planned end', () => {
    const { db, kandidaat, zorg } = opzet();
    const a = nieuweStap(db, kandidaat, 'intake', { organisatieId: zorg });
    const b = nieuweStap(db, kandidaat, 'werkervaringsplaats', { geplandStart: '2026-01-15' });
    const c = nieuweStap(db, kandidaat, 'bbl', { geplandStart: '2026-05-01' });
    const d = nieuweStap(db, kandidaat, 'werkervaringsplaats', {
      geplandStart: '2026-06-01',
      geplandEind: '2026-06-30',
    });
    const stappen = listStappen(db, kandidaat);
    expect(stappen.map((s) => [s.id, s.volgorde, s.optieCode])).toEqual([
      [a, 1, 'intake'],
      [b, 2, 'werkervaringsplaats'],
      [c, 3, 'bbl'],
      [d, 4, 'werkervaringsplaats'],
    ]);
    expect(stappen[0]).toMatchObject({ organisatie: 'Zorggroep Proef', optie: 'Intake en screening' });
    // 15 Jan + 3 months − 1 day = 14 Apr; a BBL has no default; a given planned end is kept.
    expect(stappen.map((s) => s.geplandEind)).toEqual([null, '2026-04-14', null, '2026-06-30']);
    // After a deletion a new step goes after the highest remaining one.
    deleteStap(db, d);
    const e = nieuweStap(db, kandidaat, 'betaalde_baan');
    expect(listStappen(db, kandidaat).map((s) => [s.id, s.volgorde])).toEqual([
      [a, 1],
      [b, 2],
      [c, 3],
      [e, 4],
    ]);
    // Another candidate's leerlijn starts at 1.
    const ander = nieuweKandidaat(db);
    nieuweStap(db, ander, 'intake');
    expect(listStappen(db, ander).map((s) => s.volgorde)).toEqual([1]);
  });

  it('herorden puts the steps in the given order and refuses a list that is not exactly the current steps', () => {
    const { db, kandidaat } = opzet();
    const a = nieuweStap(db, kandidaat, 'intake');
    const b = nieuweStap(db, kandidaat, 'training');
    const c = nieuweStap(db, kandidaat, 'bbl');
    herorden(db, kandidaat, [c, a, b]);
    expect(listStappen(db, kandidaat).map((s) => [s.id, s.volgorde])).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
    const ander = nieuweKandidaat(db);
    const vreemd = nieuweStap(db, ander, 'intake');
    const melding =
      'De volgorde past niet bij de stappen van deze kandidaat; vernieuw het scherm en probeer het opnieuw.';
    for (const fout of [[a, b], [a, b, c, vreemd], [a, b, vreemd], [a, a, b], []])
      expect(thrown(() => herorden(db, kandidaat, fout))).toMatchObject({
        code: 'ONGELDIGE_INVOER',
        message: melding,
      });
    // A deleted step no longer belongs to the order.
    deleteStap(db, b);
    expect(thrown(() => herorden(db, kandidaat, [a, b, c]))).toMatchObject({ message: melding });
    herorden(db, kandidaat, [a, c]);
    expect(listStappen(db, kandidaat).map((s) => s.id)).toEqual([a, c]);
  });

  it('refuses a step for an unknown candidate, a step of another candidate, and an unknown organisation', () => {
    const { db, kandidaat } = opzet();
    const ander = nieuweKandidaat(db);
    const stap = nieuweStap(db, kandidaat, 'intake');
    expect(
      thrown(() => saveStap(db, stapInvoer(db, '01890a5d-ac96-774b-bcce-b302099a8057', 'intake'))),
    ).toMatchObject({ code: 'NIET_GEVONDEN', message: 'Deze kandidaat bestaat niet (meer).' });
    expect(thrown(() => saveStap(db, { ...stapInvoer(db, ander, 'intake'), id: stap }))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Deze stap hoort bij een andere kandidaat.',
    });
    expect(
      thrown(() =>
        saveStap(
          db,
          stapInvoer(db, kandidaat, 'intake', { organisatieId: '01890a5d-ac96-774b-bcce-b302099a8057' }),
        ),
      ),
    ).toMatchObject({ code: 'ONGELDIGE_INVOER', message: 'De organisatie bestaat niet (meer).' });
    expect(listStappen(db).map((s) => s.id)).toEqual([stap]);
  });

  it('an archived menukaart option is refused for a new step but an existing step with it can still be saved', () => {
    const { db, kandidaat, zorg } = opzet();
    const bestaand = nieuweStap(db, kandidaat, 'proefplaatsing');
    const optie = getMenukaartOptie(db, optieId(db, 'proefplaatsing'));
    saveMenukaartOptie(
      db,
      {
        naam: optie.naam,
        omschrijving: optie.omschrijving,
        waardering: optie.waardering,
        gearchiveerd: true,
      },
      optie.id,
    );
    expect(thrown(() => saveStap(db, stapInvoer(db, kandidaat, 'proefplaatsing')))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: '"Proefplaatsing" is gearchiveerd; kies een andere soort stap.',
    });
    // Changing an existing step to the archived option is refused too.
    const intake = nieuweStap(db, kandidaat, 'intake');
    expect(
      thrown(() => saveStap(db, { ...stapInvoer(db, kandidaat, 'proefplaatsing'), id: intake })),
    ).toMatchObject({ code: 'ONGELDIGE_INVOER' });
    // The step that already had it can be finished, and it earns its realisation.
    saveStap(db, { ...stapInvoer(db, kandidaat, 'proefplaatsing', wepKlaar(zorg)), id: bestaand });
    // participatiewet_lang € 24.000 × 18/36 × 3/12 = 2_400_000 × 0.5 × 0.25 = 300_000 cents.
    expect(stapVan(db, kandidaat, bestaand)).toMatchObject({ status: 'afgerond', waardeCent: 300_000 });
    expect(listStappen(db, kandidaat)).toHaveLength(2);
  });
});

describe('leerlijn: SROI realisations of steps', () => {
  it('a finished step is credited to the delivering organisation with bron leerlijn and the right value', () => {
    const { db, zorg, tabel, kandidaat } = opzet();
    const stap = nieuweStap(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg));
    const s = stapVan(db, kandidaat, stap);
    // werkervaringsplaats € 12.000 × 18/36 × 3/12 = 1_200_000 × 0.5 × 0.25 = 150_000 cents.
    expect(s.waardeCent).toBe(150_000);
    expect(s.realisatieId).not.toBeNull();
    expect(s.sroiUitleg).toBe('18 van 36 uur, 3 maanden, tabel "Proeftabel" versie 1.');
    expect(getRealisatie(db, s.realisatieId as string)).toMatchObject({
      opdrachtnemerId: zorg,
      opdrachtnemer: 'Zorggroep Proef',
      contractId: null,
      menukaartOptieId: optieId(db, 'werkervaringsplaats'),
      datum: '2026-03-31',
      omschrijving: 'Leerlijnstap: Werkervaringsplaats',
      doelgroep: 'werkervaringsplaats',
      urenPerWeek: 18,
      maanden: 3,
      bonussen: [],
      waardeCent: 150_000,
      waarderingstabelId: tabel,
      bron: 'leerlijn',
    });
    expect(realisatieVan(db, stap)).toMatchObject({ bron: 'leerlijn', bron_id: stap, deleted_at: null });
    // It counts in the SROI overview of 2026 for the provider.
    const jaar = sroiOverzicht(db, '2026-01-01', '2026-12-31');
    expect(jaar.gerealiseerdCent).toBe(150_000);
    expect(jaar.perOpdrachtnemer.find((r) => r.naam === 'Zorggroep Proef')?.gerealiseerdCent).toBe(150_000);
    // Saving it again unchanged does not make a second realisation.
    saveStap(db, { ...stapInvoer(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg)), id: stap });
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM realisatie')).toBe(1);
  });

  it('a betaalde baan with a permanent contract uses the uitkering and personal bonuses', () => {
    const { db, zorg, kandidaat } = opzet({ bonussen: ['statushouder'] });
    const stap = nieuweStap(db, kandidaat, 'betaalde_baan', {
      organisatieId: zorg,
      start: '2026-01-01',
      eind: '2026-06-30',
      urenPerWeek: 24,
      status: 'afgerond',
      vastContract: true,
    });
    // (2_400_000 + 600_000 vast_contract + 120_000 statushouder) × 24/36 × 6/12
    //   = 3_120_000 × 2/3 × 1/2 = 1_040_000 cents.
    const s = stapVan(db, kandidaat, stap);
    expect(s.waardeCent).toBe(1_040_000);
    expect(getRealisatie(db, s.realisatieId as string)).toMatchObject({
      doelgroep: 'participatiewet_lang',
      maanden: 6,
      bonussen: expect.arrayContaining(['statushouder', 'vast_contract']),
    });
  });

  it("an 'uren' step (intake) is valued by the hour: hours per week × weeks × the hourly rate", () => {
    const { db, zorg, kandidaat } = opzet();
    const stap = nieuweStap(db, kandidaat, 'intake', {
      organisatieId: zorg,
      start: '2026-01-05',
      eind: '2026-01-18',
      urenPerWeek: 4,
      status: 'afgerond',
    });
    // 4 h/week × 2 weeks = 8 h × € 50 = € 400 = 40_000 cents.
    const s = stapVan(db, kandidaat, stap);
    expect(s.waardeCent).toBe(40_000);
    expect(getRealisatie(db, s.realisatieId as string)).toMatchObject({ uren: 8, doelgroep: null });
  });

  it('editing only the result note after a new table version keeps the old value and version; new hours revalue', () => {
    const { db, zorg, tabel, kandidaat } = opzet();
    const stap = nieuweStap(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg));
    const eerst = stapVan(db, kandidaat, stap);
    // Version 2 of the same table doubles the werkervaringsplaats amount to € 24.000.
    const versie2 = slaTabelOpAlsNieuweVersie(db, {
      ...PROEF,
      jaarbedragCent: { ...PROEF.jaarbedragCent, werkervaringsplaats: 2_400_000 },
    });
    saveStap(db, {
      ...stapInvoer(db, kandidaat, 'werkervaringsplaats', { ...wepKlaar(zorg), resultaat: 'Goed afgerond.' }),
      id: stap,
    });
    const notitie = stapVan(db, kandidaat, stap);
    expect(notitie).toMatchObject({
      resultaat: 'Goed afgerond.',
      realisatieId: eerst.realisatieId,
      waardeCent: 150_000,
    });
    expect(getRealisatie(db, eerst.realisatieId as string)).toMatchObject({
      waarderingstabelId: tabel,
      tabel: 'Proeftabel (versie 1)',
    });
    // 36 h instead of 18: revalued with version 2: 2_400_000 × 36/36 × 3/12 = 600_000 cents.
    saveStap(db, {
      ...stapInvoer(db, kandidaat, 'werkervaringsplaats', { ...wepKlaar(zorg), urenPerWeek: 36 }),
      id: stap,
    });
    const nieuw = stapVan(db, kandidaat, stap);
    expect(nieuw).toMatchObject({ realisatieId: eerst.realisatieId, waardeCent: 600_000 });
    expect(getRealisatie(db, eerst.realisatieId as string)).toMatchObject({
      urenPerWeek: 36,
      waarderingstabelId: versie2,
      tabel: 'Proeftabel (versie 2)',
    });
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM realisatie')).toBe(1);
  });

  it('moving the step to another organisation credits that organisation instead', () => {
    const { db, zorg, kandidaat } = opzet();
    const ander = aanbieder(db, 'Stichting Andere Plek');
    const stap = nieuweStap(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg));
    saveStap(db, {
      ...stapInvoer(db, kandidaat, 'werkervaringsplaats', { ...wepKlaar(zorg), organisatieId: ander }),
      id: stap,
    });
    const jaar = sroiOverzicht(db, '2026-01-01', '2026-12-31');
    expect(jaar.perOpdrachtnemer.map((r) => [r.naam, r.gerealiseerdCent])).toEqual([
      ['Stichting Andere Plek', 150_000],
    ]);
  });

  it('setting the step back to lopend withdraws the realisation (tombstone); finishing again makes a new one', () => {
    const { db, zorg, kandidaat } = opzet();
    const stap = nieuweStap(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg));
    const eerste = stapVan(db, kandidaat, stap).realisatieId as string;
    saveStap(db, {
      ...stapInvoer(db, kandidaat, 'werkervaringsplaats', {
        ...wepKlaar(zorg),
        status: 'lopend',
        eind: null,
      }),
      id: stap,
    });
    expect(stapVan(db, kandidaat, stap)).toMatchObject({
      realisatieId: null,
      waardeCent: null,
      sroiUitleg: 'Telt mee als SROI zodra de stap is afgerond of afgebroken.',
    });
    expect(
      db.get<{ d: string | null }>('SELECT deleted_at AS d FROM realisatie WHERE id = ?', [eerste])?.d,
    ).not.toBeNull();
    expect(listRealisaties(db)).toEqual([]);
    expect(sroiOverzicht(db, '2026-01-01', '2026-12-31').gerealiseerdCent).toBe(0);
    // Finished again: a fresh realisation, 150_000 as before.
    saveStap(db, { ...stapInvoer(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg)), id: stap });
    const tweede = stapVan(db, kandidaat, stap);
    expect(tweede.realisatieId).not.toBe(eerste);
    expect(tweede.waardeCent).toBe(150_000);
    expect(sroiOverzicht(db, '2026-01-01', '2026-12-31').gerealiseerdCent).toBe(150_000);
  });

  it('deleting a finished step tombstones it and its realisation; the overview drops the value', () => {
    const { db, zorg, kandidaat } = opzet();
    const stap = nieuweStap(db, kandidaat, 'werkervaringsplaats', wepKlaar(zorg));
    const realisatie = stapVan(db, kandidaat, stap).realisatieId as string;
    expect(sroiOverzicht(db, '2026-01-01', '2026-12-31').gerealiseerdCent).toBe(150_000);
    expect(deleteStap(db, stap)).toBe(kandidaat);
    expect(listStappen(db, kandidaat)).toEqual([]);
    expect(db.get('SELECT id FROM leerlijn_stap WHERE id = ?', [stap])).toBeUndefined();
    expect(db.get('SELECT tabel, deleted_at FROM verwijderd WHERE id = ?', [stap])).toEqual({
      tabel: 'leerlijn_stap',
      deleted_at: expect.any(String),
    });
    expect(db.get('SELECT deleted_at FROM realisatie WHERE id = ?', [realisatie])).toEqual({
      deleted_at: expect.any(String),
    });
    expect(sroiOverzicht(db, '2026-01-01', '2026-12-31').gerealiseerdCent).toBe(0);
    expect(thrown(() => deleteStap(db, stap))).toMatchObject({ code: 'NIET_GEVONDEN' });
  });

  it('a step at a gemeente, a dagbesteding, a step without hours or without a table produce no realisation', () => {
    const { db, zorg, kandidaat } = opzet();
    const bijGemeente = nieuweStap(db, kandidaat, 'werkervaringsplaats', {
      ...wepKlaar(zorg),
      organisatieId: gemeenteId(db, 'Goes'),
    });
    const dagbesteding = nieuweStap(db, kandidaat, 'dagbesteding', wepKlaar(zorg));
    const zonderUren = nieuweStap(db, kandidaat, 'werkervaringsplaats', {
      ...wepKlaar(zorg),
      urenPerWeek: null,
    });
    expect(listStappen(db, kandidaat).map((s) => [s.id, s.realisatieId, s.sroiUitleg])).toEqual([
      [bijGemeente, null, 'Een stap bij een gemeente telt niet als SROI.'],
      [dagbesteding, null, '"Dagbesteding" telt niet als SROI-prestatie.'],
      [zonderUren, null, 'Vul de uren per week in; dan telt de stap mee.'],
    ]);
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM realisatie')).toBe(0);

    const zonder = opzet({}, false);
    const s = nieuweStap(zonder.db, zonder.kandidaat, 'werkervaringsplaats', wepKlaar(zonder.zorg));
    expect(stapVan(zonder.db, zonder.kandidaat, s)).toMatchObject({
      realisatieId: null,
      sroiUitleg: 'Kies eerst een waarderingstabel (SROI → Waardering); dan telt de stap mee.',
    });
    expect(telRijen(zonder.db, 'SELECT COUNT(*) AS n FROM realisatie')).toBe(0);
  });

  it('a finished betaalde baan of a candidate without uitkering counts once the uitkering is filled in', () => {
    const { db, zorg, kandidaat } = opzet({ uitkering: null });
    const stap = nieuweStap(db, kandidaat, 'betaalde_baan', {
      organisatieId: zorg,
      start: '2026-01-01',
      eind: '2026-06-30',
      urenPerWeek: 24,
      status: 'afgerond',
    });
    expect(stapVan(db, kandidaat, stap)).toMatchObject({
      realisatieId: null,
      sroiUitleg: 'Vul de uitkering van de kandidaat in; dan telt de stap mee.',
    });
    // The explanation promises the step counts once the uitkering is there: fill it in.
    saveKandidaat(db, kandidaatGegevens({ uitkering: 'participatiewet_lang' }), kandidaat);
    // 2_400_000 × 24/36 × 6/12 = 800_000 cents.
    expect(stapVan(db, kandidaat, stap)).toMatchObject({ waardeCent: 800_000 });
    expect(sroiOverzicht(db, '2026-01-01', '2026-12-31').gerealiseerdCent).toBe(800_000);
    // A later edit of the candidate that does not touch the valuation input (a name) keeps the
    // value and table version, even after a new version that doubles participatiewet_lang.
    slaTabelOpAlsNieuweVersie(db, {
      ...PROEF,
      jaarbedragCent: { ...PROEF.jaarbedragCent, participatiewet_lang: 4_800_000 },
    });
    saveKandidaat(db, kandidaatGegevens({ uitkering: 'participatiewet_lang', naam: 'Iemand' }), kandidaat);
    const s = stapVan(db, kandidaat, stap);
    expect(s.waardeCent).toBe(800_000);
    expect(getRealisatie(db, s.realisatieId as string).tabel).toBe('Proeftabel (versie 1)');
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM realisatie')).toBe(1);
  });
});
