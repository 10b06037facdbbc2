/**
 * A child process for the crash and second-instance tests (bundled by `kind-proces.ts`).
 *   lus <pad>         load sql.js, print `warm`, wait for `start` on stdin, then open the file and save a counter plus a fresh blob in a loop, printing
 *                     `opgeslagen N` after each save resolved; runs until killed.
 *   lusMetKopie <pad> as `lus`, with a backup and the mark written at every save.
 *   openen <pad>      try to open the file, print the outcome as JSON, close again.
 *   vasthouden <pad>  open the file, print `klaar`, write `n = 1000` when told `schrijf`, close on
 *                     end of stdin.
 *   overnemen <pad>   open the file taking its lock over (as after the user's explicit choice), set
 *                     `n = 2000`, close, print `klaar <state>`.
 *   slot <pad>        on `ronde N` try to take the lock of <pad> and print `ronde N ja` or `ronde N nee`;
 *                     on `los N` release it if held and print `los N`. For the lock race test.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AppFault } from '../../../electron/main/errors';
import { acquireLock } from '../../../electron/main/store/lock';
import { loadSqlJs } from '../../../electron/main/store/sqljs';
import { type FileOptions, WerkgroepFile } from '../../../electron/main/store/werkgroep-file';
import { TELLER } from './teller';

const [mode, pad] = process.argv.slice(2);
const OPTS = { keepBackups: 2, backupIntervalMs: 60_000 };
const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Starting node, compiling sql.js and the first run of each wasm code path take a few hundred ms:
 * do all of that on a read-only copy of the file first, then wait for `start`.
 */
async function opWarmte(path: string): Promise<void> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(await readFile(path));
  db.exec('PRAGMA integrity_check');
  db.exec(`BEGIN; ${TELLER.warm}; COMMIT;`);
  db.export();
  db.close();
  say('warm');
  process.stdin.setEncoding('utf8');
  await new Promise<void>((ok) => {
    process.stdin.on('data', (d: string) => {
      if (d.includes('start')) ok();
    });
  });
  process.stdin.pause();
}

async function lus(path: string, opts: FileOptions = OPTS): Promise<void> {
  await opWarmte(path);
  const { file } = await WerkgroepFile.open(path, opts);
  let n = Number(file.db.get<{ n: number }>(TELLER.n)?.n ?? 0);
  say(`klaar ${n}`);
  const blob = new Uint8Array(256 * 1024 + 4096);
  for (;;) {
    n++;
    randomFillSync(blob);
    const hash = createHash('sha256').update(blob).digest('hex');
    const teller = n;
    await file.write((db) => db.run(TELLER.zet, [teller, blob, hash]));
    if (file.saveStatus.state !== 'opgeslagen') {
      say(`fout ${file.saveStatus.error}`);
      process.exit(2);
    }
    say(`opgeslagen ${n}`);
  }
}

async function openen(path: string): Promise<void> {
  try {
    const { file } = await WerkgroepFile.open(path, OPTS);
    await file.close();
    say(JSON.stringify({ ok: true }));
  } catch (error) {
    const code = error instanceof AppFault ? error.code : 'GEEN_APPFAULT';
    say(JSON.stringify({ ok: false, code, message: (error as Error).message }));
  }
}

async function vasthouden(path: string): Promise<void> {
  const { file } = await WerkgroepFile.open(path, OPTS);
  say('klaar');
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    if (String(chunk).includes('schrijf')) {
      await file.write((db) => db.run(TELLER.zet, [1000, null, null]));
      say(`geschreven ${file.saveStatus.state}`);
    }
  }
  await file.close();
  say('gesloten');
}

/** As `lus`, but every save also writes a backup and the mark: kills land in those writes too. */
const lusMetKopie = (path: string) => lus(path, { keepBackups: 2, backupIntervalMs: 0 });

async function overnemen(path: string): Promise<void> {
  const { file } = await WerkgroepFile.open(path, OPTS, undefined, false, 'overnemen');
  await file.write((db) => db.run(TELLER.zet, [2000, null, null]));
  const state = file.saveStatus.state;
  await file.close();
  say(`klaar ${state}`);
}

async function slot(path: string): Promise<void> {
  let vrijgeven: (() => Promise<void>) | null = null;
  say('warm');
  process.stdin.setEncoding('utf8');
  let rest = '';
  for await (const chunk of process.stdin) {
    rest += String(chunk);
    const regels = rest.split('\n');
    rest = regels.pop() ?? '';
    for (const regel of regels) {
      const [opdracht, ronde] = regel.split(' ');
      if (opdracht === 'ronde') {
        try {
          vrijgeven = await acquireLock(path);
          say(`ronde ${ronde} ja`);
        } catch (error) {
          say(
            `ronde ${ronde} ${error instanceof AppFault && error.code === 'BESTAND_IN_GEBRUIK' ? 'nee' : `fout ${error}`}`,
          );
        }
      } else if (opdracht === 'los') {
        await vrijgeven?.();
        vrijgeven = null;
        say(`los ${ronde}`);
      }
    }
  }
}

const modes: Record<string, (path: string) => Promise<void>> = {
  lus,
  lusMetKopie,
  openen,
  vasthouden,
  overnemen,
  slot,
};
const run = mode ? modes[mode] : undefined;
if (!run || !pad) {
  say(`fout onbekende opdracht ${mode}`);
  process.exit(64);
} else {
  run(pad).catch((error: unknown) => {
    say(`fout ${(error as Error).stack ?? error}`);
    process.exit(1);
  });
}
