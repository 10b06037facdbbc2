import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppFault } from '../../electron/main/errors';
import { listBackups } from '../../electron/main/store/backups';
import { Db } from '../../electron/main/store/database';
import { atomicWrite } from '../../electron/main/store/file-io';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { type FileOptions, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { herstel, injecteer, type Stap } from './helpers/fouten';
import { bouwKind, startKind } from './helpers/kind-proces';
import { TELLER } from './helpers/teller';
import { openRaw, scalar, tempDir } from './helpers/temp';
import { nieuwBestand } from './helpers/werkgroep-bestand';

const OPTS: FileOptions = { keepBackups: 3, backupIntervalMs: 0 };
const DUTCH_FOUT = /^Opslaan is mislukt \([A-Z]+\)\. Uw wijzigingen staan nog in Tafelwerk; /;

const addGroep = (naam: string) => (db: Db) => db.insert('groep', { naam });
const groepenIn = (db: Db) =>
  db.all<{ naam: string }>('SELECT naam FROM groep ORDER BY naam').map((r) => r.naam);

async function groepenOpSchijf(path: string): Promise<string[]> {
  const raw = await openRaw(path);
  try {
    expect(raw.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    const rows = raw.exec('SELECT naam FROM groep ORDER BY naam')[0]?.values ?? [];
    return rows.map((r) => String(r[0]));
  } finally {
    raw.close();
  }
}

const tempsIn = async (dir: string) => (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));

const newFile = () => nieuwBestand(addGroep('A'), OPTS);

const isRoot = process.getuid?.() === 0;

describe('a fault at any step of a save loses nothing', () => {
  const gevallen: [Stap, string][] = [
    ['open', 'EACCES'],
    ['open', 'EROFS'],
    ['write', 'EIO'],
    ['schijf-vol', 'ENOSPC'],
    ['fsync', 'EIO'],
    ['close', 'EIO'],
    ['rename', 'EPERM'],
    ['rename', 'EXDEV'],
    ['rename-en-rm', 'EIO'],
  ];

  test.each(gevallen)(
    '%s fails with %s: old file intact, status fout in Dutch, change kept in memory, next write saves it',
    async (stap, code) => {
      const { dir, path, file } = await newFile();
      await file.write(addGroep('B'));
      const voor = await fs.readFile(path);

      const fout = injecteer(path, dir, stap, code);
      await file.write(addGroep('C')); // a failed save does not reject the write: the change is made
      expect(fout.geraakt).toBeGreaterThan(0);
      const status = file.saveStatus;
      expect(status.state).toBe('fout');
      expect(status.error).toMatch(DUTCH_FOUT);
      // rename-en-rm: a failing cleanup (EBUSY) does not hide the real cause, the rename.
      expect(status.error).toContain(code);
      expect(status.lastSavedAt).not.toBeNull();

      expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
      expect(await groepenOpSchijf(path)).toEqual(['A', 'B']);
      // A cleaned-up failure leaves no temp file; only a failed cleanup (as after a crash) does.
      expect(await tempsIn(dir)).toHaveLength(stap === 'rename-en-rm' ? 1 : 0);
      expect(groepenIn(file.db)).toEqual(['A', 'B', 'C']);

      herstel();
      await file.write(addGroep('D'));
      expect(file.saveStatus).toMatchObject({ state: 'opgeslagen', error: null });
      expect(await groepenOpSchijf(path)).toEqual(['A', 'B', 'C', 'D']);
      const [nieuwste] = await listBackups(path);
      expect(await groepenOpSchijf(nieuwste as string)).toEqual(['A', 'B', 'C', 'D']);
      await file.close();
      const { file: weer } = await WerkgroepFile.open(path, OPTS);
      expect(groepenIn(weer.db)).toEqual(['A', 'B', 'C', 'D']);
      await weer.close();
    },
  );

  test('disk full for several saves in a row: every one fails cleanly, close() saves once space is back', async () => {
    const { dir, path, file } = await newFile();
    const voor = await fs.readFile(path);
    const fout = injecteer(path, dir, 'schijf-vol');
    for (const naam of ['B', 'C', 'D']) {
      await file.write(addGroep(naam));
      expect(file.saveStatus.state).toBe('fout');
      expect(file.saveStatus.error).toContain('ENOSPC');
    }
    expect(fout.geraakt).toBe(3);
    expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
    expect(await tempsIn(dir)).toEqual([]);
    herstel();
    await file.close(); // close retries a failed save
    expect(await groepenOpSchijf(path)).toEqual(['A', 'B', 'C', 'D']);
    expect(await tempsIn(dir)).toEqual([]);
  });

  test('fsync of the folder fails: best effort by design, the new file is complete and the save counts', async () => {
    // The rename has already replaced the file; only its durability across a power cut is uncertain.
    const { dir, path, file } = await newFile();
    const fout = injecteer(path, dir, 'map-fsync');
    await file.write(addGroep('B'));
    expect(fout.geraakt).toBeGreaterThan(0);
    expect(file.saveStatus).toMatchObject({ state: 'opgeslagen', error: null });
    expect(await groepenOpSchijf(path)).toEqual(['A', 'B']);
    expect(await tempsIn(dir)).toEqual([]);
    await file.close();
  });

  test(`read-only folder (${isRoot ? 'root ignores chmod: EACCES injected' : 'chmod 0555'}): nothing lost, saved once writable`, async () => {
    const { dir, path, file } = await newFile();
    const voor = await fs.readFile(path);
    if (isRoot) injecteer(path, dir, 'open', 'EACCES');
    else await fs.chmod(dir, 0o555);
    try {
      await file.write(addGroep('B'));
      expect(file.saveStatus.state).toBe('fout');
      expect(file.saveStatus.error).toMatch(DUTCH_FOUT);
      expect(file.saveStatus.error).toMatch(/EACCES|EPERM|EROFS/);
      expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
      expect(await tempsIn(dir)).toEqual([]);
      expect(groepenIn(file.db)).toEqual(['A', 'B']);
    } finally {
      if (isRoot) herstel();
      else await fs.chmod(dir, 0o755);
    }
    await file.write(addGroep('C'));
    expect(file.saveStatus.state).toBe('opgeslagen');
    expect(await groepenOpSchijf(path)).toEqual(['A', 'B', 'C']);
    await file.close();
  });

  test('the seam is inert by default: atomicWrite with the real file system replaces the file', async () => {
    const dir = await tempDir('tafelwerk-fout-');
    const path = join(dir, 'los.bin');
    await atomicWrite(path, new Uint8Array([1, 2, 3]));
    await atomicWrite(path, new Uint8Array([4, 5]));
    expect([...(await fs.readFile(path))]).toEqual([4, 5]);
    expect(await tempsIn(dir)).toEqual([]);
  });
});

describe('never export inside a transaction, never write a damaged database', () => {
  test('Db.export() inside Db.transaction() throws, and the transaction rolls back', async () => {
    const SQL = await loadSqlJs();
    const db = new Db(new SQL.Database());
    db.exec('CREATE TABLE t (a TEXT)');
    expect(() =>
      db.transaction(() => {
        db.run("INSERT INTO t VALUES ('half')");
        return db.export();
      }),
    ).toThrow(/transactie/);
    expect(db.all('SELECT * FROM t')).toEqual([]);
    db.close();
  });

  test('a transaction opened past Db (raw BEGIN) cannot be exported either: sql.js refuses', async () => {
    const SQL = await loadSqlJs();
    const db = new Db(new SQL.Database());
    db.exec('CREATE TABLE t (a TEXT)');
    db.exec('BEGIN');
    db.run("INSERT INTO t VALUES ('half')");
    expect(db.inTransaction).toBe(false); // Db's own guard does not see it ...
    expect(() => db.export()).toThrow(/busy or locked|transaction/i); // ... but sql.js 1.16 does
    db.exec('ROLLBACK');
    expect(db.all('SELECT * FROM t')).toEqual([]);
    expect(new SQL.Database(db.export()).exec('SELECT COUNT(*) FROM t')[0]?.values).toEqual([[0]]);
    db.close();
  });

  /** Swaps the root pages of two indexes: every row is still there, but integrity_check fails. */
  function beschadigIndexen(db: Db): void {
    db.exec(`CREATE TABLE kapot1 (a INTEGER); CREATE INDEX kapot1_a ON kapot1 (a);
             CREATE TABLE kapot2 (a TEXT); CREATE INDEX kapot2_a ON kapot2 (a);`);
    for (let i = 0; i < 50; i++) {
      db.run('INSERT INTO kapot1 VALUES (?)', [i]);
      db.run('INSERT INTO kapot2 VALUES (?)', [`x${i}`]);
    }
    const root = (n: string) =>
      db.get<{ r: number }>('SELECT rootpage AS r FROM sqlite_master WHERE name = ?', [n])?.r;
    const [r1, r2] = [root('kapot1_a'), root('kapot2_a')];
    const versie = Number(db.pragma('schema_version'));
    db.exec(`PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET rootpage = ${r2} WHERE name = 'kapot1_a';
             UPDATE sqlite_master SET rootpage = ${r1} WHERE name = 'kapot2_a';
             PRAGMA schema_version = ${versie + 1};
             PRAGMA writable_schema = OFF;`);
    expect(db.integrityOk()).toBe(false);
    expect(db.pragma('quick_check')).toBe('ok'); // quick_check does not see this: use integrity_check
  }

  // A database damaged in memory must never replace the last good file on disk (and its backups).
  test('a save of a database that fails integrity_check is refused and the good file stays', async () => {
    const { dir, path, file } = await newFile();
    const voor = await fs.readFile(path);
    beschadigIndexen(file.db);
    await file.write(addGroep('B'));
    try {
      expect(file.saveStatus.state).toBe('fout');
      expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
      const raw = await openRaw(path);
      expect(raw.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
      raw.close();
      expect(await tempsIn(dir)).toEqual([]);
    } finally {
      await file.close().catch(() => undefined);
    }
  });
});

describe('a second instance or window cannot open a file that is open', () => {
  let kind: Awaited<ReturnType<typeof bouwKind>>;
  beforeAll(async () => {
    kind = await bouwKind();
  }, 60_000);
  afterAll(async () => {
    await kind?.opruimen();
  });

  const metTeller = () =>
    nieuwBestand((db) => {
      db.run(TELLER.maak);
      addGroep('A')(db);
    }, OPTS);

  test('same process (a second window): refused with BESTAND_IN_GEBRUIK; the first keeps saving', async () => {
    const { dir, path, file } = await metTeller();
    const voor = await fs.readdir(dir);
    const fout = await WerkgroepFile.open(path, OPTS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(AppFault);
    expect(fout).toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    expect((fout as AppFault).message).toMatch(/al geopend in Tafelwerk op deze computer/);
    await expect(WerkgroepFile.create(path, addGroep('X'), OPTS)).rejects.toMatchObject({
      code: 'BESTAND_IN_GEBRUIK',
    });
    expect(await fs.readdir(dir)).toEqual(voor); // nothing renamed aside, no lock taken over
    await file.write(addGroep('B'));
    expect(file.saveStatus.state).toBe('opgeslagen');
    expect(await groepenOpSchijf(path)).toEqual(['A', 'B']);
    await file.close();
    const { file: nu } = await WerkgroepFile.open(path, OPTS);
    expect(groepenIn(nu.db)).toEqual(['A', 'B']);
    await nu.close();
  });

  test('another process: refused with BESTAND_IN_GEBRUIK; the first one’s later saves stay', async () => {
    const { path, file } = await metTeller();
    const k = startKind(kind.script, ['openen', path]);
    const { regels } = await k.einde;
    expect(JSON.parse(regels.at(-1) ?? '{}')).toMatchObject({ ok: false, code: 'BESTAND_IN_GEBRUIK' });
    await file.write(addGroep('B'));
    expect(await groepenOpSchijf(path)).toEqual(['A', 'B']);
    await file.close();
    const { file: nu } = await WerkgroepFile.open(path, OPTS);
    expect(groepenIn(nu.db)).toEqual(['A', 'B']);
    await nu.close();
  });

  test('held open by another (live) process: this process is refused; that process’s saves stay', async () => {
    const { path, file } = await metTeller();
    await file.close();
    const k = startKind(kind.script, ['vasthouden', path]);
    try {
      await k.wachtOp(/^klaar$/);
      await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
      k.proc.stdin?.write('schrijf\n');
      expect(await k.wachtOp(/^geschreven/)).toBe('geschreven opgeslagen');
      await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
      const raw = await openRaw(path);
      expect(scalar(raw, TELLER.n)).toBe(1000);
      raw.close();
      k.proc.stdin?.end();
      await k.wachtOp(/^gesloten$/);
    } finally {
      k.proc.kill('SIGKILL');
      await k.einde;
    }
    const { file: nu } = await WerkgroepFile.open(path, OPTS);
    expect(nu.db.get<{ n: number }>(TELLER.n)?.n).toBe(1000);
    await nu.close();
  });
});
