import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { celTekst } from '../../electron/main/excel/import-lezen';
import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { nu } from '../../shared/klok';
import { exists, tempDir } from './helpers/temp';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function voorbeeld(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'voorbeeld.tafelwerk');
  expect((await run('voorbeeld', file)).code).toBe(0);
  return { dir, file };
}

async function lijst(pad: string, rijen: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  ws.addRow(['Naam', 'Soort', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeenten']);
  for (const r of rijen) ws.addRow(r);
  await wb.xlsx.writeFile(pad);
  return pad;
}

const aantalOrganisaties = async (file: string) => {
  const { db } = await readSnapshot(file);
  const n = listOrganisaties(db, { metGearchiveerd: true }).length;
  db.close();
  return n;
};

describe('tafelwerk export sroi', () => {
  test('writes the workbook for the chosen year; totals equal the overview of the file', async () => {
    const { dir, file } = await voorbeeld();
    const jaar = nu().getFullYear();
    const out = join(dir, 'sroi.xlsx');
    const before = await fs.readFile(file);
    const result = await run('export', 'sroi', file, '--out', out, '--jaar', String(jaar));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(out);
    // Exporting never changes (or locks) the werkgroep file.
    expect(Buffer.compare(await fs.readFile(file), before)).toBe(0);
    expect(await exists(`${file}.lock`)).toBe(false);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Per aanbieder',
      'Per gemeente',
      'Contracten',
      'Realisaties',
    ]);
    const { db } = await readSnapshot(file);
    const verwacht = sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`);
    db.close();
    const blad = wb.getWorksheet('Per gemeente');
    const totaal = blad?.getRows(1, blad.rowCount)?.find((r) => r.getCell(1).value === 'Totaal');
    if (!totaal) throw new Error('Geen totaalrij op het blad Per gemeente');
    expect(Math.round((totaal.getCell(3).value as { result: number }).result * 100)).toBe(
      verwacht.totaalCent,
    );
  });

  test('usage errors exit 2 and write nothing', async () => {
    const { dir, file } = await voorbeeld();
    const zonderOut = await run('export', 'sroi', file);
    expect(zonderOut.code).toBe(2);
    expect(zonderOut.err).toMatch(/--out/);
    expect((await run('export', 'sroi', file, '--out', join(dir, 'x.csv'))).code).toBe(2);
    expect((await run('export', 'sroi', file, '--out', join(dir, 'x.xlsx'), '--jaar', 'twintig')).code).toBe(
      2,
    );
    expect(
      (
        await run(
          'export',
          'sroi',
          file,
          '--out',
          join(dir, 'x.xlsx'),
          '--van',
          '2026-06-01',
          '--tot',
          '2026-01-01',
        )
      ).code,
    ).toBe(2);
    expect((await run('export', 'onbekend', file, '--out', join(dir, 'x.xlsx'))).code).toBe(2);
    expect(await exists(join(dir, 'x.xlsx'))).toBe(false);
  });

  test('a missing werkgroep file: exit 1 with a Dutch reason', async () => {
    const dir = await tempDir();
    const result = await run('export', 'sroi', join(dir, 'weg.tafelwerk'), '--out', join(dir, 'x.xlsx'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Geweigerd: .*niet gevonden/);
  });
});

describe('tafelwerk import organisaties', () => {
  test('--dry-run prints the preview and stores nothing; without it the new rows are stored', async () => {
    const { dir, file } = await voorbeeld();
    const voor = await aantalOrganisaties(file);
    const xlsx = await lijst(join(dir, 'lijst.xlsx'), [
      [
        'Leerwerkbedrijf Oesterput (fictief)',
        'Werkbedrijf',
        'K. Visser',
        'k@oesterput.example',
        '',
        'Goes; Tholen',
      ],
      ['Zorggroep De Schelpenbank (fictief)', 'Zorgaanbieder', '', '', '', ''],
    ]);
    const proef = await run('import', 'organisaties', file, xlsx, '--dry-run');
    expect(proef.code).toBe(0);
    expect(proef.out).toMatch(/1 nieuw, 1 bestaan al/);
    expect(proef.out).toMatch(/rij\s+2\s+nieuw\s+Leerwerkbedrijf Oesterput/);
    expect(proef.out).toMatch(/niets opgeslagen/);
    expect(await aantalOrganisaties(file)).toBe(voor);

    const echt = await run('import', 'organisaties', file, xlsx);
    expect(echt.code).toBe(0);
    expect(echt.out).toMatch(/1 organisatie toegevoegd/);
    const { db } = await readSnapshot(file);
    const nieuw = listOrganisaties(db, { zoek: 'Oesterput' });
    db.close();
    expect(nieuw).toHaveLength(1);
    expect(nieuw[0]).toMatchObject({
      soort: 'werkbedrijf',
      contactpersoon: 'K. Visser',
      werkgebied: ['Goes', 'Tholen'],
    });
    expect(await exists(`${file}.lock`)).toBe(false);
  });

  test('one bad row refuses the whole list: exit 1, every problem on stderr, nothing stored', async () => {
    const { dir, file } = await voorbeeld();
    const voor = await fs.readFile(file);
    const xlsx = await lijst(join(dir, 'fout.xlsx'), [
      ['Leerwerkbedrijf Oesterput (fictief)', 'Werkbedrijf', '', '', '', 'Goes'],
      ['Stichting Nergens (fictief)', 'ziekenhuis', '', 'geen-adres', '', 'Atlantis'],
    ]);
    const result = await run('import', 'organisaties', file, xlsx);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Rij 3:.*ziekenhuis/);
    expect(result.err).toMatch(/Rij 3:.*Atlantis/);
    expect(result.err).toMatch(/Geweigerd: de lijst bevat fouten; er is niets ingelezen\./);
    expect(Buffer.compare(await fs.readFile(file), voor)).toBe(0);
  });

  test('a file that is not Excel is refused with a reason', async () => {
    const { dir, file } = await voorbeeld();
    const nep = join(dir, 'nep.xlsx');
    await fs.writeFile(nep, 'dit is geen werkmap');
    const result = await run('import', 'organisaties', file, nep);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/geen leesbaar Excel-bestand/);
  });
});

/** Every cell of every sheet of a workbook on disk, as text. */
async function cellen(pad: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const teksten: string[] = [];
  for (const blad of wb.worksheets)
    blad.eachRow((rij) => {
      rij.eachCell((cel) => {
        teksten.push(celTekst(cel.value));
      });
    });
  return teksten;
}

async function kandidatenLijst(pad: string, rijen: (string | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Aanmelding');
  ws.addRow(['Code', 'Initialen', 'Gemeente', 'Uitkering', 'Klantmanager', 'Startdatum']);
  for (const r of rijen) ws.addRow(r);
  await wb.xlsx.writeFile(pad);
  return pad;
}

const kandidaten = async (file: string) => {
  const { db } = await readSnapshot(file);
  const lijst = listKandidaten(db, { metNamen: true });
  db.close();
  return lijst;
};

describe('tafelwerk export kandidaten', () => {
  test('pseudonymised by default: no name or initials in any cell, no barriers, quiet stderr', async () => {
    const { dir, file } = await voorbeeld();
    const personen = (await kandidaten(file)).filter((k) => k.naam);
    expect(personen.length).toBeGreaterThanOrEqual(10);
    const out = join(dir, 'kandidaten.xlsx');
    const before = await fs.readFile(file);
    const result = await run('export', 'kandidaten', file, '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`Kandidaten en trajecten (gepseudonimiseerd) geschreven naar ${out}`);
    expect(Buffer.compare(await fs.readFile(file), before)).toBe(0);
    expect(await exists(`${file}.lock`)).toBe(false);

    const teksten = await cellen(out);
    for (const p of personen) {
      expect(teksten.some((t) => t.includes(p.naam as string))).toBe(false);
      expect(teksten).not.toContain(p.initialen);
    }
    expect(teksten.join('\n')).not.toContain('Schuldhulp');
    // Every candidate by code, once.
    for (const p of personen) expect(teksten.filter((t) => t === p.code).length).toBeGreaterThanOrEqual(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen']);
  });

  test('--met-namen --met-belemmeringen: names and the barriers sheet, with a warning per choice on stderr', async () => {
    const { dir, file } = await voorbeeld();
    const out = join(dir, 'met-namen.xlsx');
    const result = await run(
      'export',
      'kandidaten',
      file,
      '--out',
      out,
      '--met-namen',
      '--met-belemmeringen',
    );
    expect(result.code).toBe(0);
    expect(result.err.split('\n')).toEqual([
      'Let op: het bestand bevat namen en initialen van kandidaten (persoonsgegevens).',
      'Let op: het bestand bevat belemmeringen zoals gezondheid en schulden (gevoelige gegevens).',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen', 'Belemmeringen']);
    const teksten = await cellen(out);
    expect(teksten).toContain('Bram Voorbeeld');
    expect(teksten).toContain('Schuldhulp loopt via de gemeente.');

    const alleenNamen = await run('export', 'kandidaten', file, '--out', join(dir, 'n.xlsx'), '--met-namen');
    expect(alleenNamen.err).toBe(
      'Let op: het bestand bevat namen en initialen van kandidaten (persoonsgegevens).',
    );
  });

  test('usage errors exit 2 and write nothing', async () => {
    const { dir, file } = await voorbeeld();
    expect((await run('export', 'kandidaten', file)).code).toBe(2);
    expect((await run('export', 'kandidaten', file, '--out', join(dir, 'x.csv'))).code).toBe(2);
    expect((await run('export', 'kandidaten', file, '--out', join(dir, 'x.xlsx'), '--namen')).code).toBe(2);
    expect(await exists(join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('tafelwerk import kandidaten', () => {
  test('--dry-run prints the preview and stores nothing; without it the new rows are stored as aangemeld', async () => {
    const { dir, file } = await voorbeeld();
    const voor = await kandidaten(file);
    const bestaand = voor[0]?.code as string;
    const xlsx = await kandidatenLijst(join(dir, 'aanmelding.xlsx'), [
      ['GOES-2026-01', 'Q.R.', 'Goes', 'WW', 'Klantmanager Proef', '02-03-2026'],
      [null, 'S.T.', 'gemeente tholen', 'Wajong', null, null],
      [bestaand.toLowerCase(), null, 'Goes', null, null, null],
    ]);
    const proef = await run('import', 'kandidaten', file, xlsx, '--dry-run');
    expect(proef.code).toBe(0);
    expect(proef.out).toMatch(/aanmelding\.xlsx: 2 nieuw, 1 bestaan al \(overgeslagen\), 0 met een fout\./);
    expect(proef.out).toMatch(/rij\s+2\s+nieuw\s+GOES-2026-01 · Goes · WW · 2026-03-02/);
    expect(proef.out).toMatch(/rij\s+3\s+nieuw\s+\(nieuwe code\) · Tholen · Wajong/);
    expect(proef.out).toMatch(new RegExp(`rij\\s+4\\s+bestaat al\\s+${bestaand}`));
    // The preview shows codes, never initials.
    expect(proef.out).not.toMatch(/Q\.R\.|S\.T\./);
    expect(proef.out).toMatch(/niets opgeslagen/);
    expect(await kandidaten(file)).toHaveLength(voor.length);

    const echt = await run('import', 'kandidaten', file, xlsx);
    expect(echt).toMatchObject({ code: 0, err: '' });
    expect(echt.out).toMatch(/2 kandidaten toegevoegd aan .* \(status Aangemeld\)\./);
    const na = await kandidaten(file);
    expect(na).toHaveLength(voor.length + 2);
    expect(na.find((k) => k.code === 'GOES-2026-01')).toMatchObject({
      initialen: 'Q.R.',
      gemeente: 'Goes',
      status: 'aangemeld',
      startdatum: '2026-03-02',
    });
    expect(na.find((k) => k.initialen === 'S.T.')).toMatchObject({ gemeente: 'Tholen', status: 'aangemeld' });
    expect(await exists(`${file}.lock`)).toBe(false);
  });

  test('one bad row refuses the whole list: exit 1, every problem on stderr, file unchanged', async () => {
    const { dir, file } = await voorbeeld();
    const voor = await fs.readFile(file);
    const xlsx = await kandidatenLijst(join(dir, 'fout.xlsx'), [
      ['GOES-2026-01', 'Q.R.', 'Goes', 'WW', null, null],
      ['GOES 2026/02', null, 'Atlantis', 'Toeslag', null, '31-02-2026'],
      ['GOES-2026-01', 'U.', 'Goes', null, null, null],
    ]);
    const result = await run('import', 'kandidaten', file, xlsx);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/1 nieuw, 0 bestaan al \(overgeslagen\), 2 met een fout\./);
    expect(result.err).toMatch(/Rij 3: de code is geen pseudoniem/);
    expect(result.err).toMatch(/Rij 3: gemeente "Atlantis" is onbekend/);
    expect(result.err).toMatch(/Rij 3: uitkering "Toeslag" is onbekend/);
    expect(result.err).toMatch(/Rij 3: startdatum "31-02-2026" is geen datum/);
    expect(result.err).toMatch(/Rij 4: code GOES-2026-01 staat al op rij 2 van dit bestand\./);
    expect(result.err).toMatch(/Geweigerd: de lijst bevat fouten; er is niets ingelezen\.$/);
    expect(Buffer.compare(await fs.readFile(file), voor)).toBe(0);
    expect((await run('import', 'kandidaten', file, xlsx, '--dry-run')).code).toBe(1);
  });

  test('usage: two files needed (exit 2); a file that is not Excel is refused (exit 1)', async () => {
    const { dir, file } = await voorbeeld();
    expect((await run('import', 'kandidaten', file)).code).toBe(2);
    const nep = join(dir, 'nep.xlsx');
    await fs.writeFile(nep, 'dit is geen werkmap');
    const result = await run('import', 'kandidaten', file, nep);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/geen leesbaar Excel-bestand/);
  });
});
