import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { FO_STAPPEN, foPakketWerkboek } from '../../electron/main/excel/fo-pakket';
import { foPakketGegevens } from '../../electron/main/services/fo-pakket';
import { vulVoorbeeld } from '../../electron/main/services/voorbeeld';
import { Db } from '../../electron/main/store/database';
import { migrate } from '../../electron/main/store/migrate';
import {
  listEvaluaties,
  maakEvaluatie,
  saveEvaluatieTekst,
} from '../../electron/main/store/repositories/evaluaties';
import { saveLes } from '../../electron/main/store/repositories/lessen';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Voortgang } from '../../shared/domain/monitoring';
import { ipcWerkgroep } from './helpers/sroi';
import { tempDir } from './helpers/temp';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const VANDAAG = new Date().toISOString().slice(0, 10);
const JAAR = { van: `${VANDAAG.slice(0, 4)}-01-01`, tot: `${VANDAAG.slice(0, 4)}-12-31` };

function voorbeeld(): Db {
  const db = new Db(new SQL.Database());
  migrate(db);
  vulVoorbeeld(db);
  db.run(
    "UPDATE kandidaat SET naam = 'Zwaantje Canarievogel' WHERE rowid = (SELECT MIN(rowid) FROM kandidaat)",
  );
  return db;
}

async function teruggelezen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.load(await wb.xlsx.writeBuffer());
  return terug;
}

/** Every cell of every sheet, as text, and every formula. */
function alleCellen(wb: ExcelJS.Workbook) {
  const teksten: string[] = [];
  const formules: string[] = [];
  for (const blad of wb.worksheets)
    blad.eachRow((rij) =>
      rij.eachCell((cel) => {
        if (cel.formula) formules.push(`${blad.name}!${cel.address}: ${cel.formula}`);
        teksten.push(String(cel.text));
      }),
    );
  return { teksten, formules };
}

describe('FO-pakket', () => {
  it('holds every sheet with the evaluation figures, the charts as images, and no candidate', async () => {
    const db = voorbeeld();
    saveLes(db, { groepId: null, soort: 'werkt', datum: JAAR.van, tekst: '@SUM(A1:A2)' }, 'Test');
    const id = maakEvaluatie(db, { titel: 'Jaarevaluatie', ...JAAR, groepId: null });
    saveEvaluatieTekst(db, id, {
      titel: 'Jaarevaluatie',
      conclusies: '=HYPERLINK("http://voorbeeld.invalid","klik")',
      voorstellen: '+1 groep erbij',
    });
    const codes = db.all<{ code: string }>('SELECT code FROM kandidaat').map((k) => k.code);
    const stappen: string[] = [];
    const g = foPakketGegevens(db, { evaluatieId: id }, VANDAAG);
    const wb = await teruggelezen(
      await foPakketWerkboek(g, async (s) => {
        stappen.push(s);
      }),
    );
    expect(stappen).toEqual([...FO_STAPPEN]);

    const namen = wb.worksheets.map((w) => w.name);
    expect(namen[0]).toBe('Voorblad');
    for (const blad of [
      'Planning',
      'Aanbod',
      'Respons',
      'Evaluatie',
      'Per aanbieder',
      'Per gemeente',
      'Grafieken',
    ])
      expect(namen).toContain(blad);
    const voorblad = wb.getWorksheet('Voorblad');
    expect(voorblad?.getCell('B3').value).toBe('Werkgroep SROI Oosterschelderegio');
    expect(voorblad?.getCell('B5').value).toBe('Jaarevaluatie (concept)');

    const evaluatie = wb.getWorksheet('Evaluatie');
    const waarde = (label: string) => {
      let gevonden: ExcelJS.CellValue = null;
      evaluatie?.eachRow((rij) => {
        if (rij.getCell(1).value === label) gevonden = rij.getCell(2).value;
      });
      return gevonden;
    };
    expect(waarde('Kandidaten in de periode')).toBe(g.evaluatie.cijfers.kandidaten.totaal);
    expect(waarde('SROI gerealiseerd')).toBe(g.evaluatie.cijfers.sroi.gerealiseerdCent / 100);
    const betaald = g.evaluatie.cijfers.uitstroom.find((r) => r.categorie === 'betaald_werk');
    expect(waarde('(Begeleiding naar) betaald werk')).toBe(betaald?.aantal);

    // Four charts, as PNG images on the Grafieken sheet.
    expect(wb.getWorksheet('Grafieken')?.getImages()).toHaveLength(4);
    expect(wb.model.media.filter((m) => m.extension === 'png')).toHaveLength(4);

    const { teksten, formules } = alleCellen(wb);
    // User text that looks like a formula stays text; the only formulas are the app's own totals.
    expect(teksten).toContain('=HYPERLINK("http://voorbeeld.invalid","klik")');
    expect(teksten).toContain('@SUM(A1:A2)');
    expect(formules.every((f) => /^(Aanbod|Per aanbieder|Per gemeente)!/.test(f))).toBe(true);
    expect(formules.join(' ')).not.toMatch(/HYPERLINK/);
    const alles = teksten.join('\n');
    expect(alles).not.toContain('Canarievogel');
    for (const code of codes) expect(alles).not.toContain(code);
  });

  it('is built in the background with progress polled over IPC, and cancelling the dialog writes nothing', async () => {
    const w = await ipcWerkgroep();
    const evaluatie = await w.data<{ id: string }>('evaluaties.maken', {
      titel: 'Leeg jaar',
      ...JAAR,
      groepId: null,
    });
    expect(await w.data('export.foPakket', { evaluatieId: evaluatie.id })).toBeNull();

    const pad = join(w.root, 'fo.xlsx');
    w.session.dialogs.chooseSpreadsheetSaveLocation = async () => pad;
    const { taak } = await w.data<{ taak: string }>('export.foPakket', { evaluatieId: evaluatie.id });
    const gezien = new Set<string>();
    let v: Voortgang;
    do {
      v = await w.data<Voortgang>('export.voortgang', { taak });
      gezien.add(v.stap);
      await new Promise((r) => setTimeout(r, 5));
    } while (!v.pad && !v.fout);
    expect(v).toMatchObject({ pad, fout: null, gedaan: v.totaal, stap: 'Klaar' });
    expect(gezien.size).toBeGreaterThan(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.getWorksheet('Evaluatie')?.getCell('A1').value).toBe('Evaluatie: Leeg jaar');
    // A finished task is forgotten once read.
    expect(await w.invoke('export.voortgang', { taak })).toMatchObject({ ok: false });
  });

  it('tafelwerk export fo-pakket uses the evaluation of exactly that period, else live figures', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    const uit: string[] = [];
    const io = { out: (l: string) => uit.push(l), err: (l: string) => uit.push(l) };
    expect(await runCli(['voorbeeld', file], io)).toBe(0);
    expect(await runCli(['export', 'fo-pakket', file, '--out', join(dir, 'jaar.xlsx')], io)).toBe(0);
    expect(uit.at(-1)).toMatch(/^FO-pakket \(Cijfers 01-01-\d{4} t\/m 31-12-\d{4}\)/);

    const db = voorbeeld();
    const verzonden = listEvaluaties(db)[0];
    db.close();
    const periode = `${verzonden?.periode.van}..${verzonden?.periode.tot}`;
    const out = join(dir, 'groep1.xlsx');
    expect(await runCli(['export', 'fo-pakket', file, '--periode', periode, '--out', out], io)).toBe(0);
    expect(uit.at(-1)).toMatch(/^FO-pakket \(Evaluatie groep 1\)/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.getWorksheet('Voorblad')?.getCell('B5').value)).toMatch(
      /^Evaluatie groep 1 \(naar de FO op /,
    );
    expect(
      await runCli(['export', 'fo-pakket', file, '--periode', '2026-12-31..2026-01-01', '--out', out], io),
    ).toBe(2);
  });
});
