import { describe, expect, test } from 'vitest';
import {
  formatBedrag,
  formatDatum,
  formatMaand,
  kortAf,
  korteGemeente,
  parseBedrag,
  vandaagIso,
} from '../../shared/format/nl';

describe('formatDatum', () => {
  test('ISO date → dd-mm-jjjj without time-zone shifts', () => {
    expect(formatDatum('2026-11-23')).toBe('23-11-2026');
    expect(formatDatum('2026-01-01')).toBe('01-01-2026');
    expect(formatDatum('2026-12-31')).toBe('31-12-2026');
  });

  test('a timestamp uses the local date', () => {
    const d = new Date(2026, 10, 23, 14, 5);
    expect(formatDatum(d.toISOString())).toBe('23-11-2026');
  });

  test('empty or invalid input gives an empty string', () => {
    expect(formatDatum('')).toBe('');
    expect(formatDatum(null)).toBe('');
    expect(formatDatum(undefined)).toBe('');
    expect(formatDatum('gisteren')).toBe('');
  });
});

describe('formatBedrag / parseBedrag', () => {
  test('integer cents → € with a thousands dot and a decimal comma', () => {
    expect(formatBedrag(123456)).toBe('€ 1.234,56');
    expect(formatBedrag(5)).toBe('€ 0,05');
    expect(formatBedrag(0)).toBe('€ 0,00');
    expect(formatBedrag(100000000)).toBe('€ 1.000.000,00');
    expect(formatBedrag(123456)).not.toMatch(/\u00a0/);
  });

  test('non-integer cents throw', () => {
    expect(() => formatBedrag(12.5)).toThrow(/hele centen/);
    expect(() => formatBedrag(Number.NaN)).toThrow(/hele centen/);
  });

  test('parseBedrag reads the forms people type', () => {
    expect(parseBedrag('€ 1.234,56')).toBe(123456);
    expect(parseBedrag('1234,56')).toBe(123456);
    expect(parseBedrag('1234.56')).toBe(123456);
    expect(parseBedrag('1.234')).toBe(123400);
    expect(parseBedrag('€ 1.234')).toBe(123400);
    expect(parseBedrag('12,5')).toBe(1250);
    expect(parseBedrag('0,10')).toBe(10);
  });

  test('parseBedrag gives null for text that is not an amount', () => {
    for (const text of ['', 'tien euro', '1,2,3', '.', ',', '€', '12abc']) {
      expect({ text, value: parseBedrag(text) }).toEqual({ text, value: null });
    }
  });

  test('parseBedrag(formatBedrag(x)) === x', () => {
    const samples = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 99999, 100000, 123456, 999999, 1000000, 123456789];
    for (let c = 0; c < 3000; c += 7) samples.push(c, -c - 1);
    for (const cents of samples) {
      expect({ cents, back: parseBedrag(formatBedrag(cents)) }).toEqual({ cents, back: cents });
    }
  });
});

test('formatMaand', () => {
  expect(formatMaand('2026-03')).toBe('maart 2026');
  expect(formatMaand('2026-12-01')).toBe('december 2026');
  expect(formatMaand('maart')).toBe('');
});

describe('vandaagIso', () => {
  test("follows this computer's calendar, also just after midnight", () => {
    expect(vandaagIso(new Date(2026, 10, 24, 0, 30))).toBe('2026-11-24');
    expect(vandaagIso(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
  });
});

describe('korteGemeente', () => {
  test('drops the word Gemeente at the start only', () => {
    expect(korteGemeente('Gemeente Goes')).toBe('Goes');
    expect(korteGemeente('Goes')).toBe('Goes');
    expect(korteGemeente('Werkbedrijf Gemeente Tholen')).toBe('Werkbedrijf Gemeente Tholen');
  });
});

describe('kortAf', () => {
  test('a text that fits stays whole, on one line', () => {
    expect(kortAf('Groep 3 start\nna de evaluatie.', 40)).toBe('Groep 3 start na de evaluatie.');
  });
  test('a long text ends after the last whole word that fits, with an ellipsis', () => {
    expect(kortAf('We nodigen voor groep 2 ook werkgevers uit.', 20)).toBe('We nodigen voor…');
    // The limit falls just before a space: the last word fits whole.
    expect(kortAf('We nodigen voor groep 2 ook werkgevers uit.', 15)).toBe('We nodigen voor…');
    expect(kortAf('Eerst dit, dan dat en nog meer', 11)).toBe('Eerst dit…');
  });
  test('one word longer than the limit is cut inside it', () => {
    expect(kortAf('Werkervaringsplaatsenoverzicht', 10)).toBe('Werkervari…');
  });
});
