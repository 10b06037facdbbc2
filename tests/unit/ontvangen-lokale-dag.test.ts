import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maakResultatenWerkboek } from '../../electron/main/services/inventarisatie-export';
import { bekijkFormulieren, voerFormulierenUit } from '../../electron/main/services/inventarisatie-import';
import { bewaarOverzicht } from '../../electron/main/store/repositories/avg';
import { getRonde } from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { klokUitOmgeving, nuIso, zetKlok } from '../../shared/klok';
import { rondeMetFormulieren, vulIn } from './helpers/formulier';
import { codeVan, nieuweKandidaat } from './helpers/kandidaten';

/**
 * Dates the product stamps are the local calendar day. This file runs in UTC and in
 * Europe/Amsterdam (see DATUMTESTS in vitest.config.ts): at 00:30 on 1 January in Amsterdam it is
 * still 31 December in UTC, so a UTC day anywhere in the chain shows up as the wrong year.
 */

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});
afterEach(() => {
  zetKlok(null);
  klokUitOmgeving(process.env);
});

const NIEUWJAARSNACHT = '2027-01-01T00:30';

describe('stamped dates are the local calendar day', () => {
  it('a form read at 00:30 on 1 January is received on 1 January, on screen and in the results export', async () => {
    const { db, aap, ronde, map, paden } = await rondeMetFormulieren(SQL);
    const ingevuld = await vulIn(paden[0] as string, join(map, 'terug.xlsx'));
    zetKlok(NIEUWJAARSNACHT);
    // The moment really is in the old year in UTC when the machine's zone is Amsterdam.
    if (process.env.TZ === 'Europe/Amsterdam') expect(nuIso()).toMatch(/^2026-12-31T23:30/);
    expect(voerFormulierenUit(db, await bekijkFormulieren(db, [ingevuld]))).toBe(1);

    const deelname = getRonde(db, ronde).deelnames.find((d) => d.organisatieId === aap);
    expect(deelname).toMatchObject({ status: 'ontvangen', ontvangenOp: '2027-01-01' });

    const pad = join(map, 'resultaten.xlsx');
    await maakResultatenWerkboek(db, ronde).xlsx.writeFile(pad);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    const respons = wb.getWorksheet('Respons') as ExcelJS.Worksheet;
    const rij = [...Array(respons.rowCount).keys()]
      .map((i) => respons.getRow(i + 1))
      .find((r) => r.getCell(1).value === 'Zorggroep Aap');
    const ontvangen = rij?.getCell(3).value;
    // exceljs reads a date cell back as UTC midnight of the day written.
    expect(ontvangen instanceof Date ? ontvangen.toISOString().slice(0, 10) : ontvangen).toBe('2027-01-01');
  });

  it('a registration last changed at 00:30 on 1 January counts for retention from 1 January', async () => {
    const { db } = await rondeMetFormulieren(SQL, { organisaties: ['Zorggroep Aap'] });
    zetKlok(NIEUWJAARSNACHT);
    const id = nieuweKandidaat(db, { status: 'aangemeld' });
    zetKlok(null);
    // 1 Jan 2027 + 24 months = 1 Jan 2029: past on the 2nd, with the local day as "sinds".
    expect(bewaarOverzicht(db, '2029-01-01').verlopen).toEqual([]);
    expect(bewaarOverzicht(db, '2029-01-02').verlopen).toEqual([
      { id, code: codeVan(db, id), sinds: '2027-01-01', reden: 'nooit_gestart' },
    ]);
  });
});
