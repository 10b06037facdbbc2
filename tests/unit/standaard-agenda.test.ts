import { describe, expect, it } from 'vitest';
import { BIJEENKOMST_SOORTEN } from '../../shared/domain/bijeenkomsten';
import {
  bekendeContacten,
  nogNietOpAgenda,
  STANDAARD_AGENDA,
  vorigeAgendaBron,
} from '../../shared/domain/standaard-agenda';

describe('standaard agenda per soort bijeenkomst', () => {
  it('every kind has its own agenda that ends with rondvraag and sluiting', () => {
    const agendas = BIJEENKOMST_SOORTEN.map((s) => STANDAARD_AGENDA[s].map((p) => p.titel).join('|'));
    expect(new Set(agendas).size).toBe(BIJEENKOMST_SOORTEN.length);
    for (const s of BIJEENKOMST_SOORTEN)
      expect(STANDAARD_AGENDA[s].at(-1)?.titel).toBe('Rondvraag en sluiting');
  });

  it('adding points skips titles already on the agenda (trimmed, any case) and doubles among themselves', () => {
    const agenda = [{ titel: '  rondvraag EN sluiting ' }, { titel: 'Begroting 2027' }, { titel: '' }];
    const erbij = [
      { titel: 'Opening en mededelingen', notitie: null },
      { titel: 'Rondvraag en sluiting', notitie: null },
      { titel: 'Begroting  2027', notitie: 'Dubbel, met twee spaties.' },
      { titel: 'Opening en mededelingen', notitie: 'Tweede keer in de toevoeging.' },
    ];
    expect(nogNietOpAgenda(agenda, erbij)).toEqual([{ titel: 'Opening en mededelingen', notitie: null }]);
    expect(nogNietOpAgenda([], STANDAARD_AGENDA.werkgroep)).toEqual(STANDAARD_AGENDA.werkgroep);
  });

  it('vorige agenda: the latest earlier meeting with an agenda, the same kind first', () => {
    const b = (
      id: string,
      datum: string,
      soort: 'werkgroep' | 'startbijeenkomst',
      aantalAgendapunten: number,
    ) => ({
      id,
      datum,
      soort,
      aantalAgendapunten,
    });
    // Newest first, as the list comes.
    const lijst = [
      b('nu', '2026-12-01', 'werkgroep', 0),
      b('start', '2026-10-01', 'startbijeenkomst', 3),
      b('leeg', '2026-09-01', 'werkgroep', 0),
      b('oud', '2026-08-01', 'werkgroep', 4),
    ];
    expect(vorigeAgendaBron(lijst, lijst[0] ?? b('x', '', 'werkgroep', 0))?.id).toBe('oud');
    expect(vorigeAgendaBron(lijst, { id: 'n', datum: '2026-12-01', soort: 'evaluatie' })?.id).toBe('start');
    expect(vorigeAgendaBron(lijst, { id: 'n', datum: '2026-08-01', soort: 'werkgroep' })).toBeNull();
  });

  it('known contacts: each organisation contact once, sorted, leaving out who is already listed', () => {
    const organisaties = [
      { naam: 'Werkbedrijf Scheldewerk', contactpersoon: 'Tjalle Wierda' },
      { naam: 'Gemeente Goes', contactpersoon: null },
      { naam: 'Zorggroep De Schelpenbank', contactpersoon: ' Anouk Bolder ' },
      { naam: 'Stichting Duinroos', contactpersoon: 'Mirte Zandvoort' },
    ];
    expect(bekendeContacten(organisaties, ['mirte zandvoort'])).toEqual([
      { naam: 'Anouk Bolder', rol: 'Zorggroep De Schelpenbank' },
      { naam: 'Tjalle Wierda', rol: 'Werkbedrijf Scheldewerk' },
    ]);
  });
});
