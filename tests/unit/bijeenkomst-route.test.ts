import { describe, expect, test } from 'vitest';
import { bijeenkomstHref, leesBijeenkomstPad } from '../../renderer/src/features/bijeenkomsten/route';

describe('a meeting path with its tab', () => {
  test('a bare meeting opens at the agenda', () => {
    expect(leesBijeenkomstPad('b1')).toEqual({ id: 'b1', tab: 'agenda', doel: null });
  });
  test('a tab and a besluit are read back as written', () => {
    const href = bijeenkomstHref('b1', 'besluiten', 's4');
    expect(href).toBe('#/bijeenkomsten/b1/besluiten/s4');
    expect(leesBijeenkomstPad(href.replace('#/bijeenkomsten/', ''))).toEqual({
      id: 'b1',
      tab: 'besluiten',
      doel: 's4',
    });
    expect(bijeenkomstHref('b1', 'acties')).toBe('#/bijeenkomsten/b1/acties');
  });
  test('an unknown tab is the agenda, and then names no row', () => {
    expect(leesBijeenkomstPad('b1/notulen/s4')).toEqual({ id: 'b1', tab: 'agenda', doel: null });
  });
});
