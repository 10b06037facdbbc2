import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The file-system calls `atomicWrite` makes. Production always uses `fs.promises`; tests replace
 * single members for a moment to inject faults at every step of a save (and restore them after).
 */
export interface Bestandssysteem {
  open(path: string, flags: string, mode?: number): Promise<fs.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

export const standaardBestandssysteem: Readonly<Bestandssysteem> = Object.freeze({
  open: (path: string, flags: string, mode?: number) => fs.open(path, flags, mode),
  rename: (from: string, to: string) => fs.rename(from, to),
  rm: (path: string, options: { force: boolean }) => fs.rm(path, options),
});

/** The calls in use; only tests change these (see `standaardBestandssysteem` to restore). */
export const bestandssysteem: Bestandssysteem = { ...standaardBestandssysteem };

/**
 * Writes bytes so that the target holds either its old or its new content, never a mix:
 * temp file in the same folder → fsync → rename → fsync of the folder.
 */
export async function atomicWrite(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await bestandssysteem.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await bestandssysteem.rename(temp, target);
  } catch (error) {
    // A failing cleanup must not hide why the save failed.
    await bestandssysteem.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

/**
 * `atomicWrite` for a large file that is replaced on every save (the werkgroep file). Renaming over
 * the old file frees its blocks inside the rename, about 50 ms for 90 MB; linking the old content to
 * a temp name first moves that work to the returned clean-up, which the caller runs after the save
 * (the link is a `*.tmp` beside the file, so a crash leaves nothing that the next open keeps).
 */
export async function atomicReplace(target: string, bytes: Uint8Array): Promise<() => Promise<void>> {
  const oud = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  const gelinkt = await fs.link(target, oud).then(
    () => true,
    () => false,
  );
  const opruimen = () => (gelinkt ? fs.rm(oud, { force: true }).catch(() => undefined) : Promise.resolve());
  try {
    await atomicWrite(target, bytes);
  } catch (error) {
    await opruimen();
    throw error;
  }
  return opruimen;
}

/** Makes the rename itself durable. Not supported on every platform (Windows); best effort there. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await bestandssysteem.open(folder, 'r');
    await handle.sync();
  } catch {
    // Folders cannot be opened for sync on Windows; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
