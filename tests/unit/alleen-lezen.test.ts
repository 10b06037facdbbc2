import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { initialiseerWerkgroep } from '../../electron/main/services/nieuwe-werkgroep';
import { Session } from '../../electron/main/services/session';
import { backupFolder } from '../../electron/main/store/backups';
import { lockPath } from '../../electron/main/store/lock';
import { nieuweSleutel, type Sleutel } from '../../electron/main/store/versleuteling';
import { type FileOptions, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { WissenRegister } from '../../electron/main/store/wissen-register';
import { nuIso } from '../../shared/klok';
import { dialogen } from './helpers/dialogs';
import { TELLER } from './helpers/teller';
import { exists, tempDir } from './helpers/temp';

const OPTS: FileOptions = { keepBackups: 2, backupIntervalMs: 60_000 };
const WACHTWOORD = 'een lang genoeg wachtwoord';
const SNEL = { N: 2 ** 12, r: 8, p: 1 };

const lockVanAnder = () =>
  JSON.stringify({
    pid: 4242,
    host: 'laptop-van-secretariaat',
    gebruiker: 'j.devries',
    sinds: nuIso(),
    ververst: nuIso(),
    id: 'van-een-ander',
  });

/** A saved file with the counter row, closed, with a colleague's lock beside it. */
async function bestandInGebruik(
  sleutel: Sleutel | null = null,
): Promise<{ dir: string; path: string; lock: string }> {
  const dir = await tempDir('tafelwerk-lezen-');
  const path = join(dir, 'werkgroep.tafelwerk');
  const file = await WerkgroepFile.create(
    path,
    (db) => {
      initialiseerWerkgroep(db, { naam: 'Werkgroep Lezen', regio: 'Oosterschelderegio' });
      db.run(TELLER.maak);
    },
    OPTS,
    sleutel,
  );
  await file.close();
  await fs.rm(backupFolder(path), { recursive: true, force: true });
  const lock = lockVanAnder();
  await fs.writeFile(lockPath(path), lock);
  return { dir, path, lock };
}

describe('opening a file read-only beside someone else’s lock', () => {
  test('shows the data, refuses every change, and leaves the file, their lock and the folder as they were', async () => {
    const { dir, path, lock } = await bestandInGebruik();
    const voor = await fs.readFile(path);
    const mtime = (await fs.stat(path)).mtimeMs;
    const lijstVoor = (await fs.readdir(dir)).sort();

    const { file } = await WerkgroepFile.open(path, OPTS, undefined, false, 'alleenLezen');
    expect(file.alleenLezen).toBe(true);
    expect(file.db.get<{ n: number }>(TELLER.n)?.n).toBe(0);
    await expect(file.write((db) => db.run(TELLER.zet, [1, null, null]))).rejects.toMatchObject({
      code: 'ALLEEN_LEZEN',
    });
    await expect(file.writeAndPurge(() => undefined)).rejects.toThrow(/alleen-lezen geopend/);
    expect(await file.opslaanVoorSluiten()).toBe(true);
    await file.close();

    expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
    expect((await fs.stat(path)).mtimeMs).toBe(mtime);
    expect(await fs.readFile(lockPath(path), 'utf8')).toBe(lock);
    expect((await fs.readdir(dir)).sort()).toEqual(lijstVoor);
    expect(await exists(backupFolder(path))).toBe(false);
  });

  test('"Opslaan als" makes an own copy that is writable and locked by us', async () => {
    const { dir, path } = await bestandInGebruik();
    const { file } = await WerkgroepFile.open(path, OPTS, undefined, false, 'alleenLezen');
    const kopie = join(dir, 'mijn kopie.tafelwerk');
    await file.saveAs(kopie);
    expect(file.alleenLezen).toBe(false);
    await file.write((db) => db.run(TELLER.zet, [7, null, null]));
    expect(JSON.parse(await fs.readFile(lockPath(kopie), 'utf8')).pid).toBe(process.pid);
    await file.close();
    const { file: terug } = await WerkgroepFile.open(kopie, OPTS);
    expect(terug.db.get<{ n: number }>(TELLER.n)?.n).toBe(7);
    await terug.close();
    expect(JSON.parse(await fs.readFile(lockPath(path), 'utf8')).id).toBe('van-een-ander');
  });

  test('the session offers it after a refusal, says so in the document info, and writes no audit log', async () => {
    const { dir, path } = await bestandInGebruik();
    const voor = await fs.readFile(path);
    const session = await Session.create({ userData: join(dir, 'userData'), dialogs: dialogen() });
    await expect(session.alleenLezen()).rejects.toMatchObject({ code: 'NIET_GEVONDEN' });
    await expect(session.openPath(path)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    const { document } = await session.alleenLezen();
    expect(document).toMatchObject({ alleenLezen: true, bestandsnaam: 'werkgroep.tafelwerk' });
    await session.sluiten();
    expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
  });

  test('a protected file opened read-only can still be locked, and asks its passphrase again', async () => {
    const { sleutel } = await nieuweSleutel(WACHTWOORD, SNEL);
    const { dir, path } = await bestandInGebruik(sleutel);
    const voor = await fs.readFile(path);
    const session = await Session.create({
      userData: join(dir, 'userData'),
      dialogs: dialogen(),
      scrypt: SNEL,
    });
    await expect(session.openPath(path)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    await expect(session.alleenLezen()).rejects.toMatchObject({ code: 'WACHTWOORD_NODIG' });
    const { document } = await session.ontgrendelen({ wachtwoord: WACHTWOORD });
    expect(document).toMatchObject({ alleenLezen: true, beveiligd: true });
    await session.vergrendelen();
    expect(session.documentInfo()).toBeNull();
    expect(Buffer.compare(await fs.readFile(path), voor)).toBe(0);
  });

  test('is refused while an erasure confirmed on this computer has not reached the file', async () => {
    const { dir, path } = await bestandInGebruik();
    const userData = join(dir, 'userData');
    await new WissenRegister(userData).noteer(path, ['019300000000-0000-7000-8000-000000000001']);
    const session = await Session.create({ userData, dialogs: dialogen() });
    await expect(session.openPath(path)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    const fout = await session.alleenLezen().catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: 'ALLEEN_LEZEN' });
    expect((fout as Error).message).toMatch(/verwijdering \(AVG\).*nog niet afgerond/);
    expect(session.documentInfo()).toBeNull();
  });
});
