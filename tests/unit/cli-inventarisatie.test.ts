import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { getAntwoorden, rondeMetNaam } from '../../electron/main/store/repositories/inventarisatie';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { vulFormulier } from './helpers/formulier';
import { openRaw, scalar, tempDir } from './helpers/temp';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Answers the example's open form (Het Ankerpunt) as a person would; returns the path. */
async function vulAnkerpuntIn(map: string, contact: string | null): Promise<string> {
  const naam = (await fs.readdir(map)).find((n) => n.includes('Ankerpunt')) as string;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(map, naam));
  const blad = wb.getWorksheet('Formulier') as ExcelJS.Worksheet;
  for (let r = 1; r <= blad.rowCount; r++) {
    const a = String(blad.getCell(r, 1).value ?? '').trim();
    if (a === 'Werkervaringsplaats') {
      blad.getCell(r, 2).value = 'Ja';
      blad.getCell(r, 3).value = '2';
    }
    if (a.startsWith('Wie is bij u') && contact) blad.getCell(r, 2).value = contact;
  }
  const uit = join(map, `ingevuld-${contact ? 'goed' : 'leeg'}.xlsx`);
  await wb.xlsx.writeFile(uit);
  return uit;
}

describe('tafelwerk formulieren / import inventarisatie / export inventarisatie', () => {
  test('forms out for the latest round, one back in (dry run first), results out', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    expect((await run('voorbeeld', file)).code).toBe(0);
    const map = join(dir, 'formulieren');
    const uit = await run('formulieren', file, '--out', map, '--alleen-openstaand');
    expect(uit).toMatchObject({ code: 0, err: '' });
    expect(await fs.readdir(map)).toEqual([
      'Inventarisatie voorjaar - Het Ankerpunt Dagbesteding (fictief).xlsx',
    ]);

    const slecht = await vulAnkerpuntIn(map, null);
    const goed = await vulAnkerpuntIn(map, 'R. Boomsma');
    const voor = await fs.readFile(file);
    const proef = await run('import', 'inventarisatie', file, goed, slecht, '--dry-run');
    expect(proef.code).toBe(1);
    expect(proef.out).toMatch(/nieuw\s+ingevuld-goed\.xlsx/);
    expect(proef.out).toMatch(/GEWEIGERD\s+ingevuld-leeg\.xlsx/);
    expect(proef.err).toMatch(/ingevuld-leeg\.xlsx: .*is verplicht/);
    expect((await fs.readFile(file)).equals(voor)).toBe(true);

    const echt = await run('import', 'inventarisatie', file, goed);
    expect(echt).toMatchObject({ code: 0 });
    expect(echt.out).toMatch(/1 formulier ingelezen, 0 geweigerd/);
    const { db } = await readSnapshot(file);
    const ronde = rondeMetNaam(db, 'Inventarisatie voorjaar');
    const anker = ronde?.deelnames.find((d) => d.organisatie.includes('Ankerpunt'));
    expect(anker?.status).toBe('ontvangen');
    expect(getAntwoorden(db, ronde?.id as string, anker?.organisatieId as string).aanbod).toEqual({
      soort: 'aanbod',
      aanbod: [{ code: 'werkervaringsplaats', plaatsen: 2 }],
    });
    db.close();

    const xlsx = join(dir, 'resultaten.xlsx');
    expect(await run('export', 'inventarisatie', file, '--out', xlsx)).toMatchObject({ code: 0 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(
      wb.getWorksheet('Aanbod')?.getCell(3, 1).value ?? wb.getWorksheet('Aanbod')?.getCell(1, 1).value,
    ).toBeTruthy();
    const organisaties = [5, 6, 7, 8].map((r) => wb.getWorksheet('Aanbod')?.getCell(r, 1).value);
    expect(organisaties).toContain('Het Ankerpunt Dagbesteding (fictief)');
  });

  test('a refused form: every problem printed with its cell; the file holds no answer and a "geweigerd" log line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    await run('voorbeeld', file);
    const map = join(dir, 'formulieren');
    await run('formulieren', file, '--out', map, '--alleen-openstaand');
    const [naam] = await fs.readdir(map);
    const slecht = await vulFormulier(join(map, naam as string), join(dir, 'slecht.xlsx'), (_, cel) => {
      cel('Heeft u bij andere').value = 'misschien';
      cel('Werkervaringsplaats').value = 'nee';
      cel('Werkervaringsplaats', 3).value = 2;
      cel('BBL-plaats', 3).value = 'veel';
    });
    const telAntwoorden = async () => {
      const raw = await openRaw(file);
      const n = scalar(raw, 'SELECT COUNT(*) FROM inventarisatie_antwoord WHERE deleted_at IS NULL');
      raw.close();
      return n;
    };
    const antwoordenVoor = await telAntwoorden();
    const uit = await run('import', 'inventarisatie', file, slecht);
    expect(uit.code).toBe(1);
    expect(uit.out).toMatch(/0 formulieren ingelezen, 1 geweigerd/);
    const regels = uit.err.split('\n');
    // Four problems (three wrong cells and the empty required contact), each on a line of its own.
    expect(regels).toEqual([
      expect.stringMatching(
        /^slecht\.xlsx: Cel B\d+, "Heeft u bij andere[^"]*": "misschien" is geen ja of nee\.$/,
      ),
      expect.stringMatching(
        /^slecht\.xlsx: Cel B\d+, "Welke mogelijkheden[^"]*": Werkervaringsplaats: hier staat "nee" maar ook 2 plaatsen/,
      ),
      expect.stringMatching(
        /^slecht\.xlsx: Cel C\d+, "Welke mogelijkheden[^"]*": BBL-plaats: "veel" is geen geheel/,
      ),
      expect.stringMatching(/^slecht\.xlsx: Cel B\d+, "Wie is bij u[^"]*": Deze vraag is verplicht/),
    ]);
    expect(await telAntwoorden()).toBe(antwoordenVoor);
    const raw = await openRaw(file);
    const laatste = raw.exec(
      `SELECT omschrijving, resultaat FROM wijziging WHERE actie = 'importeren' ORDER BY rowid DESC LIMIT 1`,
    )[0]?.values[0];
    raw.close();
    expect(laatste).toEqual(['1 ingevuld formulier geweigerd; daarvan is niets opgeslagen', 'mislukt']);
  });

  test('wrong use: no round name known, no --out', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    await run('voorbeeld', file);
    expect(await run('formulieren', file, '--out', dir, '--ronde', 'Bestaat niet')).toMatchObject({
      code: 1,
      err: expect.stringContaining('Er is geen ronde "Bestaat niet".'),
    });
    expect((await run('export', 'inventarisatie', file)).code).toBe(2);
    expect((await run('import', 'inventarisatie', file)).code).toBe(2);
  });
});
