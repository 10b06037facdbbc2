import { describe, expect, test } from 'vitest';
import type { Actiepunt, Bijeenkomst } from '../../shared/domain/bijeenkomsten';
import type { SroiOverzicht, SroiRegel } from '../../shared/domain/contracten';
import { aandachtspunten, sroiVoorMonitoring } from '../../shared/domain/dashboard';
import type { Ronde } from '../../shared/domain/inventarisatie';
import { vorigeBijeenkomst } from '../../shared/domain/voorbereiden';
import { ZONDER_KETEN } from './helpers/bijeenkomsten';

// The start page's attention points and the meeting "since the last one" starts from, without a
// database and with a fixed date (shared/domain/dashboard.ts, voorbereiden.ts); the same on a
// werkgroep file is in evaluaties.test.ts, voorbereiden.test.ts and cijfers-overal-gelijk.test.ts.

const VANDAAG = '2026-11-23';
const bijeenkomst = (datum: string): Bijeenkomst => ({
  id: datum,
  soort: 'werkgroep',
  datum,
  tijd: null,
  plaats: null,
  aantalAgendapunten: 0,
  aantalBesluiten: 0,
});
// Newest first, as listBijeenkomsten gives them.
const bijeenkomsten = ['2027-01-11', '2026-12-07', '2026-11-23', '2026-10-12', '2026-09-07'].map(bijeenkomst);
const actie = (deadline: string | null, status: Actiepunt['status'] = 'open'): Actiepunt => ({
  ...ZONDER_KETEN,
  id: `${deadline}`,
  omschrijving: 'x',
  eigenaar: null,
  deadline,
  status,
  bijeenkomstId: null,
  bijeenkomstDatum: null,
  bijeenkomstSoort: null,
  keerUitgesteld: 0,
});
const ronde = (statussen: Ronde['deelnames'][number]['status'][]): Ronde => ({
  id: 'r',
  naam: 'Ronde 2026',
  sjabloonId: 's',
  sjabloon: 'Formulier',
  sjabloonVersie: 1,
  deadline: null,
  deelnames: statussen.map((status, i) => ({
    organisatieId: `o${i}`,
    organisatie: `O${i}`,
    status,
    formulierGemaaktOp: null,
    verstuurdOp: null,
    ontvangenOp: null,
  })),
});

describe('aandachtspunten (fixed date)', () => {
  test('the next meeting is the nearest from today on, today’s included', () => {
    expect(
      aandachtspunten({ nieuwsteRonde: undefined, openActies: [], bijeenkomsten }, VANDAAG)
        .volgendeBijeenkomst?.datum,
    ).toBe('2026-11-23');
    expect(
      aandachtspunten({ nieuwsteRonde: undefined, openActies: [], bijeenkomsten }, '2026-11-24')
        .volgendeBijeenkomst?.datum,
    ).toBe('2026-12-07');
    expect(
      aandachtspunten({ nieuwsteRonde: undefined, openActies: [], bijeenkomsten }, '2027-02-01')
        .volgendeBijeenkomst,
    ).toBeNull();
  });

  test('open actions, of which overdue those with a deadline before today', () => {
    const a = aandachtspunten(
      {
        nieuwsteRonde: undefined,
        openActies: [actie('2026-11-22'), actie(VANDAAG), actie(null)],
        bijeenkomsten: [],
      },
      VANDAAG,
    );
    expect(a.acties).toEqual({ open: 3, verlopen: 1 });
  });

  test('the newest round: answered is every organisation no longer waiting; no round, no line', () => {
    const a = aandachtspunten(
      {
        nieuwsteRonde: ronde(['uitgezet', 'ontvangen', 'besproken', 'uitgezet']),
        openActies: [],
        bijeenkomsten: [],
      },
      VANDAAG,
    );
    expect(a.inventarisatie).toEqual({ ronde: 'Ronde 2026', ontvangen: 2, totaal: 4 });
    expect(
      aandachtspunten({ nieuwsteRonde: undefined, openActies: [], bijeenkomsten: [] }, VANDAAG)
        .inventarisatie,
    ).toBeNull();
  });
});

describe('sroiVoorMonitoring', () => {
  test('the totals and one bar per provider and gemeente, with nothing else of the overview', () => {
    const regel = (naam: string, verplichtingCent: number, gerealiseerdCent: number): SroiRegel => ({
      id: naam,
      naam,
      verplichtingCent,
      gerealiseerdCent,
      contracten: 1,
      gebundeld: false,
      aandeelInspanning: 0.5,
      aandeelCapaciteit: null,
    });
    const overzicht: SroiOverzicht = {
      van: '2026-01-01',
      tot: '2026-12-31',
      perOpdrachtnemer: [regel('Bouwbedrijf Duin', 500_00, 200_00)],
      perGemeente: [regel('Goes', 300_00, 120_00), regel('Kapelle', 200_00, 80_00)],
      totaalCent: 500_00,
      gerealiseerdCent: 200_00,
      nietToegerekendCent: 0,
      capaciteitsmaat: null,
    };
    expect(sroiVoorMonitoring(overzicht)).toEqual({
      verplichtingCent: 500_00,
      gerealiseerdCent: 200_00,
      perAanbieder: [{ naam: 'Bouwbedrijf Duin', verplichtingCent: 500_00, gerealiseerdCent: 200_00 }],
      perGemeente: [
        { naam: 'Goes', verplichtingCent: 300_00, gerealiseerdCent: 120_00 },
        { naam: 'Kapelle', verplichtingCent: 200_00, gerealiseerdCent: 80_00 },
      ],
    });
  });
});

describe('vorigeBijeenkomst (fixed date)', () => {
  test('the last meeting before the one prepared that has been held; none before the first', () => {
    expect(vorigeBijeenkomst(bijeenkomsten, '2026-12-07', VANDAAG)?.datum).toBe('2026-11-23');
    // Preparing one further ahead: meetings after today have not been held yet.
    expect(vorigeBijeenkomst(bijeenkomsten, '2027-01-11', VANDAAG)?.datum).toBe('2026-11-23');
    expect(vorigeBijeenkomst(bijeenkomsten, '2026-11-23', VANDAAG)?.datum).toBe('2026-10-12');
    expect(vorigeBijeenkomst(bijeenkomsten, '2026-09-07', VANDAAG)).toBeNull();
  });
});
