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
    expect(c.tijdTotBetaaldWerk).toEqual({ mediaanDagen: null, aantal: 0, zonderStart: 0 });
    expect(c.besparing.schattingCent).toBe(0);
    expect(c.perMaand).toEqual([
      { maand: '2026-01', actief: 0, betaaldWerk: 0 },
      { maand: '2026-02', actief: 0, betaaldWerk: 0 },
      { maand: '2026-03', actief: 0, betaaldWerk: 0 },
    ]);
  });

  it('one candidate only aangemeld (start 15-01-2026): in scope, but not in traject, and not in the monthly line', () => {
    const g = gegevens({ kandidaten: [kandidaat('k1', { status: 'aangemeld', startdatum: '2026-01-15' })] });
    const c = berekenKerncijfers(g, JAAR, null);
    expect(c.kandidaten.totaal).toBe(1);
    expect(c.kandidaten.perStatus).toMatchObject({ aangemeld: 1, actief: 0 });
    expect(c.uitstroom.find((r) => r.categorie === 'in_traject')?.aantal).toBe(1);
    expect(c.perMaand.map((m) => m.actief)).toEqual(Array(12).fill(0));
    // Once the trajectory has really started, the line counts it from its start month.
    const gestart = berekenKerncijfers(
      gegevens({ kandidaten: [kandidaat('k1', { status: 'actief', startdatum: '2026-01-15' })] }),
      JAAR,
      null,
    );
    expect(gestart.perMaand.map((m) => m.actief)).toEqual(Array(12).fill(1));
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
      berekenKerncijfers(g, JAAR, null).uitstroom.map((r) => [r.categorie, [r.aantal, r.aandeel, r.procent]]),
    );
    expect(verdeling).toEqual({
      betaald_werk: [1, 0.1, 10],
      opleiding: [1, 0.1, 10],
      vrijwilligerswerk: [1, 0.1, 10],
      dagbesteding: [0, 0, 0],
      uitgevallen: [1, 0.1, 10],
      onbekend: [0, 0, 0],
      in_traject: [6, 0.6, 60],
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
      procent: 100,
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

  it('time to paid work: over the paid-work outcome row, from the start to the first paid step or outcome', () => {
    const g = gegevens({
      kandidaten: [
        kandidaat('a'),
        kandidaat('b'),
        kandidaat('c'),
        kandidaat('stap'),
        kandidaat('zonder', { startdatum: null }),
      ],
      betaaldeStappen: [
        { kandidaatId: 'a', start: '2026-03-03' },
        { kandidaatId: 'stap', start: '2026-03-03' },
      ],
      uitstroom: [
        { kandidaatId: 'a', soort: 'regulier_werk', datum: '2026-08-01' },
        { kandidaatId: 'b', soort: 'loonkostensubsidie', datum: '2026-05-02' },
        { kandidaatId: 'c', soort: 'opleiding', datum: '2026-04-01' },
        { kandidaatId: 'zonder', soort: 'banenafspraak', datum: '2026-06-01' },
      ],
    });
    const c = berekenKerncijfers(g, JAAR, null);
    // a: 1 Feb → 3 Mar (the paid step) = 30 days; b: 1 Feb → 2 May = 90 days. c went to school;
    // "stap" has a paid step but no outcome: still in traject, so not in the row or the median.
    // "zonder" is in the row, but without a start date there is no time to measure.
    expect(c.tijdTotBetaaldWerk).toEqual({ mediaanDagen: 60, aantal: 2, zonderStart: 1 });
    expect(c.uitstroom.find((r) => r.categorie === 'betaald_werk')?.aantal).toBe(3);
    expect(mediaan([5, 1, 3])).toBe(3);
  });

  it('benefit savings: whole months from paid work to the end of the period × the monthly amount', () => {
    const g = gegevens({
      kandidaten: [kandidaat('a'), kandidaat('b')],
      uitstroom: [
        // 1 Jul – 31 Dec = 183 days = 6 whole average months.
        { kandidaatId: 'a', soort: 'regulier_werk', datum: '2026-07-01' },
        // 1 Feb – 30 Jun = 149 days = 4 whole months; 1 Feb – 31 Dec = 333 days = 10.
        { kandidaatId: 'b', soort: 'beschut_werk', datum: '2026-02-01' },
      ],
    });
    const b = berekenKerncijfers(g, { van: '2026-01-01', tot: '2026-06-30' }, null).besparing;
    // a is paid only after this half year.
    expect(b).toEqual({ maandenUitUitkering: 4, bedragPerMaandCent: 130_000, schattingCent: 520_000 });
    expect(berekenKerncijfers(g, JAAR, null).besparing.maandenUitUitkering).toBe(6 + 10);
    // b went out before the second half year: not in its scope, so not in its estimate either.
    expect(
      berekenKerncijfers(g, { van: '2026-07-01', tot: '2026-12-31' }, null).besparing.maandenUitUitkering,
    ).toBe(6);
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

  it('status and outcome on the last day of the period, not today (the example evaluation of issue 17)', () => {
    const periode = { van: '2026-06-01', tot: '2026-10-28' };
    const g = gegevens({
      kandidaten: [
        // Out to paid work after the period: today's status says uitgestroomd, then it was in traject.
        kandidaat('later', { status: 'uitgestroomd', einddatum: '2026-11-01' }),
        // Paid outcome in the period, fallback after it: on 28 October still in paid work.
        kandidaat('terug'),
        // A paid job as a step, no outcome: in traject, so not "has paid work".
        kandidaat('stap'),
        // Stopped and out by hand, without a recorded outcome.
        kandidaat('hand-gestopt', { status: 'gestopt', einddatum: '2026-09-01' }),
        kandidaat('hand-uit', { status: 'uitgestroomd', einddatum: '2026-09-01' }),
        // Registered, starting after the period: not in scope.
        kandidaat('nieuw', { status: 'aangemeld', startdatum: '2026-11-15' }),
      ],
      uitstroom: [
        { kandidaatId: 'later', soort: 'regulier_werk', datum: '2026-11-01' },
        { kandidaatId: 'terug', soort: 'beschut_werk', datum: '2026-09-01' },
      ],
      terugval: [{ kandidaatId: 'terug', datum: '2026-11-10' }],
      betaaldeStappen: [{ kandidaatId: 'stap', start: '2026-10-01' }],
    });
    const c = berekenKerncijfers(g, periode, G1);
    expect(c.kandidaten).toEqual({
      totaal: 5,
      perStatus: { aangemeld: 0, actief: 2, uitgestroomd: 2, gestopt: 1 },
    });
    const rijen = Object.fromEntries(c.uitstroom.map((r) => [r.categorie, r.aantal]));
    expect(rijen).toMatchObject({ betaald_werk: 1, uitgevallen: 1, onbekend: 1, in_traject: 2 });
    // 1 Feb → 1 Sep = 212 days, for the one person in the paid-work row.
    expect(c.tijdTotBetaaldWerk).toEqual({ mediaanDagen: 212, aantal: 1, zonderStart: 0 });
    expect(c.perMaand.at(-1)).toEqual({ maand: '2026-10', actief: 2, betaaldWerk: 1 });
    expect(c.uitstroom.map((r) => r.procent)).toEqual([20, 0, 0, 0, 20, 20, 40]);
  });
});
