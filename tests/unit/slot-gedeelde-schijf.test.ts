import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../electron/main/store/database';
import { acquireLock, lockPath } from '../../electron/main/store/lock';
import { type FileOptions, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { nuIso } from '../../shared/klok';
import { bouwKind, type Kind, startKind } from './helpers/kind-proces';
import { TELLER } from './helpers/teller';
import { exists, openRaw, scalar, tempDir } from './helpers/temp';

const OPTS: FileOptions = { keepBackups: 2, backupIntervalMs: 60_000 };

const leesLock = async (path: string) => JSON.parse(await fs.readFile(lockPath(path), 'utf8'));

/** The counter row the child process (opslaan-kind.ts) writes to. */
const tellerTabel = (db: Db) => db.run(TELLER.maak);

async function metTeller(): Promise<{ dir: string; path: string; file: WerkgroepFile }> {
  const dir = await tempDir('tafelwerk-slot-');
  const path = join(dir, 'werkgroep.tafelwerk');
  return { dir, path, file: await WerkgroepFile.create(path, tellerTabel, OPTS) };
}

const anderHost = () => ({
  pid: 4242,
  host: 'laptop-van-secretariaat',
  gebruiker: 'j.devries',
  sinds: nuIso(),
  ververst: nuIso(),
  id: 'van-een-ander',
});

describe('the lock on a shared drive', () => {
  test('an empty or unreadable lock counts as held, and is left as it was', async () => {
    const { path, file } = await metTeller();
    await file.close();
    for (const inhoud of ['', '{"pid":', 'geen json']) {
      await fs.writeFile(lockPath(path), inhoud);
      await expect(WerkgroepFile.open(path, OPTS)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
      await expect(WerkgroepFile.open(path, OPTS)).rejects.toThrow(/niet te lezen/);
      expect(await fs.readFile(lockPath(path), 'utf8')).toBe(inhoud);
    }
  });

  test('a lock of another computer is not taken over silently; it names who has it since when', async () => {
    const { path, file } = await metTeller();
    await file.close();
    const ander = anderHost();
    await fs.writeFile(lockPath(path), JSON.stringify(ander));
    const fout = WerkgroepFile.open(path, OPTS);
    await expect(fout).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    await expect(WerkgroepFile.open(path, OPTS)).rejects.toThrow(
      /op computer laptop-van-secretariaat door j\.devries \(sinds /,
    );
    expect(await leesLock(path)).toEqual(ander);

    // Only when the user chose it explicitly: then the lock is ours, and ours alone is removed at close.
    const { file: overgenomen } = await WerkgroepFile.open(path, OPTS, undefined, false, 'overnemen');
    const mijn = await leesLock(path);
    expect(mijn).toMatchObject({ pid: process.pid, host: hostname() });
    expect(mijn.id).not.toBe(ander.id);
    await overgenomen.close();
    expect(await exists(lockPath(path))).toBe(false);
  });

  test('only our own lock is removed: a lock taken over meanwhile stays when we close', async () => {
    const dir = await tempDir('tafelwerk-slot-');
    const path = join(dir, 'los.tafelwerk');
    const vrijgeven = await acquireLock(path);
    const ander = anderHost();
    await fs.writeFile(lockPath(path), JSON.stringify(ander));
    await vrijgeven();
    expect(await leesLock(path)).toEqual(ander);
    expect((await fs.readdir(dir)).sort()).toEqual(['los.tafelwerk.lock']);
  });

  test('the lock is refreshed while held, and a refresh never overwrites a lock taken over', async () => {
    const dir = await tempDir('tafelwerk-slot-');
    const path = join(dir, 'vers.tafelwerk');
    const vrijgeven = await acquireLock(path, { verversMs: 200 });
    const eerst = await leesLock(path);
    await expect
      .poll(async () => (await leesLock(path)).ververst, { timeout: 3000, interval: 5 })
      .not.toBe(eerst.ververst);
    const later = await leesLock(path);
    expect(later).toMatchObject({ id: eerst.id, sinds: eerst.sinds, pid: process.pid });
    expect(Date.parse(later.ververst)).toBeGreaterThan(Date.parse(eerst.ververst));

    // Right after a refresh (the next one is 200 ms away) someone takes the lock over; two refreshes later it is still theirs.
    const ander = anderHost();
    await fs.writeFile(lockPath(path), JSON.stringify(ander));
    await new Promise((klaar) => setTimeout(klaar, 500));
    expect(await leesLock(path)).toEqual(ander);
    await vrijgeven();
    expect(await leesLock(path)).toEqual(ander);
  });
});

describe('between processes', () => {
  let kind: { script: string; opruimen: () => Promise<void> };
  beforeAll(async () => {
    kind = await bouwKind();
  }, 60_000);
  afterAll(async () => {
    await kind?.opruimen();
  });

  test('200 rounds of three processes claiming one lock at once: exactly one holder each round', async () => {
    const dir = await tempDir('tafelwerk-race-');
    const path = join(dir, 'race.tafelwerk');
    const kinderen: Kind[] = [0, 1, 2].map(() => startKind(kind.script, ['slot', path]));
    try {
      await Promise.all(kinderen.map((k) => k.wachtOp(/^warm$/)));
      for (let ronde = 1; ronde <= 200; ronde++) {
        for (const k of kinderen) k.proc.stdin?.write(`ronde ${ronde}\n`);
        const antwoorden = await Promise.all(kinderen.map((k) => k.wachtOp(new RegExp(`^ronde ${ronde} `))));
        expect(
          antwoorden.filter((a) => a.endsWith(' ja')),
          `ronde ${ronde}: ${antwoorden}`,
        ).toHaveLength(1);
        expect(antwoorden.filter((a) => a.includes('fout'))).toEqual([]);
        for (const k of kinderen) k.proc.stdin?.write(`los ${ronde}\n`);
        await Promise.all(kinderen.map((k) => k.wachtOp(new RegExp(`^los ${ronde}$`))));
        expect(await exists(lockPath(path))).toBe(false);
      }
    } finally {
      for (const k of kinderen) k.proc.stdin?.end();
      await Promise.all(kinderen.map((k) => k.einde));
    }
  }, 120_000);

  test('a save after another process changed the file is refused; the file on disk stays theirs', async () => {
    const { dir, path, file } = await metTeller();
    // Another Tafelwerk (say on the other laptop) takes the lock over and saves.
    const k = startKind(kind.script, ['overnemen', path]);
    expect(await k.wachtOp(/^klaar/)).toBe('klaar opgeslagen');
    await k.einde;
    const hunBestand = await fs.readFile(path);

    await file.write((db) => db.run(TELLER.zet, [7, null, null]));
    const status = file.saveStatus;
    expect(status).toMatchObject({ state: 'fout', gewijzigdOpSchijf: true });
    expect(status.error).toMatch(/intussen door iemand anders gewijzigd/);
    expect(status.error).toMatch(/Opslaan als/);
    expect(Buffer.compare(await fs.readFile(path), hunBestand)).toBe(0);
    expect(file.db.get<{ n: number }>(TELLER.n)?.n).toBe(7);

    // Closing does not overwrite it either; "Opslaan als…" keeps our changes elsewhere.
    const elders = join(dir, 'mijn versie.tafelwerk');
    await file.saveAs(elders);
    await file.close();
    expect(Buffer.compare(await fs.readFile(path), hunBestand)).toBe(0);
    const hun = await openRaw(path);
    expect(scalar(hun, TELLER.n)).toBe(2000);
    hun.close();
    const mijn = await openRaw(elders);
    expect(scalar(mijn, TELLER.n)).toBe(7);
    mijn.close();
  }, 60_000);
});
