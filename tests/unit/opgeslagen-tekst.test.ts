import { afterEach, describe, expect, it } from 'vitest';
import { opgeslagenTekst } from '../../renderer/src/app/opgeslagenTekst';
import { zetKlok } from '../../shared/klok';

// The header's save state. Local calendar days: the runs set TZ (Europe/Amsterdam and UTC projects).
const lokaal = (j: number, m: number, d: number, u: number, min: number) =>
  new Date(j, m - 1, d, u, min).toISOString();

describe('the save state says when', () => {
  afterEach(() => zetKlok(null));

  it('today: only the time', () => {
    zetKlok(lokaal(2026, 12, 31, 23, 30));
    expect(opgeslagenTekst(lokaal(2026, 12, 31, 0, 5))).toBe('Opgeslagen om 00:05');
  });

  it('another day (the file opened after new year, or on leap day): the day too', () => {
    zetKlok(lokaal(2027, 1, 1, 0, 30));
    expect(opgeslagenTekst(lokaal(2026, 12, 31, 23, 59))).toBe('Opgeslagen op 31-12-2026 om 23:59');
    zetKlok(lokaal(2028, 3, 1, 9, 0));
    expect(opgeslagenTekst(lokaal(2028, 2, 29, 17, 45))).toBe('Opgeslagen op 29-02-2028 om 17:45');
  });

  it('never saved (a file being restored): just "Opgeslagen"', () => {
    expect(opgeslagenTekst(null)).toBe('Opgeslagen');
  });
});
