import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes bytes so that the target holds either its old or its new content, never a mix:
 * temp file in the same folder → fsync → rename → fsync of the folder.
 */
export async function atomicWrite(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}

/** Makes the rename itself durable. Not supported on every platform (Windows); best effort there. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Folders cannot be opened for sync on Windows; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
