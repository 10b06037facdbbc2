import { describe, expect, it } from 'vitest';
import { leesTijd } from '../../renderer/src/app/tijdTekst';
import { bijeenkomstInvoer } from '../../shared/api/schemas-planning';

describe('leesTijd: een getypte tijd als uu:mm (24 uur)', () => {
  it.each([
    ['14:00', '14:00'],
    [' 9:30 ', '09:30'],
    ['9:5', '09:05'],
    ['14.15', '14:15'],
    ['14u00', '14:00'],
    ['1400', '14:00'],
    ['930', '09:30'],
    ['14', '14:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
  ])('%s wordt %s', (getypt, tijd) => {
    expect(leesTijd(getypt)).toBe(tijd);
  });

  it.each(['', '2:00 PM', '24:00', '12:60', '14:000', 'twee uur', '12345'])('%s is geen tijd', (getypt) => {
    expect(leesTijd(getypt)).toBeNull();
  });

  it('wat leesTijd maakt, neemt het schema van een bijeenkomst aan', () => {
    for (const getypt of ['0', '7.5', '1200', '23u59']) {
      const tijd = leesTijd(getypt);
      const invoer = { soort: 'werkgroep', datum: '2026-05-01', tijd, plaats: null };
      expect(bijeenkomstInvoer.safeParse(invoer).success, getypt).toBe(true);
    }
  });
});
