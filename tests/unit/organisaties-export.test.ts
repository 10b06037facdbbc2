import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { KOP_RIJ, schrijfWerkboek } from '../../electron/main/excel/werkboek';
import { maakOrganisatiesWerkboek } from '../../electron/main/services/organisaties-export';
import type { Db } from '../../electron/main/store/database';
import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { listOrganisaties, setArchived } from '../../electron/main/store/repositories/organisaties';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { nu } from '../../shared/klok';
import { exists, tempDir } from './helpers/temp';
import { voorbeeldDb } from './helpers/werkgroep-db';

const KOPPEN = [
  'Naam',
  'Soort',
  'Werkgebied',
  'Contactpersoon',
  'E-mail',
  'Telefoon',
  'Gearchiveerd',
  'Stappen gepland of lopend',
  'Stappen afgerond',
];

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** Writes the export to a real file and reads it back, as a user's spreadsheet program would. */
async function schrijfEnLees(db: Db, gemaaktOp: Date): Promise<ExcelJS.Worksheet> {
  const pad = join(await tempDir(), 'organisaties.xlsx');
  await schrijfWerkboek(maakOrganisatiesWerkboek(db, gemaaktOp), pad);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Organisaties']);
  const blad = wb.getWorksheet('Organisaties');
  if (!blad) throw new Error('Geen blad Organisaties');
  return blad;
}

/** The table body as objects by header, until the first empty row. */
function tabel(blad: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const koppen = (blad.getRow(KOP_RIJ).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rijen: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = KOP_RIJ + 1; blad.getCell(r, 1).value !== null; r++)
    rijen.push(Object.fromEntries(koppen.map((k, i) => [k, blad.getCell(r, i + 1).value])));
  return rijen;
}

describe('Organisaties export (real workbook, read back)', () => {
  test('one row per organisation, archived ones marked, house style, the SROI overview its figures', async () => {
    const db = voorbeeldDb(SQL);
    const ankerpunt = listOrganisaties(db).find((o) => o.naam.includes('Ankerpunt'));
    if (!ankerpunt) throw new Error('Ankerpunt ontbreekt');
    setArchived(db, ankerpunt.id, true);
    const gemaaktOp = nu();
    const jaar = gemaaktOp.getFullYear();
    const blad = await schrijfEnLees(db, gemaaktOp);

    expect(blad.getCell(1, 1).value).toBe('Organisaties');
    expect((blad.getRow(KOP_RIJ).values as unknown[]).slice(1)).toEqual([
      ...KOPPEN,
      `SROI-verplichting ${jaar}`,
      `SROI gerealiseerd ${jaar}`,
    ]);
    expect(blad.views[0]).toMatchObject({ state: 'frozen', ySplit: KOP_RIJ });
    expect(blad.autoFilter).toBeTruthy();
    expect(blad.getColumn(1).width).toBe(36);

    const rijen = tabel(blad);
    const alle = listOrganisaties(db, { metGearchiveerd: true });
    expect(rijen.map((r) => r.Naam)).toEqual(alle.map((o) => o.naam));
    const rij = (deel: string) => rijen.find((r) => String(r.Naam).includes(deel)) ?? {};
    expect(rij('Ankerpunt').Gearchiveerd).toBe('ja');
    expect(rij('Schelpenbank').Gearchiveerd).toBe('nee');
    expect(rij('Schelpenbank').Contactpersoon).toBe('M. de Vlieger');
    expect(rij('Schelpenbank')['E-mail']).toBe('info@de.example');

    const overzicht = sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`);
    const cent = (v: ExcelJS.CellValue) => (v === null ? null : Math.round(Number(v) * 100));
    for (const o of alle) {
      const r = rij(o.naam);
      const sroi = (o.soort === 'gemeente' ? overzicht.perGemeente : overzicht.perOpdrachtnemer).find(
        (x) => x.id === o.id,
      );
      expect(cent(r[`SROI-verplichting ${jaar}`] ?? null), o.naam).toBe(sroi?.verplichtingCent ?? null);
      expect(cent(r[`SROI gerealiseerd ${jaar}`] ?? null), o.naam).toBe(sroi?.gerealiseerdCent ?? null);
      const telling = (statussen: string[]) =>
        db.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM leerlijn_stap WHERE organisatie_id = ? AND deleted_at IS NULL
              AND status IN (${statussen.map(() => '?').join(',')})`,
          [o.id, ...statussen],
        )?.n;
      expect(r['Stappen gepland of lopend'], o.naam).toBe(telling(['gepland', 'lopend']));
      expect(r['Stappen afgerond'], o.naam).toBe(telling(['afgerond']));
    }
    expect(rijen.some((r) => Number(r['Stappen afgerond']) > 0)).toBe(true);
  });

  test('no candidate appears in it: neither name nor code', async () => {
    const db = voorbeeldDb(SQL);
    const kandidaten = db.all<{ code: string; naam: string | null }>('SELECT code, naam FROM kandidaat');
    expect(kandidaten.length).toBeGreaterThan(0);
    const blad = await schrijfEnLees(db, nu());
    const teksten: string[] = [];
    blad.eachRow((r) => {
      r.eachCell((c) => {
        teksten.push(String(c.value));
      });
    });
    const alles = teksten.join('\n');
    for (const k of kandidaten) {
      expect(alles).not.toContain(k.code);
      if (k.naam) expect(alles).not.toContain(k.naam);
    }
  });
});

describe('tafelwerk export organisaties', () => {
  test('writes the list without changing or locking the werkgroep file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.tafelwerk');
    const io = { out: [] as string[], err: [] as string[] };
    const run = (...argv: string[]) =>
      runCli(argv, { out: (l) => io.out.push(l), err: (l) => io.err.push(l) });
    expect(await run('voorbeeld', file)).toBe(0);
    const voor = await fs.readFile(file);
    const out = join(dir, 'organisaties.xlsx');
    expect(await run('export', 'organisaties', file, '--out', out)).toBe(0);
    expect(io.out.at(-1)).toBe(`Organisaties geschreven naar ${out}`);
    expect(Buffer.compare(await fs.readFile(file), voor)).toBe(0);
    expect(await exists(`${file}.lock`)).toBe(false);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const blad = wb.getWorksheet('Organisaties');
    if (!blad) throw new Error('Geen blad Organisaties');
    const { db } = await readSnapshot(file);
    const aantal = listOrganisaties(db, { metGearchiveerd: true }).length;
    db.close();
    expect(tabel(blad)).toHaveLength(aantal);

    expect(await run('export', 'organisaties', file)).toBe(2);
    expect(io.err.at(-1)).toMatch(/--out/);
  });
});
