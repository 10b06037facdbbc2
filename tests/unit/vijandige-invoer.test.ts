import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kandidatenSjabloon } from '../../electron/main/excel/kandidaten-import';
import { organisatieSjabloon } from '../../electron/main/excel/organisaties-import';
import { werkerLezen } from '../../electron/main/excel/xlsx-lezer';
import { GRENZEN, keurXlsx, telElementen, telRijen } from '../../electron/main/excel/xlsx-poort';
import { maakFormulieren } from '../../electron/main/services/inventarisatie-export';
import { bekijkFormulieren, voerFormulierenUit } from '../../electron/main/services/inventarisatie-import';
import { bekijkKandidatenImport } from '../../electron/main/services/kandidaten-import';
import { bekijkOrganisatieImport } from '../../electron/main/services/organisatie-import';
import { listSjablonen, saveRonde } from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Result } from '../../shared/api/result';
import type { FormulierenVoorbeeld } from '../../shared/domain/inventarisatie';
import { aanbieder, ipcWerkgroep } from './helpers/sroi';
import { celrijkWerkboek, delenVan, KOPPEN, maakCorpus, maakZip, werkboek } from './helpers/vijandig';
import { regioDb } from './helpers/werkgroep-db';

/**
 * A guard against doing the work, not a benchmark: unpacking a zip bomb or parsing millions of
 * cells takes minutes and gigabytes; a refusal takes well under a second on an idle machine. The
 * bound leaves room for a loaded one (another test file beside this one, the kill test's children).
 */
const SNEL_MS = 15_000;

/** What each hostile file is refused with (the Dutch message, in part). */
const VERWACHT: Record<string, RegExp> = {
  'zipbom.xlsx': /uitgepakt te groot/,
  'zipbom-verhouding.xlsx': /ongewoon sterk is ingepakt/,
  'zipbom-liegt.xlsx': /ongewoon sterk is ingepakt/,
  'veel-onderdelen.xlsx': /te veel onderdelen \(meer dan 2000\)/,
  'veel-bladen.xlsx': /te veel werkbladen \(meer dan 50\)/,
  'groot-blad.xlsx': /meer dan 10\.000 rijen/,
  'verre-rij.xlsx': /meer dan 10\.000 rijen/,
  'verre-kolom.xlsx': /meer dan 200 kolommen/,
  'veel-cellen.xlsx': /te veel gevulde cellen \(meer dan 250\.000\)/,
  'veel-teksten.xlsx': /te veel verschillende teksten \(meer dan 250\.000\)/,
  'afgekapt.xlsx': /beschadigd of onvolledig/,
  'rommel-centrale-map.xlsx': /beschadigd of onvolledig/,
  'plaatje.xlsx': /^Dit bestand is geen leesbaar Excel-bestand \(\.xlsx\)\.$/,
  'document.xlsx': /^Dit bestand is geen leesbaar Excel-bestand \(\.xlsx\)\.$/,
  'tekst.xlsx': /^Dit bestand is geen leesbaar Excel-bestand \(\.xlsx\)\.$/,
  'oud-xls.xlsx': /oud Excel-bestand \(\.xls\) of is beveiligd met een wachtwoord/,
  'gewone-zip.xlsx': /^Dit bestand is geen leesbaar Excel-bestand \(\.xlsx\)\.$/,
  'zonder-workbook.xlsx': /^Dit bestand is geen leesbaar Excel-bestand \(\.xlsx\)\.$/,
  'pad-omhoog.xlsx': /onderdeel met een ongeldige naam/,
  'pad-absoluut.xlsx': /onderdeel met een ongeldige naam/,
  'pad-backslash.xlsx': /onderdeel met een ongeldige naam/,
  'formule.xlsx': /^In [AC]2(, C2)? staat een formule\./,
  'foutcel.xlsx': /foutwaarde .*: werkblad "[^"]+" in C2\./,
  'foutresultaat.xlsx': /^In [AC]2(, C2)? staat een formule\./,
};
/** Cell content of the corpus that must never come back in a message. */
const NIET_HERHALEN = /Proef|HYPERLINK|http|#REF!|#DIV\/0!|#N\/A|Goes|buiten/;

let SQL: SqlJsStatic;
let map: string;
let corpus: Record<string, string>;
beforeAll(async () => {
  SQL = await loadSqlJs();
  map = await fs.mkdtemp(join(tmpdir(), 'tafelwerk-vijandig-'));
  corpus = await maakCorpus(map);
}, 60_000);
afterAll(async () => {
  await fs.rm(map, { recursive: true, force: true });
});

/** The rejection of a promise, and how long it took. */
async function weigering(
  p: () => Promise<unknown>,
): Promise<{ fout: { code?: string; message: string }; ms: number }> {
  const begin = performance.now();
  try {
    await p();
  } catch (err) {
    return { fout: err as { code?: string; message: string }, ms: performance.now() - begin };
  }
  throw new Error('niet geweigerd');
}

describe('the corpus', () => {
  it('covers every hostile file, and nothing else', () => {
    expect(Object.keys(corpus).sort()).toEqual(Object.keys(VERWACHT).sort());
  });
});

describe('hostile files: refused by every importer, fast, with a Dutch message that echoes nothing', () => {
  it.each(Object.keys(VERWACHT))('%s', async (naam) => {
    const pad = corpus[naam] as string;
    const db = regioDb(SQL);
    const telling = () => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM organisatie')?.n;
    const voor = telling();
    for (const lees of [() => bekijkOrganisatieImport(db, pad), () => bekijkKandidatenImport(db, pad)]) {
      const { fout, ms } = await weigering(lees);
      expect(fout).toMatchObject({ name: 'AppFault', code: 'ONGELDIGE_INVOER' });
      expect(fout.message).toMatch(VERWACHT[naam] as RegExp);
      expect(fout.message).not.toMatch(NIET_HERHALEN);
      expect(ms).toBeLessThan(SNEL_MS);
    }
    // Forms are read as a batch: a refused file becomes a form with an error, the rest goes on.
    const begin = performance.now();
    const formulieren = await bekijkFormulieren(db, [pad]);
    expect(performance.now() - begin).toBeLessThan(SNEL_MS);
    expect(formulieren).toMatchObject({ goed: 0, fout: 1 });
    const f = formulieren.formulieren[0];
    expect(f?.status).toBe('fout');
    const meldingen = f?.fouten.map((p) => p.melding).join(' ');
    expect(meldingen).not.toMatch(NIET_HERHALEN);
    // Forms are checked for being a Tafelwerk form before their cells: formulas in a plain list
    // are refused as "not a form" there (formulas in a real form: see below).
    if (!/formule/.test(VERWACHT[naam]?.source ?? '')) expect(meldingen).toMatch(VERWACHT[naam] as RegExp);
    expect(voerFormulierenUit(db, formulieren)).toBe(0);
    expect(telling()).toBe(voor);
  });
});

/** `n` different pieces of XML joined (different, so they compress as real data does). */
const reeks = (n: number, stuk: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => stuk(i)).join('');

describe('too many cells or shared strings: refused before exceljs parses anything', () => {
  /** How many workbooks were handed to the parsing worker (xlsx-lezer.ts) while `werk` ran. */
  async function parsesTijdens(werk: () => Promise<void>): Promise<number> {
    const voor = werkerLezen.gestart;
    await werk();
    return werkerLezen.gestart - voor;
  }

  it.each(['veel-cellen.xlsx', 'veel-teksten.xlsx'])('%s never reaches the parser', async (naam) => {
    const db = regioDb(SQL);
    const pad = corpus[naam] as string;
    const parses = await parsesTijdens(async () => {
      await expect(bekijkOrganisatieImport(db, pad)).rejects.toThrow(VERWACHT[naam]);
      await expect(bekijkKandidatenImport(db, pad)).rejects.toThrow(VERWACHT[naam]);
      expect((await bekijkFormulieren(db, [pad])).fout).toBe(1);
    });
    expect(parses).toBe(0);
    // The count is real: an ordinary list does reach the parser.
    const gewoon = join(map, `gewoon-${naam}`);
    await fs.writeFile(gewoon, await werkboek([KOPPEN, ['Stichting Gewoon', 'Overig', 'Goes', 'K-1']]));
    expect(await parsesTijdens(async () => void (await bekijkOrganisatieImport(db, gewoon)))).toBe(1);
  });

  it('refuses the 2-million-cell workbook of the report (10,000 rows × 200 columns) unparsed', async () => {
    const pad = join(map, 'twee-miljoen-cellen.xlsx');
    await fs.writeFile(pad, await celrijkWerkboek(200));
    const parses = await parsesTijdens(async () => {
      await expect(bekijkOrganisatieImport(regioDb(SQL), pad)).rejects.toThrow(VERWACHT['veel-cellen.xlsx']);
    });
    expect(parses).toBe(0);
  });

  it('lets a workbook with exactly the allowed number of cells and shared strings through', async () => {
    const delen = delenVan(await werkboek([['a', 'b']]));
    const met = (naam: string, xml: (oud: string) => string) =>
      delen.map((d) => (d.naam === naam ? { ...d, inhoud: Buffer.from(xml(String(d.inhoud))) } : d));
    const cellen = (n: number) =>
      met('xl/worksheets/sheet1.xml', (xml) =>
        xml.replace(
          /<sheetData>.*<\/sheetData>/,
          `<sheetData><row r="1">${reeks(n, (i) => `<c><v>${i}</v></c>`)}</row></sheetData>`,
        ),
      );
    expect(keurXlsx(maakZip(cellen(GRENZEN.cellen)))).toEqual({ ok: true });
    expect(keurXlsx(maakZip(cellen(GRENZEN.cellen + 1)))).toMatchObject({ ok: false, soort: 'geweigerd' });
    const teksten = (n: number) =>
      met('xl/sharedStrings.xml', (xml) =>
        xml.replace(
          /<si>.*<\/si>/,
          reeks(n, (i) => `<si><t>T${i}</t></si>`),
        ),
      );
    expect(keurXlsx(maakZip(teksten(GRENZEN.gedeeldeTeksten)))).toEqual({ ok: true });
    expect(keurXlsx(maakZip(teksten(GRENZEN.gedeeldeTeksten + 1)))).toMatchObject({ ok: false });
  });

  it('counts cells wherever the part sits and however the namespace is written', async () => {
    const goed = await werkboek([['a']]);
    const verstopt = maakZip([
      ...delenVan(goed),
      // exceljs reads any part whose name contains xl/worksheets/sheetN.xml as a sheet.
      {
        naam: 'x/xl/worksheets/sheet9.xml',
        inhoud: Buffer.from(
          `<x:sheetData>${reeks(GRENZEN.cellen, (i) => `<x:c><x:v>${i}</x:v></x:c>`)}</x:sheetData>`,
        ),
      },
    ]);
    expect(keurXlsx(verstopt)).toMatchObject({ ok: false, melding: VERWACHT['veel-cellen.xlsx'] });
  });

  it('counts elements by their start tags only', () => {
    const xml = (s: string) => Buffer.from(s);
    expect(telElementen(xml('<row><c r="A1"><v>1</v></c><c/><c>\n</c></row><col/><cfRule/>'), 'c')).toBe(3);
    expect(telElementen(xml('<x:c r="A1"></x:c><x:cols/><t>x:c a</t><t>&lt;c </t>'), 'c')).toBe(1);
    expect(telElementen(xml('<sst><si><t>a</t></si><si/><x:si>\t</x:si><sig/></sst>'), 'si')).toBe(3);
  });
});

describe('the werkgroep file on disk', () => {
  it('stays byte-identical while every hostile file is offered to every import channel', async () => {
    const w = await ipcWerkgroep();
    const voor = await fs.readFile(w.path);
    for (const [naam, pad] of Object.entries(corpus)) {
      w.session.dialogs.chooseSpreadsheetToOpen = async () => pad;
      w.session.dialogs.chooseSpreadsheetsToOpen = async () => [pad];
      for (const kanaal of ['organisaties.inlezen', 'kandidaten.inlezen']) {
        const r = (await w.invoke(kanaal, {})) as Result<unknown>;
        expect(r.ok, `${kanaal} ${naam}`).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('ONGELDIGE_INVOER');
      }
      const r = (await w.invoke('inventarisatie.formulierenInlezen', {})) as Result<FormulierenVoorbeeld>;
      expect(r.ok && r.data.fout).toBe(1);
    }
    expect((await fs.readFile(w.path)).equals(voor)).toBe(true);
    // 25 files × 3 channels, each a parse in its own worker: about 25 s idle, over a minute on a
    // loaded machine. The limit only catches a hang.
  }, 300_000);
});

describe('inventarisatie forms', () => {
  /** A real form of this werkgroep with one answer cell changed. */
  async function formulier(waarde: ExcelJS.CellValue) {
    const db = regioDb(SQL);
    const aap = aanbieder(db, 'Zorggroep Aap');
    const sjabloon = listSjablonen(db)[0];
    if (!sjabloon) throw new Error('geen standaardformulier');
    const ronde = saveRonde(db, {
      naam: 'Voorjaar',
      sjabloonId: sjabloon.id,
      deadline: '2026-02-28',
      organisatieIds: [aap],
    });
    const [pad] = await maakFormulieren(db, ronde, map);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad as string);
    const blad = wb.getWorksheet('Formulier') as ExcelJS.Worksheet;
    let rij = 0;
    for (let r = 1; r <= blad.rowCount && !rij; r++) {
      const v = blad.getCell(r, 1).value;
      if (typeof v === 'string' && v.trim().startsWith('Wie is bij u')) rij = r;
    }
    blad.getCell(rij, 2).value = waarde;
    const uit = join(map, `formulier-${Math.random().toString(36).slice(2)}.xlsx`);
    await wb.xlsx.writeFile(uit);
    return { db, pad: uit, rij };
  }

  it('refuses a formula and an error value in an answer cell, naming the cell only', async () => {
    const metFormule = await formulier({ formula: '"P. "&"Proef"', result: 'P. Proef' });
    const a = (await bekijkFormulieren(metFormule.db, [metFormule.pad])).formulieren[0];
    expect(a?.status).toBe('fout');
    expect(a?.fouten).toContainEqual({
      cel: `B${metFormule.rij}`,
      vraag: expect.stringMatching(/^Wie is bij u/),
      melding: expect.stringMatching(/formule/),
    });
    expect(JSON.stringify(a?.fouten)).not.toMatch(NIET_HERHALEN);

    const metFout = await formulier({ error: '#REF!' });
    const b = (await bekijkFormulieren(metFout.db, [metFout.pad])).formulieren[0];
    expect(b?.status).toBe('fout');
    expect(b?.fouten.map((f) => f.melding).join(' ')).toMatch(
      new RegExp(`foutwaarde .*: werkblad "Formulier" in B${metFout.rij}\\.`),
    );
    expect(JSON.stringify(b?.fouten)).not.toMatch(NIET_HERHALEN);
  });

  it('still reads a form filled in as a person would', async () => {
    const { db, pad } = await formulier('P. Proef');
    expect((await bekijkFormulieren(db, [pad])).formulieren[0]?.fouten).not.toContainEqual(
      expect.objectContaining({
        melding: expect.stringMatching(/beschadigd|foutwaarde|formule|geen leesbaar/),
      }),
    );
  });
});

describe('the gate lets real files through', () => {
  it('passes what exceljs writes: lists, the templates, a sheet at the row limit', async () => {
    const lijst = await werkboek([KOPPEN, ['Stichting Proef', 'Overig', 'Goes', 'K-1']]);
    expect(keurXlsx(lijst)).toEqual({ ok: true });
    expect(keurXlsx(Buffer.from(await organisatieSjabloon(['Gemeente Goes']).xlsx.writeBuffer()))).toEqual({
      ok: true,
    });
    expect(keurXlsx(Buffer.from(await kandidatenSjabloon(['Goes']).xlsx.writeBuffer()))).toEqual({
      ok: true,
    });
    const vol = await werkboek(Array.from({ length: GRENZEN.rijen }, (_, i) => [`Org ${i}`]));
    expect(keurXlsx(vol)).toEqual({ ok: true });
  });

  it('imports an ordinary list after the gate', async () => {
    const db = regioDb(SQL);
    const pad = join(map, 'gewoon.xlsx');
    await fs.writeFile(pad, await werkboek([KOPPEN, ['Stichting Gewoon', 'Overig', 'Goes', 'K-1']]));
    const v = await bekijkOrganisatieImport(db, pad);
    expect(v).toMatchObject({ nieuw: 1, fouten: 0, algemeneFouten: [] });
  });

  it('counts sheet rows by their start tags, with or without a namespace prefix', () => {
    const xml = (s: string) => Buffer.from(s);
    expect(telRijen(xml('<sheetData><row r="1"><c/></row><row r="2"/></sheetData><rowBreaks/>'))).toBe(2);
    expect(telRijen(xml('<x:sheetData><x:row r="1"></x:row><x:row>\n</x:row></x:sheetData>'))).toBe(2);
    expect(telRijen(xml('<c><t>row </t></c><arrow r="1"/>'))).toBe(0);
  });
});
