import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { listBackups } from '../../electron/main/store/backups';
import { recordChange } from '../../electron/main/store/repositories/werkgroep';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { openRaw, scalar, tempDir } from './helpers/temp';

/**
 * `tafelwerk samenvoegen`: two copies of one file (the same bytes on two laptops), each changed in
 * the same field, merged from the command line. --dry-run only shows; without it the newest
 * change wins, the decision and what was not chosen are printed, and a backup came first.
 */

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function wijzig(pad: string, telefoon: string, tijd: string) {
  const { file } = await WerkgroepFile.open(pad);
  await file.write((db) => {
    const id = String(db.get<{ id: string }>(`SELECT id FROM organisatie ORDER BY id LIMIT 1`)?.id);
    db.update('organisatie', id, { telefoon }, tijd);
  });
  await file.close();
}

async function tweeKopieen() {
  const dir = await tempDir();
  const a = join(dir, 'werkgroep.tafelwerk');
  const b = join(dir, 'werkgroep-laptop-b.tafelwerk');
  expect((await run('voorbeeld', a)).code).toBe(0);
  await fs.copyFile(a, b);
  await wijzig(a, '0113 111 111', '2026-04-01T09:00:00.000Z');
  await wijzig(b, '0113 222 222', '2026-04-01T10:00:00.000Z');
  return { dir, a, b };
}

describe('tafelwerk samenvoegen', () => {
  test('--dry-run shows the conflict with both values and saves nothing', async () => {
    const { a, b } = await tweeKopieen();
    const voor = await fs.readFile(a);
    const r = await run('samenvoegen', a, b, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Conflicten: 1\./);
    expect(r.out).toContain('0113 111 111');
    expect(r.out).toContain('0113 222 222');
    expect(r.out).toMatch(/Proefdraai/);
    expect(Buffer.compare(await fs.readFile(a), voor)).toBe(0);
    const json = JSON.parse((await run('samenvoegen', a, b, '--dry-run', '--json')).out);
    expect(json.conflicten[0].opties).toHaveLength(2);
  });

  test('applies with the newest change winning, lists the decision, and took a backup first', async () => {
    const { a, b } = await tweeKopieen();
    const kopieenVoor = (await listBackups(a)).length;
    const r = await run('samenvoegen', a, b);
    expect(r.code).toBe(0);
    // Each value by the file it comes from; no author was recorded, so none is named.
    expect(r.out).toMatch(/Beslist: .* Gekozen: In werkgroep-laptop-b\.tafelwerk: 0113 222 222 — \d{4}-/);
    expect(r.out).toMatch(/niet gekozen: In dit bestand: 0113 111 111 — \d{4}-/);
    expect(r.out).not.toContain('onbekend');
    expect((await listBackups(a)).length).toBeGreaterThan(kopieenVoor);
    const db = await openRaw(a);
    expect(scalar(db, 'SELECT telefoon FROM organisatie ORDER BY id LIMIT 1')).toBe('0113 222 222');
    expect(scalar(db, 'PRAGMA integrity_check')).toBe('ok');
    expect(scalar(db, `SELECT COUNT(*) FROM wijziging WHERE omschrijving LIKE 'Samengevoegd:%'`)).toBe(1);
    db.close();
    // Merged again: nothing left to decide, and nothing comes in (the copy's value was seen).
    const nogmaals = (await run('samenvoegen', a, b, '--dry-run')).out;
    expect(nogmaals).toMatch(/Conflicten: 0\./);
    expect(nogmaals).toMatch(/Binnenkomend: 0 wijzigingen\./);
  });

  test("counts what comes in per area, as the app does, without the audit log's own rows", async () => {
    const dir = await tempDir();
    const a = join(dir, 'werkgroep.tafelwerk');
    const b = join(dir, 'werkgroep-laptop-b.tafelwerk');
    expect((await run('voorbeeld', a)).code).toBe(0);
    await fs.copyFile(a, b);
    // One change on the other laptop, written as the app writes it: the row and its audit line.
    const { file } = await WerkgroepFile.open(b);
    await file.write((db) => {
      const id = String(db.get<{ id: string }>('SELECT id FROM organisatie ORDER BY id LIMIT 1')?.id);
      db.update('organisatie', id, { telefoon: '0113 333 333' }, '2026-04-01T10:00:00.000Z');
      recordChange(db, 'Laptop B', 'organisatie', 'Organisatie gewijzigd');
    });
    await file.close();
    const r = await run('samenvoegen', a, b, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Binnenkomend: 1 wijziging\./);
    expect(r.out).toMatch(/^ {2}Organisaties +1$/m);
    expect(r.out).not.toMatch(/wijziging +\d/);
    // The machine-readable form keeps every table, the audit log's included.
    const json = JSON.parse((await run('samenvoegen', a, b, '--dry-run', '--json')).out);
    expect(json.binnenkomend.map((t: { tabel: string }) => t.tabel)).toContain('wijziging');
  });

  test("another werkgroep's file: exit 1 with the reason; a missing argument: exit 2", async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.tafelwerk');
    const c = join(dir, 'c.tafelwerk');
    await run('voorbeeld', a);
    await run('voorbeeld', c);
    const r = await run('samenvoegen', a, c);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/andere werkgroep/);
    expect((await run('samenvoegen', a)).code).toBe(2);
  });
});
