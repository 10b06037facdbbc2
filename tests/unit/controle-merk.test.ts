import { promises as fs } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listBackups } from '../../electron/main/store/backups';
import { Db } from '../../electron/main/store/database';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { type FileOptions, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { nieuwBestand } from './helpers/werkgroep-bestand';

/**
 * The integrity check is split so that a large file stays quick: on save only what changed is
 * checked, a full check runs before each backup and on close, and a file whose bytes carry the
 * mark of a passed full check opens without a new one. These tests show each part does its job —
 * and that no shortcut lets damage through.
 */

const init = (db: Db) => {
  db.insert('werkgroep', { naam: 'Start', regio: 'Testregio' });
};
const hernoem = (naam: string) => (db: Db) => db.run('UPDATE werkgroep SET naam = ?', [naam]);

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Bytes of a database with two indexed tables whose index pages are swapped: every row is still
 * there and the schema is untouched, but neither index matches its table any more.
 */
async function metVerwisseldeIndexen(): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const raw = new SQL.Database();
  raw.exec(`CREATE TABLE kapot1 (a INTEGER, b INTEGER); CREATE INDEX kapot1_a ON kapot1 (a);
            CREATE TABLE kapot2 (a TEXT); CREATE INDEX kapot2_a ON kapot2 (a);
            CREATE TABLE heel (a INTEGER);`);
  for (let i = 0; i < 50; i++) raw.run('INSERT INTO kapot1 (a) VALUES (?), (?)', [i, i + 100]);
  for (let i = 0; i < 50; i++) raw.run('INSERT INTO kapot2 VALUES (?)', [`x${i}`]);
  const root = (n: string) =>
    Number(raw.exec(`SELECT rootpage FROM sqlite_master WHERE name = '${n}'`)[0]?.values[0]?.[0]);
  const pagina = Number(raw.exec('PRAGMA page_size')[0]?.values[0]?.[0]);
  const [r1, r2] = [root('kapot1_a'), root('kapot2_a')];
  const bytes = raw.export();
  raw.close();
  const p1 = bytes.slice((r1 - 1) * pagina, r1 * pagina);
  bytes.copyWithin((r1 - 1) * pagina, (r2 - 1) * pagina, r2 * pagina);
  bytes.set(p1, (r2 - 1) * pagina);
  return bytes;
}

describe('checking what changed (Db.changesOk)', () => {
  test('finds damage in a table that was written, and the full check finds it anywhere', async () => {
    const SQL = await loadSqlJs();
    const db = new Db(new SQL.Database(await metVerwisseldeIndexen()));
    // Pretend the damage slipped in after the last passed check.
    db.markChecked();
    expect(db.unchecked).toBe(false);

    // A write elsewhere: only that table is checked, and it is healthy.
    db.run('INSERT INTO heel VALUES (1)');
    expect(db.unchecked).toBe(true);
    expect(db.changesOk()).toBe(true);
    expect(db.unchecked).toBe(false);

    // A write to a damaged table (not to its index, which would fail at once): its indexes are
    // checked with it.
    db.run('UPDATE kapot1 SET b = 1 WHERE rowid = 1');
    expect(db.changesOk()).toBe(false);
    // Still not passed: the next check looks again.
    expect(db.unchecked).toBe(true);
    expect(db.integrityOk()).toBe(false);
    db.close();
  });

  test('a schema change makes the next check a full one', async () => {
    const SQL = await loadSqlJs();
    const db = new Db(new SQL.Database(await metVerwisseldeIndexen()));
    db.markChecked();
    db.exec('CREATE TABLE nieuw (a INTEGER)');
    expect(db.unchecked).toBe(true);
    // Nothing was written to the damaged tables, yet the check fails: it checked everything.
    expect(db.changesOk()).toBe(false);
    db.close();
  });
});

describe('saving and opening a werkgroep file', () => {
  const OPTS: FileOptions = { keepBackups: 3, backupIntervalMs: 60 * 60 * 1000 };

  test('a save between backups checks what changed; the backup save and the close check everything', async () => {
    const { path, file } = await nieuwBestand(init, OPTS);
    const volledig = vi.spyOn(Db.prototype, 'integrityOk');
    const gewijzigd = vi.spyOn(Db.prototype, 'changesOk');
    await file.write(hernoem('Een'));
    await file.write(hernoem('Twee'));
    expect(volledig).not.toHaveBeenCalled();
    expect(gewijzigd).toHaveBeenCalledTimes(2);
    await file.close();
    expect(volledig).toHaveBeenCalledTimes(1);

    // The close marked the file: opening it again needs no new check, and the data is there.
    volledig.mockClear();
    const { file: weer } = await WerkgroepFile.open(path, OPTS);
    expect(volledig).not.toHaveBeenCalled();
    expect(weer.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam).toBe('Twee');
    await weer.close();
    expect(volledig).not.toHaveBeenCalled();
  });

  test('any byte changed on disk misses the mark and gets the full check', async () => {
    const { path, file } = await nieuwBestand(init, OPTS);
    await file.close();
    const bytes = await fs.readFile(path);
    // A byte in the header's unused "reserved for expansion" area: SQLite ignores it, the mark does not.
    bytes[75] = (bytes[75] ?? 0) ^ 0x01;
    await fs.writeFile(path, bytes);
    const volledig = vi.spyOn(Db.prototype, 'integrityOk');
    const { file: weer, melding } = await WerkgroepFile.open(path, OPTS);
    expect(melding).toBeNull();
    expect(volledig).toHaveBeenCalledTimes(1);
    await weer.close();
    // The backup taken on open holds the bytes as they are on disk (not sql.js's working copy).
    const [nieuwste] = await listBackups(path);
    expect(Buffer.compare(await fs.readFile(nieuwste as string), await fs.readFile(path))).toBe(0);

    // That check passed, so the open marked the new bytes: the next open trusts them.
    volledig.mockClear();
    const { file: derde } = await WerkgroepFile.open(path, OPTS);
    expect(volledig).not.toHaveBeenCalled();
    await derde.close();
  });

  test('a damaged file with an old mark is still caught and restored from its backup', async () => {
    const { dir, path, file } = await nieuwBestand(init, OPTS);
    await file.close();
    // The same damaged database, written where the good file was: its mark cannot match.
    await fs.writeFile(path, await metVerwisseldeIndexen());
    const { file: hersteld, melding } = await WerkgroepFile.open(path, OPTS);
    expect(melding).toMatch(/beschadigd/);
    expect(hersteld.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam).toBe('Start');
    await hersteld.close();
    expect((await fs.readdir(dir)).some((n) => n.includes('.beschadigd-'))).toBe(true);
  });
});
