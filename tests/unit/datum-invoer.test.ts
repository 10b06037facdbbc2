import dayjs from 'dayjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATUM_UITLEG,
  datumFout,
  leesDatum,
  maandNaarPicker,
  maandUitPicker,
  naarPicker,
  toonDatum,
  uitPicker,
} from '../../renderer/src/app/datumTekst';

// Runs in UTC and in Europe/Amsterdam (vitest.config.ts, DATUMTESTS): no date may move a day.

const twee = (n: number) => String(n).padStart(2, '0');
/** Every real calendar day from 1900 to 2100, as 'YYYY-MM-DD'. */
const isoDag = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}-${twee(d.getUTCMonth() + 1)}-${twee(d.getUTCDate())}`);

describe('datumveld: ISO ⇄ picker', () => {
  it('shows dd-mm-jjjj and reads it back to the same day, for every day', () => {
    fc.assert(
      fc.property(isoDag, (iso) => {
        const getoond = toonDatum(iso);
        expect(getoond).toMatch(/^\d{2}-\d{2}-\d{4}$/);
        expect(leesDatum(getoond)).toBe(iso);
        expect(uitPicker(naarPicker(iso))).toBe(iso);
      }),
    );
  });

  it('the day the calendar marks (dayjs, local) and a Date it may hand back are the same day', () => {
    fc.assert(
      fc.property(isoDag, (iso) => {
        const picker = naarPicker(iso);
        expect(dayjs(picker).format('YYYY-MM-DD')).toBe(iso);
        expect(uitPicker(dayjs(picker).toDate())).toBe(iso);
      }),
    );
  });

  it('keeps the day around the summer-time changes and at midnight', () => {
    for (const iso of ['2026-03-29', '2026-10-25', '2025-12-31', '2026-01-01', '2024-02-29']) {
      expect(uitPicker(naarPicker(iso))).toBe(iso);
      expect(uitPicker(dayjs(iso).toDate())).toBe(iso);
      expect(
        uitPicker(new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8)))),
      ).toBe(iso);
    }
    expect(uitPicker('2026-03-29 00:00:00')).toBe('2026-03-29');
  });

  it('takes d-m-jjjj with -, / or . and a pasted ISO date', () => {
    expect(leesDatum('1-5-2026')).toBe('2026-05-01');
    expect(leesDatum('01/05/2026')).toBe('2026-05-01');
    expect(leesDatum('1.5.2026')).toBe('2026-05-01');
    expect(leesDatum(' 31-12-2025 ')).toBe('2025-12-31');
    expect(leesDatum('2026-05-01')).toBe('2026-05-01');
  });

  it('refuses what is not (yet) a real day, so half-typed input changes nothing', () => {
    for (const tekst of [
      '',
      '0',
      '01-05',
      '01-05-20',
      '01-05-202',
      '31-02-2026',
      '29-02-2025',
      '00-01-2026',
      '12-13-2026',
      'morgen',
    ]) {
      expect(leesDatum(tekst), tekst).toBeNull();
    }
    expect(leesDatum('29-02-2024')).toBe('2024-02-29');
  });

  it('an empty field is an empty string in the form and null in the picker', () => {
    expect(naarPicker('')).toBeNull();
    expect(uitPicker(null)).toBe('');
    expect(toonDatum('')).toBe('');
    expect(maandNaarPicker('')).toBeNull();
    expect(maandUitPicker(null)).toBe('');
  });

  it('a month is its first day in the picker and YYYY-MM in the form', () => {
    fc.assert(
      fc.property(isoDag, (iso) => {
        const maand = iso.slice(0, 7);
        expect(maandNaarPicker(maand)).toBe(`${maand}-01`);
        expect(maandUitPicker(maandNaarPicker(maand))).toBe(maand);
        expect(maandUitPicker(dayjs(maandNaarPicker(maand)).toDate())).toBe(maand);
      }),
    );
  });

  it('says in Dutch why typed text is no date, naming a day that does not exist', () => {
    expect(datumFout('31-02-2027')).toBe('31-02-2027 bestaat niet. Typ de datum als dd-mm-jjjj.');
    expect(datumFout(' 29-02-2025 ')).toBe('29-02-2025 bestaat niet. Typ de datum als dd-mm-jjjj.');
    expect(datumFout('12-13-2026')).toBe('12-13-2026 bestaat niet. Typ de datum als dd-mm-jjjj.');
    // A two-digit year is refused, never guessed as 19.. or 20...
    for (const tekst of ['1-2-27', '01-02-202', 'morgen', '31 februari', '2027']) {
      expect(datumFout(tekst), tekst).toBe(DATUM_UITLEG);
    }
  });

  it('has no message for an empty field or a real day, for every day', () => {
    expect(datumFout('')).toBeNull();
    expect(datumFout('  ')).toBeNull();
    fc.assert(
      fc.property(isoDag, (iso) => {
        expect(datumFout(toonDatum(iso))).toBeNull();
        expect(datumFout(iso)).toBeNull();
      }),
    );
  });

  it('whatever is typed, there is a message exactly when it is not empty and no date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (tekst) => {
        const leeg = tekst.trim() === '';
        expect(datumFout(tekst) === null).toBe(leeg || leesDatum(tekst) !== null);
      }),
    );
  });
});
