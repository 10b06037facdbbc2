import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { FO_STAPPEN, foPakketWerkboek, grafiekenSvg, MAX_STAVEN } from '../../electron/main/excel/fo-pakket';
import { maakEvaluatie } from '../../electron/main/services/evaluaties';
import { foPakketGegevens } from '../../electron/main/services/fo-pakket';
import type { Db } from '../../electron/main/store/database';
import { listEvaluaties, saveEvaluatieTekst } from '../../electron/main/store/repositories/evaluaties';
import { saveLes } from '../../electron/main/store/repositories/lessen';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Voortgang } from '../../shared/domain/monitoring';
import { vandaagIso } from '../../shared/klok';
import { ipcWerkgroep } from './helpers/sroi';
import { tempDir } from './helpers/temp';
import { voorbeeldDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const VANDAAG = vandaagIso();
const JAAR = { van: `${VANDAAG.slice(0, 4)}-01-01`, tot: `${VANDAAG.slice(0, 4)}-12-31` };

function voorbeeld(): Db {
  const db = voorbeeldDb(SQL);
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
      'Inventarisatie – aanbod',
      'Inventarisatie – vraag 1',
      'Inventarisatie – respons',
      'Evaluatie',
      'SROI per aanbieder',
      'SROI per gemeente',
      'Grafieken',
    ])
      expect(namen).toContain(blad);
    // A sheet name says what it holds next to the others: no bare "Vraag 1" or "Per gemeente".
    expect(namen.filter((n) => /^(Aanbod|Respons|Vraag \d+|Per .*)$/.test(n))).toEqual([]);
    const voorblad = wb.getWorksheet('Voorblad');
    expect(voorblad?.getCell('B3').value).toBe('Werkgroep SROI Oosterschelderegio');
    expect(voorblad?.getCell('B5').value).toBe('Jaarevaluatie (concept)');
    // The cover's contents name every sheet and what it holds (a question by its text).
    const inhoud = new Map<string, string>();
    for (let r = 9; r < 9 + namen.length - 1; r++)
      inhoud.set(String(voorblad?.getCell(r, 1).value), String(voorblad?.getCell(r, 2).value));
    expect([...inhoud.keys()]).toEqual(namen.slice(1));
    for (const [blad, wat] of inhoud) expect(wat, blad).toMatch(/\w{4,}/);
    const vraag1 = wb.getWorksheet('Inventarisatie – vraag 1');
    expect(inhoud.get('Inventarisatie – vraag 1')).toBe(vraag1?.getCell('A1').text);

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
    expect(
      formules.every((f) => /^(Inventarisatie – aanbod|SROI per aanbieder|SROI per gemeente)!/.test(f)),
    ).toBe(true);
    expect(formules.join(' ')).not.toMatch(/HYPERLINK/);
    const alles = teksten.join('\n');
    expect(alles).not.toContain('Canarievogel');
    for (const code of codes) expect(alles).not.toContain(code);
  });

  it('caps the group and provider charts to the largest, the rest as "Overige", while the sheets keep every row', async () => {
    const db = voorbeeld();
    const g = foPakketGegevens(db, { periode: JAAR }, VANDAAG);
    db.close();
    const c = g.evaluatie.cijfers;
    // A region's worth: 40 providers (Aanbieder 40 the largest) and 30 groups (Groep 30 the largest).
    c.sroi.perAanbieder = Array.from({ length: 40 }, (_, i) => ({
      naam: `Aanbieder ${i + 1}`,
      verplichtingCent: (i + 1) * 100_000,
      gerealiseerdCent: (i + 1) * 50_000,
    }));
    c.ladder.perGroep = Array.from({ length: 30 }, (_, i) => ({
      groep: `Groep ${i + 1}`,
      kandidaten: i + 1,
      start: 2,
      nu: 3,
    }));
    const svg = grafiekenSvg(c);
    const sroi = svg[2]?.svg ?? '';
    expect(sroi).toContain('>Aanbieder 40<');
    expect(sroi).toContain('>Aanbieder 29<');
    expect(sroi).not.toContain('>Aanbieder 28<');
    // 28 × € 1.000 … 28 × € 28.000 obligation = € 406.000 in "Overige (28)".
    expect(sroi).toContain('>Overige (28)<');
    expect(sroi).toContain('406.000');
    expect(sroi.match(/<rect x="230"/g)).toHaveLength(2 * MAX_STAVEN);
    // The sum (€ 406.000) is left out of the scale: Aanbieder 40 (€ 40.000) gets the full width and
    // both "Overige" bars are cut at it with a break mark (two white strokes each).
    expect(sroi.match(/stroke="#ffffff"/g)).toHaveLength(4);
    expect(svg[1]?.svg).toContain('>Overige (18)<');

    const wb = await teruggelezen(await foPakketWerkboek(g));
    const bijschriften: string[] = [];
    wb.getWorksheet('Grafieken')?.eachRow((rij) => bijschriften.push(String(rij.getCell(1).value)));
    expect(bijschriften).toEqual([
      'Grafieken',
      'Uitstroom naar uitkomst',
      'Participatieladder per groep. Top 12 groepen met de meeste gemeten kandidaten; de overige 18 samen. Alle groepen staan op het blad Evaluatie.',
      'SROI per aanbieder. Top 12 aanbieders naar bedrag; de overige 28 samen. Alle aanbieders staan op het blad SROI per aanbieder.',
      'Kandidaten per maand',
    ]);
    // Every chart fits on half a page: 13 bar pairs, not 40.
    const hoogtes = wb.model.media.map((m) => (m.buffer as unknown as Buffer).readUInt32BE(20));
    expect(Math.max(...hoogtes)).toBeLessThan(700);
    // The Evaluatie sheet still lists every group.
    const groepen: string[] = [];
    wb.getWorksheet('Evaluatie')?.eachRow((rij) => {
      const v = String(rij.getCell(1).value);
      if (v.startsWith('Groep ')) groepen.push(v);
    });
    expect(groepen).toHaveLength(30);
  });

  it('is built in the background with progress polled over IPC, and cancelling the dialog writes nothing', async () => {
    const w = await ipcWerkgroep();
    const evaluatie = await w.data<{ id: string }>('evaluatie.maken', {
      titel: 'Leeg jaar',
      ...JAAR,
      groepId: null,
    });
    expect(await w.data('evaluatie.foPakket', { evaluatieId: evaluatie.id })).toBeNull();

    const pad = join(w.root, 'fo.xlsx');
    w.session.dialogs.chooseSpreadsheetSaveLocation = async () => pad;
    const { taak } = await w.data<{ taak: string }>('evaluatie.foPakket', { evaluatieId: evaluatie.id });
    const gezien = new Set<string>();
    let v: Voortgang;
    do {
      v = await w.data<Voortgang>('evaluatie.foPakketVoortgang', { taak });
      gezien.add(v.stap);
      await new Promise((r) => setTimeout(r, 5));
    } while (!v.pad && !v.fout);
    expect(v).toMatchObject({ pad, fout: null, gedaan: v.totaal, stap: 'Klaar' });
    expect(gezien.size).toBeGreaterThan(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.getWorksheet('Evaluatie')?.getCell('A1').value).toBe('Evaluatie: Leeg jaar');
    // A finished task is forgotten once read.
    expect(await w.invoke('evaluatie.foPakketVoortgang', { taak })).toMatchObject({ ok: false });
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
