import { promises as fs } from 'node:fs';
import { listBackups, removeSideCopies } from './backups';
import { atomicWrite } from './file-io';
import { herverzegel, ontsleutel, type Sleutel } from './versleuteling';

/**
 * After a key change (new passphrase, new recovery code) the file is already sealed with the new
 * data key; this seals every backup again with it, so no copy beside the file still opens with the
 * old passphrase or recovery code, and every backup stays usable as a fallback for the file (which
 * only takes backups sealed with its own data key). A backup keeps its name and time, so the order
 * of the backups and "newer than the file" stay as they were. What cannot be re-sealed (damaged,
 * or not sealed with the old key) is removed, as are the copies beside the file (a damaged file
 * set aside, temp files). Returns how many copies could be neither re-sealed nor removed.
 */
export async function herverzegelKopieen(path: string, oud: Sleutel, nieuw: Sleutel): Promise<number> {
  let mislukt = 0;
  for (const backup of await listBackups(path)) {
    try {
      const bytes = await fs.readFile(backup);
      if (!alNieuw(nieuw, bytes)) {
        const { atime, mtime } = await fs.stat(backup);
        await atomicWrite(backup, herverzegel(oud, nieuw, bytes));
        await fs.utimes(backup, atime, mtime);
      }
    } catch {
      await fs.rm(backup, { force: true }).catch(() => {
        mislukt++;
      });
    }
  }
  return mislukt + (await removeSideCopies(path));
}

/** A backup the save just wrote is already sealed with the new key. */
function alNieuw(nieuw: Sleutel, bytes: Uint8Array): boolean {
  try {
    ontsleutel(nieuw, bytes).fill(0);
    return true;
  } catch {
    return false;
  }
}
