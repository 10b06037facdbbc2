import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backupFolder, listBackups } from '../../electron/main/store/backups';
import { Db } from '../../electron/main/store/database';
import { lockPath } from '../../electron/main/store/lock';
import { migrate } from '../../electron/main/store/migrate';
import { APP_SCHEMA_VERSION, MIGRATIONS } from '../../electron/main/store/migrations';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { type FileOptions, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { nuIso } from '../../shared/klok';
import { exists, openRaw, scalar, tempDir } from './helpers/temp';
import { nieuwBestand } from './helpers/werkgroep-bestand';

const OPTS: FileOptions = { keepBackups: 3, backupIntervalMs: 0 };

const init = (naam: string) => (db: Db) => {
  db.insert('werkgroep', { naam, regio: 'Testregio' });
};
const naamIn = (db: Db) => db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam;
const renameWerkgroep = (naam: string) => (db: Db) => db.run('UPDATE werkgroep SET naam = ?', [naam]);
const addGroep = (naam: string) => (db: Db) => db.insert('groep', { naam });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function naamOnDisk(path: string): Promise<unknown> {
  const raw = await openRaw(path);
  try {
    return scalar(raw, 'SELECT naam FROM werkgroep');
  } finally {
    raw.close();
  }
}

const newFile = (name?: string, options: FileOptions = OPTS) => nieuwBestand(init('Start'), options, name);

describe('saving', () => {
  test('a change is saved, survives close and reopen, and the bytes are a healthy SQLite file', async () => {
    const { path, file } = await newFile();
    expect(file.saveStatus.state).toBe('opgeslagen');
    const groepId = await file.write((db) => {
      renameWerkgroep('Gewijzigd')(db);
      return db.insert('groep', { naam: 'Groep 1' });
    });
    expect(file.saveStatus).toMatchObject({ state: 'opgeslagen', error: null });
    expect(file.saveStatus.lastSavedAt).not.toBeNull();
    await file.close();
    expect(await exists(lockPath(path))).toBe(false);

    const raw = await openRaw(path);
    expect(raw.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(scalar(raw, 'SELECT naam FROM werkgroep')).toBe('Gewijzigd');
    expect(scalar(raw, 'SELECT MAX(versie) FROM schema_migratie')).toBe(APP_SCHEMA_VERSION);
    raw.close();

    const { file: again, melding } = await WerkgroepFile.open(path, OPTS);
    expect(melding).toBeNull();
    // Opened, it says when the file on disk was last written, not nothing.
    expect(again.saveStatus.lastSavedAt).toBe(new Date((await fs.stat(path)).mtimeMs).toISOString());
    expect(naamIn(again.db)).toBe('Gewijzigd');
    expect(again.db.get('SELECT id, naam FROM groep')).toEqual({ id: groepId, naam: 'Groep 1' });
    await again.close();
  });

  test('a change that throws is rolled back, rejects, and later writes still work', async () => {
    const { path, file } = await newFile();
    await expect(
      file.write((db) => {
        addGroep('Half')(db);
        throw new Error('mis');
      }),
    ).rejects.toThrow('mis');
    await file.write(addGroep('Heel'));
    expect(file.db.all('SELECT naam FROM groep')).toEqual([{ naam: 'Heel' }]);
    await file.close();
    const raw = await openRaw(path);
    expect(scalar(raw, 'SELECT group_concat(naam) FROM groep')).toBe('Heel');
    raw.close();
  });

  test('20 concurrent writes all land in memory and on disk', async () => {
    const { path, file } = await newFile();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => file.write(addGroep(`G${i}`))));
    expect(new Set(results).size).toBe(20);
    expect(file.saveStatus.state).toBe('opgeslagen');
    // Saved before close: read the bytes while the file is still open.
    const raw = await openRaw(path);
    expect(scalar(raw, 'SELECT COUNT(*) FROM groep')).toBe(20);
    raw.close();
    await file.close();
  });

  test('writes after close are refused with GEEN_BESTAND_OPEN', async () => {
    const { file } = await newFile();
    await file.close();
    await expect(file.write(addGroep('Te laat'))).rejects.toMatchObject({ code: 'GEEN_BESTAND_OPEN' });
  });

  test('create refuses to overwrite an existing file', async () => {
    const { path, file } = await newFile();
    await file.close();
    await expect(WerkgroepFile.create(path, init('Nieuw'), OPTS)).rejects.toMatchObject({
      code: 'ONGELDIGE_INVOER',
    });
    expect(await naamOnDisk(path)).toBe('Start');
    expect(await exists(lockPath(path))).toBe(false);
  });
});

describe('backups', () => {
  test('rotate: only the newest keepBackups remain, newest first, holding the latest state', async () => {
    const { path, file } = await newFile();
    for (let i = 1; i <= 6; i++) {
      await sleep(3); // backups are named by millisecond
      await file.write(renameWerkgroep(`Versie ${i}`));
    }
    await file.close();
    const backups = await listBackups(path);
    expect(backups).toHaveLength(3);
    const names = backups.map((b) => basename(b));
    expect(names).toEqual([...names].sort().reverse());
    expect(await naamOnDisk(backups[0] as string)).toBe('Versie 6');
    expect(await naamOnDisk(backups[2] as string)).toBe('Versie 4');
    const inFolder = (await fs.readdir(backupFolder(path))).filter((n) => n.endsWith('.tafelwerk'));
    expect(inFolder).toHaveLength(3);
  });
});

describe('opening a damaged file', () => {
  const damages: [string, (bytes: Buffer) => Buffer][] = [
    ['overwritten with garbage', (b) => Buffer.alloc(b.length, 0x5a)],
    ['truncated to half', (b) => b.subarray(0, Math.floor(b.length / 2))],
    ['zero length', () => Buffer.alloc(0)],
  ];

  test.each(damages)(
    '%s: opens the newest good backup, says so in Dutch and keeps the damaged file',
    async (_, damage) => {
      const { dir, path, file } = await newFile();
      await sleep(3);
      await file.write(renameWerkgroep('Laatste goede stand'));
      await file.close();
      const bad = damage(await fs.readFile(path));
      await fs.writeFile(path, bad);

      const { file: recovered, melding } = await WerkgroepFile.open(path, OPTS);
      expect(naamIn(recovered.db)).toBe('Laatste goede stand');
      expect(melding).toMatch(/beschadigd/);
      expect(melding).toMatch(/reservekopie/);
      expect(melding).toContain(basename(path));

      const aside = (await fs.readdir(dir)).filter((n) => n.includes('.beschadigd-'));
      expect(aside).toHaveLength(1);
      expect(melding).toContain(aside[0]);
      expect(Buffer.compare(await fs.readFile(join(dir, aside[0] as string)), bad)).toBe(0);

      // The file itself is healthy again and keeps working.
      expect(await naamOnDisk(path)).toBe('Laatste goede stand');
      await recovered.write(renameWerkgroep('Verder gewerkt'));
      await recovered.close();
      expect(await naamOnDisk(path)).toBe('Verder gewerkt');
    },
  );

  test('skips a damaged newest backup and opens the one before it', async () => {
    const { path, file } = await newFile();
    await sleep(3);
    await file.write(renameWerkgroep('Ouder'));
    await sleep(3);
    await file.write(renameWerkgroep('Nieuwer'));
    await file.close();
    const [newest] = await listBackups(path);
    await fs.writeFile(newest as string, 'rommel');
    await fs.writeFile(path, 'ook rommel');

    const { file: recovered, melding } = await WerkgroepFile.open(path, OPTS);
    expect(melding).toMatch(/beschadigd/);
    expect(naamIn(recovered.db)).toBe('Ouder');
    await recovered.close();
  });

  test('without backups the open fails with BESTAND_BESCHADIGD and releases the lock', async () => {
    const { path, file } = await newFile();
    await file.close();
    await fs.rm(backupFolder(path), { recursive: true });
    await fs.writeFile(path, 'dit is geen database, maar wel lang genoeg om op een bestand te lijken');

    const failure = WerkgroepFile.open(path, OPTS);
    await expect(failure).rejects.toMatchObject({ code: 'BESTAND_BESCHADIGD' });
    await expect(failure).rejects.toThrow(/geen bruikbare reservekopie/);
    expect(await exists(lockPath(path))).toBe(false);
  });

  test('a missing file fails with BESTAND_NIET_GEVONDEN', async () => {
    const dir = await tempDir();
    const path = join(dir, 'bestaat-niet.tafelwerk');
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'BESTAND_NIET_GEVONDEN' });
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toThrow(/niet gevonden/);
    expect(await exists(lockPath(path))).toBe(false);
  });

  test('a file written by a newer Tafelwerk is refused (not "recovered" from a backup)', async () => {
    const { path, file } = await newFile();
    await file.write((db) =>
      db.insert('schema_migratie', { versie: APP_SCHEMA_VERSION + 1, naam: 'toekomst' }),
    );
    await file.close();
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'BESTAND_TE_NIEUW' });
    expect(await exists(lockPath(path))).toBe(false);
    expect((await fs.readdir(join(path, '..'))).some((n) => n.includes('.beschadigd-'))).toBe(false);
  });

  test('another SQLite file is refused with GEEN_TAFELWERK_BESTAND', async () => {
    const dir = await tempDir();
    const path = join(dir, 'vreemd.tafelwerk');
    const SQL = await loadSqlJs();
    const raw = new SQL.Database();
    raw.exec('CREATE TABLE klanten (id INTEGER PRIMARY KEY)');
    await fs.writeFile(path, raw.export());
    raw.close();
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'GEEN_TAFELWERK_BESTAND' });
  });
});

describe('lock', () => {
  test('a second open of an open file is refused with BESTAND_IN_GEBRUIK, and works after close', async () => {
    const { path, file } = await newFile();
    const lock = JSON.parse(await fs.readFile(lockPath(path), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });

    const second = WerkgroepFile.open(path, OPTS);
    await expect(second).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    await expect(second).rejects.toThrow(/al geopend/);
    // The refused open did not take the lock away from the first.
    expect(await exists(lockPath(path))).toBe(true);
    await file.write(renameWerkgroep('Nog steeds van mij'));

    await file.close();
    const { file: again } = await WerkgroepFile.open(path, OPTS);
    expect(naamIn(again.db)).toBe('Nog steeds van mij');
    await again.close();
  });

  test('a stale lock of a process that no longer exists on this computer is taken over', async () => {
    const { path, file } = await newFile();
    await file.close();
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    expect(() => process.kill(dead, 0)).toThrow();
    await fs.writeFile(lockPath(path), JSON.stringify({ pid: dead, host: hostname(), sinds: nuIso() }));

    const { file: opened } = await WerkgroepFile.open(path, OPTS);
    expect(JSON.parse(await fs.readFile(lockPath(path), 'utf8')).pid).toBe(process.pid);
    await opened.close();
    expect(await exists(lockPath(path))).toBe(false);
  });

  test('a lock of a live process, or of another computer, is respected', async () => {
    const { path, file } = await newFile();
    await file.close();
    const sinds = nuIso();
    await fs.writeFile(lockPath(path), JSON.stringify({ pid: process.ppid, host: hostname(), sinds }));
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });

    await fs.writeFile(lockPath(path), JSON.stringify({ pid: 1, host: 'laptop-van-iemand-anders', sinds }));
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toThrow(/laptop-van-iemand-anders/);
    expect(JSON.parse(await fs.readFile(lockPath(path), 'utf8')).host).toBe('laptop-van-iemand-anders');
  });
});

describe('save failure', () => {
  test('a failed save is reported in Dutch, keeps the change in memory, and the next write saves both', async () => {
    const root = await tempDir();
    const folder = join(root, 'werk');
    await fs.mkdir(folder);
    const path = join(folder, 'werkgroep.tafelwerk');
    const file = await WerkgroepFile.create(path, init('Start'), OPTS);

    // The folder disappears (e.g. a network share drops) and a plain file takes its place:
    // creating the temp file then fails with ENOTDIR, also for root.
    const parked = join(root, 'werk-geparkeerd');
    await fs.rename(folder, parked);
    await fs.writeFile(folder, 'geen map');

    await file.write(addGroep('Eerste wijziging'));
    const status = file.saveStatus;
    expect(status.state).toBe('fout');
    expect(status.error).toMatch(/Opslaan is mislukt/);
    expect(status.error).toMatch(/ENOTDIR/);
    expect(status.error).toMatch(/wijzigingen staan nog in Tafelwerk/);
    expect(file.db.all('SELECT naam FROM groep')).toEqual([{ naam: 'Eerste wijziging' }]);

    await fs.rm(folder);
    await fs.rename(parked, folder);
    await file.write(addGroep('Tweede wijziging'));
    expect(file.saveStatus).toMatchObject({ state: 'opgeslagen', error: null });

    const raw = await openRaw(path);
    expect(scalar(raw, 'SELECT group_concat(naam, "|") FROM (SELECT naam FROM groep ORDER BY naam)')).toBe(
      'Eerste wijziging|Tweede wijziging',
    );
    raw.close();
    await file.close();
  });

  test('close() retries a failed save', async () => {
    const root = await tempDir();
    const folder = join(root, 'werk');
    await fs.mkdir(folder);
    const path = join(folder, 'werkgroep.tafelwerk');
    const file = await WerkgroepFile.create(path, init('Start'), OPTS);
    const parked = join(root, 'geparkeerd');
    await fs.rename(folder, parked);
    await fs.writeFile(folder, 'geen map');
    await file.write(renameWerkgroep('Niet kwijt'));
    expect(file.saveStatus.state).toBe('fout');
    await fs.rm(folder);
    await fs.rename(parked, folder);

    await file.close();
    expect(await naamOnDisk(path)).toBe('Niet kwijt');
  });
});

describe('saveAs', () => {
  test('continues under the new name; the old file keeps its last state and the lock moves', async () => {
    const { dir, path, file } = await newFile();
    await file.write(renameWerkgroep('Voor opslaan als'));
    const target = join(dir, 'kopie.tafelwerk');

    await file.saveAs(target);
    expect(file.path).toBe(target);
    expect(file.name).toBe('kopie.tafelwerk');
    expect(await exists(lockPath(path))).toBe(false);
    expect(JSON.parse(await fs.readFile(lockPath(target), 'utf8')).pid).toBe(process.pid);

    await file.write(renameWerkgroep('Na opslaan als'));
    expect(await naamOnDisk(target)).toBe('Na opslaan als');
    expect(await naamOnDisk(path)).toBe('Voor opslaan als');

    // The old file is free again; the new one is taken.
    const { file: old } = await WerkgroepFile.open(path, OPTS);
    await old.close();
    await expect(WerkgroepFile.open(target, OPTS)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    await file.close();
    expect(await exists(lockPath(target))).toBe(false);
  });

  test('saving as a file that is open elsewhere is refused and the file stays where it was', async () => {
    const { dir, path, file } = await newFile();
    const otherPath = join(dir, 'ander.tafelwerk');
    const other = await WerkgroepFile.create(otherPath, init('Ander'), OPTS);
    await expect(file.saveAs(otherPath)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    expect(file.path).toBe(path);
    expect(await naamOnDisk(otherPath)).toBe('Ander');
    await other.close();
    await file.close();
  });
});

test('opening a file migrates it in memory and saves the new schema on the next write', async () => {
  const dir = await tempDir();
  const path = join(dir, 'oud.tafelwerk');
  const SQL = await loadSqlJs();
  const v1 = new Db(new SQL.Database());
  migrate(v1, MIGRATIONS.slice(0, 1));
  init('Oud')(v1);
  await fs.writeFile(path, v1.export());
  v1.close();

  const { file } = await WerkgroepFile.open(path, OPTS);
  expect(naamIn(file.db)).toBe('Oud');
  await file.write((db) => db.insert('planning_fase', { naam: 'Fase', volgorde: 1 }));
  await file.close();
  const raw = await openRaw(path);
  expect(scalar(raw, 'SELECT MAX(versie) FROM schema_migratie')).toBe(APP_SCHEMA_VERSION);
  expect(scalar(raw, 'SELECT naam FROM planning_fase')).toBe('Fase');
  raw.close();
});
