import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { formatDatumTijd } from '../../../shared/format/nl';
import { nuIso } from '../../../shared/klok';
import { AppFault } from '../errors';

/** What a lock file says: who holds the file, since when, and when that holder last showed it is alive. */
export interface LockInfo {
  pid: number;
  host: string;
  gebruiker: string;
  sinds: string;
  ververst: string;
  /** Unique per claim: only the claim that wrote this id ever removes or refreshes the lock. */
  id: string;
}

export interface LockOpties {
  /** Replace a lock held by someone else (the user was warned and chose so explicitly). */
  overnemen?: boolean;
  /** How often an open file's lock is refreshed, so others see it is still in use. */
  verversMs?: number;
}

const VERVERS_MS = 60_000;

export const lockPath = (file: string) => `${file}.lock`;

const uniek = (path: string, soort: string) => `${path}.${randomBytes(6).toString('hex')}.${soort}`;

function huidigeGebruiker(): string {
  try {
    return userInfo().username;
  } catch {
    return 'onbekend';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock as parsed, or null when it is empty, half written or not ours to read: then it counts as held. */
function parse(raw: string | null): LockInfo | null {
  if (raw === null) return null;
  try {
    const info = JSON.parse(raw) as LockInfo;
    // Locks from before this version have no id or user; they still name their holder.
    return typeof info.pid === 'number' && typeof info.host === 'string' && typeof info.sinds === 'string'
      ? info
      : null;
  } catch {
    return null;
  }
}

const leesRuw = (path: string) => fs.readFile(path, 'utf8').catch(() => null);

/**
 * Puts the lock in place together with its content, in one step: the content goes into a temp file
 * first, and `link()` fails when a lock exists, so nobody ever sees a lock without its content and
 * two claims cannot both succeed. Where the file system has no hard links, `wx` (O_EXCL) is the
 * fallback; a reader that sees it still empty counts it as held, so that stays safe.
 */
async function plaats(path: string, inhoud: string): Promise<boolean> {
  const temp = uniek(path, 'nieuw');
  try {
    await fs.writeFile(temp, inhoud, { flag: 'wx', mode: 0o600 });
    await fs.link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    return fs.writeFile(path, inhoud, { flag: 'wx', mode: 0o600 }).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') return false;
        throw e;
      },
    );
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Replaces the lock's content atomically (temp file, rename over it). */
async function vervang(path: string, inhoud: string): Promise<void> {
  const temp = uniek(path, 'nieuw');
  try {
    await fs.writeFile(temp, inhoud, { flag: 'wx', mode: 0o600 });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes the lock only if it still holds `verwacht`: it is first renamed aside (atomic, so of two
 * processes only one gets it), then checked; a lock that turns out to be someone else's (taken
 * meanwhile) is linked back. Returns whether it was removed.
 */
async function verwijderAls(path: string, verwacht: (raw: string | null) => boolean): Promise<boolean> {
  const opzij = uniek(path, 'weg');
  try {
    await fs.rename(path, opzij);
  } catch {
    return false;
  }
  const raw = await leesRuw(opzij);
  if (!verwacht(raw)) {
    await fs.link(opzij, path).catch(() => undefined);
    await fs.rm(opzij, { force: true }).catch(() => undefined);
    return false;
  }
  await fs.rm(opzij, { force: true }).catch(() => undefined);
  return true;
}

/** The Dutch message for a file someone else has open; `holder` null when the lock cannot be read. */
export function inGebruikMelding(holder: LockInfo | null): string {
  if (!holder)
    return (
      'Dit bestand is mogelijk geopend in Tafelwerk op een andere computer: er staat een vergrendeling bij ' +
      'die niet te lezen is.'
    );
  const eigen = holder.host === hostname();
  const wie = holder.gebruiker ? ` door ${holder.gebruiker}` : '';
  const waar = eigen ? 'op deze computer' : `op computer ${holder.host}`;
  const actief =
    holder.ververst && holder.ververst !== holder.sinds
      ? `, laatst actief ${formatDatumTijd(holder.ververst)}`
      : '';
  return `Dit bestand is al geopend in Tafelwerk ${waar}${wie} (sinds ${formatDatumTijd(holder.sinds)}${actief}).`;
}

/**
 * Claims a file for this process, so two Tafelwerk instances never write the same file, also on a
 * shared drive. A lock left by a crashed process on this computer is taken over; a lock of a live
 * process, of another computer (where we cannot check) or one that cannot be read is refused,
 * unless `overnemen` says the user chose to take it over. While held, the lock is refreshed every
 * `verversMs`. The returned function removes the lock, but only while it is still ours.
 */
export async function acquireLock(file: string, opties: LockOpties = {}): Promise<() => Promise<void>> {
  const path = lockPath(file);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    gebruiker: huidigeGebruiker(),
    sinds: nuIso(),
    ververst: nuIso(),
    id: randomBytes(12).toString('hex'),
  };
  const isMijn = (raw: string | null) => parse(raw)?.id === mine.id;
  let geclaimd = false;
  for (let poging = 0; poging < 3 && !geclaimd; poging++) {
    if (await plaats(path, JSON.stringify(mine))) {
      geclaimd = true;
      break;
    }
    const raw = await leesRuw(path);
    if (raw === null) continue; // removed meanwhile: try again
    const holder = parse(raw);
    const verlaten =
      holder !== null && holder.host === mine.host && holder.pid !== process.pid && !processAlive(holder.pid);
    if (opties.overnemen && !(holder?.host === mine.host && holder.pid === process.pid)) {
      await vervang(path, JSON.stringify(mine));
      geclaimd = true;
    } else if (verlaten) await verwijderAls(path, (r) => r === raw);
    else throw new AppFault('BESTAND_IN_GEBRUIK', `${inGebruikMelding(holder)} Sluit het daar eerst.`);
  }
  if (!geclaimd)
    throw new AppFault('BESTAND_IN_GEBRUIK', 'Het bestand kon niet worden vergrendeld. Probeer het opnieuw.');

  // Refreshing shows others the file is still in use; a lock taken over meanwhile is left alone. The
  // new content is written before the check, so only a rename separates check and replace: a file
  // system offers no compare-and-swap, and a takeover landing in that instant is still caught by the
  // check before every save (schijfstand.ts).
  let verloren = false;
  const ververs = async () => {
    if (verloren) return;
    const temp = uniek(path, 'nieuw');
    try {
      await fs.writeFile(temp, JSON.stringify({ ...mine, ververst: nuIso() }), { flag: 'wx', mode: 0o600 });
      if (isMijn(await leesRuw(path))) await fs.rename(temp, path);
      else verloren = true;
    } catch {
      // Best effort: the next refresh tries again.
    } finally {
      await fs.rm(temp, { force: true }).catch(() => undefined);
    }
  };
  let bezig: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    bezig = bezig.then(ververs);
  }, opties.verversMs ?? VERVERS_MS);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    // A refresh still running would put the lock back after its removal.
    await bezig;
    await verwijderAls(path, isMijn);
  };
}
