import { afterEach, describe, expect, test } from 'vitest';
import {
  ditJaar,
  klokUitOmgeving,
  klokVerschuiving,
  leesMoment,
  lokaleDag,
  nu,
  nuIso,
  vandaagIso,
  zetKlok,
} from '../../shared/klok';

// Runs in UTC and in Europe/Amsterdam (vitest.config.ts, DATUMTESTS): "today" must be the local day in both.
const vorigeVerschuiving = klokVerschuiving();
afterEach(() => zetKlok(new Date(Date.now() + vorigeVerschuiving)));

describe('the product clock', () => {
  test('a test process runs on TAFELWERK_NU when its project sets it, and on the real clock otherwise', () => {
    // The fixed-moment projects (vitest.config.ts) set TAFELWERK_NU and TZ per project; this proves
    // the setup file really moved the clock, so those runs are not "today" under another name.
    const moment = process.env.TAFELWERK_NU;
    if (moment) {
      expect(process.env.TZ).toBe('Europe/Amsterdam');
      expect(Math.abs(nu().getTime() - leesMoment(moment).getTime())).toBeLessThan(10 * 60_000);
    } else {
      expect(Math.abs(nu().getTime() - Date.now())).toBeLessThan(1000);
    }
  });

  test('a shifted clock reads the moment it was set to, and keeps running', async () => {
    zetKlok('2027-12-31T23:30');
    const eerst = nu();
    expect(vandaagIso()).toBe('2027-12-31');
    expect(eerst.getHours()).toBe(23);
    expect(eerst.getMinutes()).toBe(30);
    await new Promise((r) => setTimeout(r, 25));
    expect(nu().getTime()).toBeGreaterThan(eerst.getTime());
    expect(ditJaar()).toBe(2027);
  });

  test('a moment without a zone is local wall-clock time; with a zone it is that instant', () => {
    const lokaal = leesMoment('2028-02-29T23:30');
    expect([lokaal.getFullYear(), lokaal.getMonth(), lokaal.getDate(), lokaal.getHours()]).toEqual([
      2028, 1, 29, 23,
    ]);
    expect(leesMoment('2028-02-29').getHours()).toBe(0);
    expect(leesMoment('2027-01-01T00:30:00Z').toISOString()).toBe('2027-01-01T00:30:00.000Z');
    expect(() => zetKlok('31-12-2027')).toThrow(/Onbekend tijdstip/);
  });

  test('half past midnight on New Year is the new year, not the UTC yesterday', () => {
    zetKlok('2027-01-01T00:30');
    expect(vandaagIso()).toBe('2027-01-01');
    // A timestamp stamped now is UTC text; its local day is still today.
    expect(lokaleDag(nuIso())).toBe('2027-01-01');
    expect(lokaleDag('2027-03-05')).toBe('2027-03-05');
  });

  test('TAFELWERK_NU sets the clock; without it nothing changes', () => {
    zetKlok(null);
    expect(klokUitOmgeving({})).toBeNull();
    expect(klokVerschuiving()).toBe(0);
    const gezet = klokUitOmgeving({ TAFELWERK_NU: '2028-02-29T23:30' });
    expect(gezet && vandaagIso(gezet)).toBe('2028-02-29');
    expect(Math.abs(klokVerschuiving())).toBeGreaterThan(0);
  });
});
