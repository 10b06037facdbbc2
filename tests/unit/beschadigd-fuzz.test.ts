import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { AppFault } from '../../electron/main/errors';
import { VOORBEELD_NAAM, vulVoorbeeld } from '../../electron/main/services/voorbeeld';
import { backupFolder, listBackups, writeBackup } from '../../electron/main/store/backups';
import { Db } from '../../electron/main/store/database';
import { lockPath } from '../../electron/main/store/lock';
import { APP_SCHEMA_VERSION } from '../../electron/main/store/migrations';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { type FileOptions, readSnapshot, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { mulberry32, tussen } from './helpers/prng';
import { tempDir } from './helpers/temp';
import { nieuwBestand } from './helpers/werkgroep-bestand';

/**
 * Property: whatever a damaged or foreign file holds, opening it either gives a healthy database
 * (the file itself when it still passes integrity_check, else the newest good backup with a
 * Dutch `melding`) or an AppFault with one of three codes and a Dutch message. Nothing else is
 * thrown and the process survives. Every case is replayable from SEED and its index.
 */
const SEED = Number(process.env.TAFELWERK_SEED ?? 8_2026);
const RANDOM_CASES = 300;
const OPTS: FileOptions = { keepBackups: 3, backupIntervalMs: 60_000 };
// A flipped bit in a schema statement that SQLite still parses is a schema Tafelwerk did not write.
const CODES = ['BESTAND_BESCHADIGD', 'BESTAND_TE_NIEUW', 'GEEN_TAFELWERK_BESTAND', 'SCHEMA_ONVERWACHT'];
const DUTCH = /\b(het|dit) bestand\b|Tafelwerk/i;

const RESERVE_NAAM = '20250101T120000000Z.tafelwerk';

type Geval = { naam: string; bytes: Uint8Array };

let goed: Uint8Array;
let pageSize: number;
const vast: Geval[] = [];
const willekeurig: Geval[] = [];

function kopie(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

function mutatie(rnd: () => number, i: number): Geval {
  const b = kopie(goed);
  const soort = i % 4;
  if (soort === 0) {
    const len = tussen(rnd, 0, goed.length - 1);
    return { naam: `#${i} afgekapt op ${len}`, bytes: b.subarray(0, len) };
  }
  if (soort === 1) {
    const start = tussen(rnd, 0, goed.length - 1);
    const len = tussen(rnd, 1, Math.min(3 * pageSize, goed.length - start));
    b.fill(0, start, start + len);
    return { naam: `#${i} nullen ${start}+${len}`, bytes: b };
  }
  if (soort === 2) {
    const flips = tussen(rnd, 1, 50);
    for (let f = 0; f < flips; f++) {
      const at = tussen(rnd, 0, b.length - 1);
      b[at] = (b[at] as number) ^ (1 << tussen(rnd, 0, 7));
    }
    return { naam: `#${i} ${flips} bitflips`, bytes: b };
  }
  // A header-valid file with one page of garbage (never page 1, which holds the header).
  const pages = goed.length / pageSize;
  const page = tussen(rnd, 2, pages);
  for (let o = (page - 1) * pageSize; o < page * pageSize; o++) b[o] = tussen(rnd, 0, 255);
  return { naam: `#${i} pagina ${page}/${pages} vol rommel`, bytes: b };
}

beforeAll(async () => {
  const { path, file } = await nieuwBestand((db) => vulVoorbeeld(db), OPTS, 'voorbeeld.tafelwerk');
  await file.close();
  goed = new Uint8Array(await fs.readFile(path));
  pageSize = (goed[16] as number) * 256 + (goed[17] as number) || 65536;
  expect(goed.length % pageSize).toBe(0);

  const SQL = await loadSqlJs();
  const nieuwer = new SQL.Database(goed);
  const db = new Db(nieuwer);
  db.insert('schema_migratie', { versie: APP_SCHEMA_VERSION + 1, naam: 'uit_de_toekomst' });
  const teNieuw = db.export();
  db.close();
  const vreemd = new SQL.Database();
  vreemd.exec("CREATE TABLE notities (tekst TEXT); INSERT INTO notities VALUES ('geen Tafelwerk');");
  const vreemdBytes = vreemd.export();
  vreemd.close();
  const png = new Uint8Array(4096);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const kopZonderRest = kopie(goed.subarray(0, pageSize));

  const eersteNul = kopie(goed);
  eersteNul.fill(0, 0, pageSize);
  vast.push(
    { naam: 'leeg (0 bytes)', bytes: new Uint8Array(0) },
    { naam: 'afgekapt op 100 bytes', bytes: goed.subarray(0, 100) },
    { naam: 'alleen de eerste pagina', bytes: kopZonderRest },
    { naam: 'eerste pagina nullen', bytes: eersteNul },
    {
      naam: 'tekstbestand',
      bytes: new TextEncoder().encode('Dit is een notitie, geen database.\n'.repeat(50)),
    },
    { naam: 'PNG-kop', bytes: png },
    {
      naam: 'SQLite-kop met verder nullen',
      bytes: (() => {
        const b = new Uint8Array(goed.length);
        b.set(goed.subarray(0, 100));
        return b;
      })(),
    },
    { naam: 'ander SQLite-bestand', bytes: vreemdBytes },
    { naam: 'van een nieuwere versie', bytes: teNieuw },
  );
  // The name used for backups below must be one listBackups recognises.
  await writeBackup(path, goed, 3, new Date('2025-01-01T12:00:00.000Z'));
  expect((await listBackups(path)).map((p) => basename(p))).toContain(RESERVE_NAAM);
  const rnd = mulberry32(SEED);
  for (let i = 0; i < RANDOM_CASES; i++) willekeurig.push(mutatie(rnd, i));
}, 60_000);

type Uitkomst = 'gezond' | 'reservekopie' | string; // string: the AppFault code

function alsAppFault(error: unknown, naam: string): string {
  if (!(error instanceof AppFault)) throw new Error(`${naam}: geen AppFault maar ${String(error)}`);
  expect(CODES, `${naam}: ${error.code} ${error.message}`).toContain(error.code);
  expect(error.message, naam).toMatch(DUTCH);
  return error.code;
}

async function snapshot(path: string, naam: string): Promise<Uitkomst> {
  try {
    const { db } = await readSnapshot(path);
    expect(db.integrityOk(), naam).toBe(true);
    db.close();
    return 'gezond';
  } catch (error) {
    return alsAppFault(error, naam);
  }
}

async function openen(path: string, naam: string, metReservekopie: boolean): Promise<Uitkomst> {
  let result: Awaited<ReturnType<typeof WerkgroepFile.open>>;
  try {
    result = await WerkgroepFile.open(path, OPTS);
  } catch (error) {
    const code = alsAppFault(error, naam);
    // With a good backup, damage never ends in an error: only a newer or foreign file does.
    if (metReservekopie) expect(code, naam).not.toBe('BESTAND_BESCHADIGD');
    return code;
  }
  const { file, melding } = result;
  try {
    expect(file.db.integrityOk(), naam).toBe(true);
    if (melding === null) return 'gezond';
    expect(metReservekopie, `${naam}: melding zonder reservekopie`).toBe(true);
    expect(melding, naam).toMatch(/^Het bestand .* was beschadigd\. De reservekopie van .* is geopend; /);
    expect(file.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam, naam).toBe(VOORBEELD_NAAM);
    const aside = /bewaard als (.+)\.$/.exec(melding)?.[1] as string;
    expect(
      Buffer.compare(await fs.readFile(join(path, '..', aside)), await fs.readFile(path)),
      naam,
    ).not.toBe(0);
    return 'reservekopie';
  } finally {
    await file.close();
  }
}

/** Resets a folder to: the mutated file, and optionally one good backup. */
async function zetKlaar(dir: string, path: string, bytes: Uint8Array, metReservekopie: boolean) {
  for (const n of await fs.readdir(dir)) {
    if (n.startsWith(`${basename(path)}.`)) await fs.rm(join(dir, n), { force: true });
  }
  await fs.rm(backupFolder(path), { recursive: true, force: true });
  // The backup is older than the file, as in real use. Written directly (no fsync) to keep 900 opens fast.
  if (metReservekopie) {
    await fs.mkdir(backupFolder(path), { recursive: true });
    await fs.writeFile(join(backupFolder(path), RESERVE_NAAM), goed);
  }
  await fs.writeFile(path, bytes);
}

async function draai(gevallen: Geval[]) {
  const dir = await tempDir('tafelwerk-fuzz-');
  const path = join(dir, 'werkgroep.tafelwerk');
  const telling: Record<string, number> = {};
  const tel = (k: string) => {
    telling[k] = (telling[k] ?? 0) + 1;
  };
  for (const { naam, bytes } of gevallen) {
    await zetKlaar(dir, path, bytes, false);
    tel(`readSnapshot ${await snapshot(path, naam)}`);
    // Refused files are left exactly as they were.
    const zonder = await openen(path, `${naam} (zonder reservekopie)`, false);
    if (zonder !== 'gezond') expect(Buffer.compare(await fs.readFile(path), bytes), naam).toBe(0);
    tel(`zonder reservekopie ${zonder}`);
    await zetKlaar(dir, path, bytes, true);
    tel(`met reservekopie ${await openen(path, `${naam} (met reservekopie)`, true)}`);
    expect(await fs.stat(lockPath(path)).catch(() => null), naam).toBeNull();
  }
  return telling;
}

describe('opening damaged, foreign and newer files', () => {
  test('fixed cases: empty, truncated, zeroed header, text, PNG, foreign SQLite, newer version', async () => {
    const t = await draai(vast);
    expect(t['met reservekopie BESTAND_TE_NIEUW']).toBe(1); // a newer file is never "repaired"
    expect(t['met reservekopie GEEN_TAFELWERK_BESTAND']).toBe(1);
    expect(t['zonder reservekopie BESTAND_BESCHADIGD']).toBe(vast.length - 2);
    expect(t['met reservekopie reservekopie']).toBe(vast.length - 2);
  });

  // SQLite zero-fills a missing tail, so a file cut short by a few bytes would pass integrity_check
  // and open without its end; the length is checked against the page size first.
  test('a file cut short by one byte is refused as damaged and the backup is opened', async () => {
    const dir = await tempDir('tafelwerk-fuzz-');
    const path = join(dir, 'werkgroep.tafelwerk');
    await zetKlaar(dir, path, goed.subarray(0, goed.length - 1), true);
    const { file, melding } = await WerkgroepFile.open(path, OPTS);
    await file.close();
    expect(melding).toMatch(/was beschadigd/);
  });

  test(
    `${RANDOM_CASES} seeded random mutations (seed ${SEED}): AppFault or a healthy database, never a crash`,
    async () => {
      const start = Date.now();
      const t = await draai(willekeurig);
      console.info(`fuzz: ${RANDOM_CASES} mutations × 3 opens in ${Date.now() - start} ms:`, t);
      expect(t['met reservekopie reservekopie']).toBeGreaterThan(RANDOM_CASES / 4);
      // Bounded by the number of mutations; the limit only catches a hang, not a slow machine.
    },
    30 * 60_000,
  );
});
