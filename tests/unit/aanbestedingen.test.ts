import { describe, expect, test } from 'vitest';
import { type Aanbesteding, contractUitAanbesteding, maakKalender } from '../../shared/domain/aanbestedingen';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';

// The procurement calendar and awarding, without a database (shared/domain/aanbestedingen.ts);
// the same on a werkgroep file is in capaciteit.test.ts.

const tender: Aanbesteding = {
  id: 'a1',
  naam: 'Groenonderhoud Noord',
  sector: 'groen',
  gemeenteIds: ['g1', 'g2'],
  gemeenten: ['Goes', 'Kapelle'],
  verwachteStart: '2027-05-01',
  waardeCent: 12_000_000_00,
  sroiPercentageBp: 500,
  toelichting: null,
  verwachteSroiCent: 600_000_00,
  contractId: null,
};

describe('the calendar', () => {
  test('each tender gets its quarter, and person-years only under a chosen table', () => {
    const met = maakKalender([tender], PRESET_UTRECHT);
    expect(met.tabel).toBe('Regio Utrecht (publieke bouwblokken) (versie 1)');
    expect(met.aanbestedingen[0]?.kwartaal).toBe('2027-K2');
    // € 600.000 SROI at the table's WW amount of € 20.000 a year is 30 full-time years.
    expect(met.aanbestedingen[0]?.persoonjaren).toContainEqual({ doelgroep: 'ww', jaren: 30 });
    const zonder = maakKalender([tender], null);
    expect(zonder.tabel).toBeNull();
    expect(zonder.aanbestedingen[0]?.persoonjaren).toEqual([]);
  });
});

describe('awarding a tender', () => {
  const gunning = { opdrachtnemerId: 'org', startdatum: '2027-05-01', einddatum: '2029-04-30' };

  test('the contract takes name, value, percentage and the gemeenten (shared by value) from the tender', () => {
    expect(contractUitAanbesteding(tender, gunning)).toEqual({
      naam: 'Groenonderhoud Noord',
      opdrachtnemerId: 'org',
      opdrachtgevers: [
        { gemeenteId: 'g1', aandeelCent: null },
        { gemeenteId: 'g2', aandeelCent: null },
      ],
      startdatum: '2027-05-01',
      einddatum: '2029-04-30',
      waardeCent: 12_000_000_00,
      sroiPercentageBp: 500,
      sroiVastCent: null,
      loonaandeelBp: null,
      gebundeld: false,
    });
  });

  test('a tender is awarded once', () => {
    expect(contractUitAanbesteding({ ...tender, contractId: 'c1' }, gunning)).toEqual({
      fout: 'Deze aanbesteding is al gegund.',
    });
  });
});
