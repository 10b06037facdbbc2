import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { celDatum, laadWerkboek } from '../../electron/main/excel/import-lezen';
import { leesKandidatenLijst } from '../../electron/main/excel/kandidaten-import';
import { isoNaarExcelDatum, NUMFMT } from '../../electron/main/excel/werkboek';
import { formatDatum, vandaagIso } from '../../shared/format/nl';

/**
 * Runs in the projects tz-utc and tz-amsterdam (vitest.config.ts): the same dates must come out
 * of every round trip unchanged in both zones. New Year, New Year's Eve, the two summer-time
 * switches of 2026 and a leap day.
 */
const DATA = ['2026-01-01', '2026-12-31', '2026-03-29', '2026-10-25', '2028-02-29'];

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`dates in time zone ${zone}`, () => {
  it('runs in the zone its project set', () => {
    expect(process.env.TZ).toMatch(/^(UTC|Europe\/Amsterdam)$/);
    if (process.env.TZ === 'UTC') {
      expect(zone).toMatch(/^(Etc\/)?UTC$/);
      expect(new Date(Date.UTC(2026, 6, 1, 12)).getTimezoneOffset()).toBe(0);
    } else {
      expect(zone).toBe('Europe/Amsterdam');
      // Winter and summer time: proof that the zone's rules, not a fixed offset, are in force.
      expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(-60);
      expect(new Date(Date.UTC(2026, 6, 1, 12)).getTimezoneOffset()).toBe(-120);
    }
  });

  it.each(DATA)('%s survives the Excel write/read path', async (iso) => {
    const wb = new ExcelJS.Workbook();
    const blad = wb.addWorksheet('Data');
    blad.getRow(1).values = ['Code', 'Gemeente', 'Startdatum'];
    blad.getRow(2).values = ['K-1', 'Goes', isoNaarExcelDatum(iso)];
    blad.getCell(2, 3).numFmt = NUMFMT.datum;
    // The same date typed as text the Dutch way, and as a bare serial number.
    const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
    blad.getRow(3).values = ['K-2', 'Goes', `${d}-${m}-${j}`];
    blad.getRow(4).values = ['K-3', 'Goes', (Date.UTC(j, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000];
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const terug = (await laadWerkboek(bytes))?.getWorksheet('Data');
    expect(celDatum(terug?.getCell(2, 3).value)).toBe(iso);
    expect(celDatum(terug?.getCell(3, 3).value)).toBe(iso);
    expect(celDatum(terug?.getCell(4, 3).value)).toBe(iso);

    const lijst = await leesKandidatenLijst(bytes, {
      bestand: 'lijst.xlsx',
      bestaandeCodes: [],
      gemeenten: [{ id: 'g', naam: 'Gemeente Goes' }],
    });
    expect(lijst.rijen.map((r) => r.startdatum)).toEqual([iso, iso, iso]);
  });

  it.each(DATA)('%s survives formatDatum and vandaagIso', (iso) => {
    const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
    const nl = `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${j}`;
    expect(formatDatum(iso)).toBe(nl);
    // Just after midnight and just before the next one, on this computer's clock.
    for (const [uur, min] of [
      [0, 5],
      [12, 0],
      [23, 55],
    ] as const) {
      const moment = new Date(j, m - 1, d, uur, min);
      expect(vandaagIso(moment)).toBe(iso);
      expect(formatDatum(moment.toISOString())).toBe(nl);
    }
  });
});
