import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { bestandssysteem, syncFolder } from '../store/file-io';

/**
 * `atomicWrite` for a file that is written as a stream (a large Excel export): temp file in the
 * same folder (created exclusively, owner-only) → write → fsync → rename → fsync of the folder. The
 * target holds its old content or the complete new one, never a half-written export; a failed or
 * interrupted write leaves no temp file behind. Uses the same file-system seam as `atomicWrite`,
 * so the fault-injection tests reach it too.
 */
export async function schrijfStroomAtomisch(
  target: string,
  schrijf: (uit: Writable) => Promise<void>,
): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await bestandssysteem.open(temp, 'wx', 0o600);
  try {
    try {
      await schrijfNaar(handle, schrijf);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await bestandssysteem.rename(temp, target);
  } catch (error) {
    // A failing cleanup must not hide why the export failed.
    await bestandssysteem.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

/**
 * A plain Writable over the handle: `FileHandle.createWriteStream` closes the handle when the stream
 * is destroyed or done, and the fsync has to come after the last write and before the close.
 */
async function schrijfNaar(handle: FileHandle, schrijf: (uit: Writable) => Promise<void>): Promise<void> {
  const uit = new Writable({
    write(stuk: Buffer, _codering, klaar) {
      schrijfAlles(handle, stuk).then(() => klaar(), klaar);
    },
  });
  uit.on('error', () => undefined);
  try {
    await schrijf(uit);
    if (!uit.writableFinished) throw new Error('Het bestand is niet helemaal geschreven.');
  } catch (error) {
    uit.destroy();
    throw error;
  }
}

async function schrijfAlles(handle: FileHandle, stuk: Buffer): Promise<void> {
  let gedaan = 0;
  while (gedaan < stuk.length) gedaan += (await handle.write(stuk, gedaan)).bytesWritten;
}
