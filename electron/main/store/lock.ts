import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { formatDatumTijd } from '../../../shared/format/nl';
import { nuIso } from '../../../shared/klok';
import { AppFault } from '../errors';

interface LockInfo {
  pid: number;
  host: string;
  sinds: string;
}

export const lockPath = (file: string) => `${file}.lock`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims a file for this process, so two Tafelwerk instances never write the same file.
 * A lock left by a crashed process on this computer is taken over; one held by a live
 * process (or by another computer, where we cannot check) is refused.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  const path = lockPath(file);
  const mine: LockInfo = { pid: process.pid, host: hostname(), sinds: nuIso() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(path, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      return async () => {
        await fs.rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(path);
    const stale =
      holder === null ||
      (holder.host === mine.host && holder.pid !== process.pid && !processAlive(holder.pid));
    if (!stale) {
      const waar = holder.host === mine.host ? 'op deze computer' : `op computer ${holder.host}`;
      throw new AppFault(
        'BESTAND_IN_GEBRUIK',
        `Dit bestand is al geopend in Tafelwerk ${waar} (sinds ${formatDatumTijd(holder.sinds)}). Sluit het daar eerst.`,
      );
    }
    await fs.rm(path, { force: true });
  }
  throw new AppFault('BESTAND_IN_GEBRUIK', 'Het bestand kon niet worden vergrendeld. Probeer het opnieuw.');
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? info : null;
  } catch {
    return null;
  }
}
