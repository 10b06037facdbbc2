import { describe, expect, it } from 'vitest';
import { berekenKerncijfers, type MonitoringGegevens, mediaan } from '../../shared/domain/indicatoren';

/** Worked examples: a small werkgroep whose figures can be checked by hand. */
const JAAR = { van: '2026-01-01', tot: '2026-12-31' };
const G1 = { id: 'g1', naam: 'Groep 1' };
const G2 = { id: 'g2', naam: 'Groep 2' };

const kandidaat = (id: string, over: Partial<MonitoringGegevens['kandidaten'][number]> = {}) => ({
  id,
  status: 'actief' as const,
  startdatum: '2026-02-01',
  einddatum: null,
  groepId: 'g1',
  ...over,
});

function gegevens(over: Partial<MonitoringGegevens> = {}): MonitoringGegevens {
  return {
    kandidaten: [],
    groepen: [G1, G2],
    uitstroom: [],
    terugval: [],
    metingen: [],
    betaaldeStappen: [],
    sroi: { verplichtingCent: 0, gerealiseerdCent: 0, perAanbieder: [], perGemeente: [] },
    bedragPerMaandCent: 130_000,
    ...over,
  };
}

describe('indicators: worked examples', () => {
  it('an empty period: zero candidates, no shares, no averages, every month counted as 0', () => {
    const c = berekenKerncijfers(gegevens(), { van: '2026-01-01', tot: '2026-03-31' }, null);
    expect(c.kandidaten.totaal).toBe(0);
    expect(c.uitstroom.every((r) => r.aantal === 0 && r.aandeel === null)).toBe(true);
    expect(c.ladder).toEqual({ gemiddeldeStijging: null, gemeten: 0, gestegen: 0, gedaald: 0, perGroep: [] });
    expect(c.tijdTotBetaaldWerk).toEqual({ mediaanDagen: null, aantal: 0 });
    expect(c.besparing.schattingCent).toBe(0);
    expect(c.perMaand).toEqual([
      { maand: '2026-01', actief: 0, betaaldWerk: 0 },
      { maand: '2026-02', actief: 0, betaaldWerk: 0 },
      { maand: '2026-03', actief: 0, betaaldWerk: 0 },
    ]);
  });

  it('outcome distribution in % of the candidates in scope; a fallback puts someone back in traject', () => {
    const g = gegevens({
      kandidaten: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => kandidaat(id)),
      uitstroom: [
        { kandidaatId: 'a', soort: 'regulier_werk', datum: '2026-06-01' },
        { kandidaatId: 'b', soort: 'opleiding', datum: '2026-07-01' },
        { kandidaatId: 'c', soort: 'vrijwilligerswerk', datum: '2026-07-01' },
        { kandidaatId: 'd', soort: 'uitgevallen', datum: '2026-03-01' },
        // Paid work, then a fallback: back in a trajectory.
        { kandidaatId: 'e', soort: 'banenafspraak', datum: '2026-04-01' },
        // After the period: does not count yet.
        { kandidaatId: 'f', soort: 'regulier_werk', datum: '2027-01-15' },
      ],
      terugval: [{ kandidaatId: 'e', datum: '2026-05-01' }],
    });
    const verdeling = Object.fromEntries(
      berekenKerncijfers(g, JAAR, null).uitstroom.map((r) => [r.categorie, [r.aantal, r.aandeel]]),
    );
    expect(verdeling).toEqual({
      betaald_werk: [1, 0.1],
      opleiding: [1, 0.1],
      vrijwilligerswerk: [1, 0.1],
      dagbesteding: [0, 0],
      uitgevallen: [1, 0.1],
      in_traject: [6, 0.6],
    });
  });

  it('scope: a trajectory that ended before the period or starts after it is left out; a group filters', () => {
    const g = gegevens({
      kandidaten: [
        kandidaat('oud', { startdatum: '2025-01-01', einddatum: '2025-12-31', status: 'uitgestroomd' }),
        kandidaat('later', { startdatum: '2027-02-01' }),
        kandidaat('net', { startdatum: '2025-06-01', einddatum: '2026-01-01', status: 'uitgestroomd' }),
        kandidaat('aangemeld', { startdatum: null, status: 'aangemeld' }),
        kandidaat('g2', { groepId: 'g2' }),
      ],
    });
    const alle = berekenKerncijfers(g, JAAR, null);
    // net (ended on the first day), aangemeld (no start yet) and the one in groep 2.
    expect(alle.kandidaten.totaal).toBe(3);
    expect(alle.kandidaten.perStatus).toEqual({ aangemeld: 1, actief: 1, uitgestroomd: 1, gestopt: 0 });
    expect(berekenKerncijfers(g, JAAR, G2).kandidaten.totaal).toBe(1);
  });

  it('a group without outcomes: everyone is still in traject, and nothing is estimated', () => {
    const g = gegevens({
      kandidaten: [kandidaat('a', { groepId: 'g2' }), kandidaat('b', { groepId: 'g2' }), kandidaat('c')],
      uitstroom: [{ kandidaatId: 'c', soort: 'regulier_werk', datum: '2026-05-01' }],
    });
    const c = berekenKerncijfers(g, JAAR, G2);
    expect(c.groep).toEqual(G2);
    expect(c.uitstroom.find((r) => r.categorie === 'in_traject')).toEqual({
      categorie: 'in_traject',
      aantal: 2,
      aandeel: 1,
    });
    expect(c.uitstroom.filter((r) => r.aantal > 0)).toHaveLength(1);
    expect(c.tijdTotBetaaldWerk.mediaanDagen).toBeNull();
    expect(c.besparing.schattingCent).toBe(0);
    expect(c.perMaand.every((m) => m.betaaldWerk === 0)).toBe(true);
  });

  it('rung movement: first to latest measurement up to the end of the period, averaged per group', () => {
    const g = gegevens({
      kandidaten: [kandidaat('a'), kandidaat('b'), kandidaat('c'), kandidaat('d', { groepId: 'g2' })],
      metingen: [
        { kandidaatId: 'a', datum: '2026-02-01', trede: 2 },
        { kandidaatId: 'a', datum: '2026-06-01', trede: 4 },
        { kandidaatId: 'b', datum: '2026-02-01', trede: 3 },
        { kandidaatId: 'b', datum: '2026-05-01', trede: 2 },
        // Only a nulmeting: counts in the group averages, not in the movement.
        { kandidaatId: 'c', datum: '2026-02-01', trede: 1 },
        // After the period: ignored.
        { kandidaatId: 'c', datum: '2027-03-01', trede: 6 },
        { kandidaatId: 'd', datum: '2026-03-01', trede: 3 },
        { kandidaatId: 'd', datum: '2026-09-01', trede: 5 },
      ],
    });
    const l = berekenKerncijfers(g, JAAR, null).ladder;
    // (+2 − 1 + 2) / 3
    expect(l.gemiddeldeStijging).toBe(1);
    expect(l).toMatchObject({ gemeten: 3, gestegen: 2, gedaald: 1 });
    expect(l.perGroep).toEqual([
      { groep: 'Groep 1', kandidaten: 3, start: 2, nu: 7 / 3 },
      { groep: 'Groep 2', kandidaten: 1, start: 3, nu: 5 },
    ]);
  });

  it('time to paid work: the median of days from the start to the first paid step or outcome', () => {
    const g = gegevens({
      kandidaten: [kandidaat('a'), kandidaat('b'), kandidaat('c'), kandidaat('zonder', { startdatum: null })],
      betaaldeStappen: [
        { kandidaatId: 'a', start: '2026-03-03' },
        { kandidaatId: 'zonder', start: '2026-03-03' },
      ],
      uitstroom: [
        { kandidaatId: 'a', soort: 'regulier_werk', datum: '2026-08-01' },
        { kandidaatId: 'b', soort: 'loonkostensubsidie', datum: '2026-05-02' },
        { kandidaatId: 'c', soort: 'opleiding', datum: '2026-04-01' },
      ],
    });
    // a: 1 Feb → 3 Mar = 30 days; b: 1 Feb → 2 May = 90 days; c never paid; no start date: left out.
    expect(berekenKerncijfers(g, JAAR, null).tijdTotBetaaldWerk).toEqual({ mediaanDagen: 60, aantal: 2 });
    expect(mediaan([5, 1, 3])).toBe(3);
  });

  it('benefit savings: whole months from paid work to the end of the period × the monthly amount', () => {
    const g = gegevens({
      kandidaten: [kandidaat('a'), kandidaat('b')],
      uitstroom: [
        // 1 Jul – 31 Dec = 183 days = 6 whole average months.
        { kandidaatId: 'a', soort: 'regulier_werk', datum: '2026-07-01' },
        // Paid before the period: counted from the start of the period (a: not affected).
        { kandidaatId: 'b', soort: 'beschut_werk', datum: '2025-10-01' },
      ],
    });
    const b = berekenKerncijfers(g, { van: '2026-01-01', tot: '2026-06-30' }, null).besparing;
    // a is paid only after this half year; b: 1 Jan – 30 Jun = 180 days = 5 whole months.
    expect(b).toEqual({ maandenUitUitkering: 5, bedragPerMaandCent: 130_000, schattingCent: 650_000 });
    expect(berekenKerncijfers(g, JAAR, null).besparing.maandenUitUitkering).toBe(6 + 11);
  });

  it('candidates per month: active trajectories and paid work so far', () => {
    const g = gegevens({
      kandidaten: [
        kandidaat('a', { startdatum: '2026-01-15' }),
        kandidaat('b', { startdatum: '2026-02-10', einddatum: '2026-03-05' }),
      ],
      uitstroom: [{ kandidaatId: 'b', soort: 'regulier_werk', datum: '2026-03-05' }],
    });
    expect(berekenKerncijfers(g, { van: '2026-01-01', tot: '2026-04-30' }, null).perMaand).toEqual([
      { maand: '2026-01', actief: 1, betaaldWerk: 0 },
      { maand: '2026-02', actief: 2, betaaldWerk: 0 },
      { maand: '2026-03', actief: 2, betaaldWerk: 1 },
      { maand: '2026-04', actief: 1, betaaldWerk: 1 },
    ]);
  });
});
