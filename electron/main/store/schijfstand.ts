import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

/**
 * What the werkgroep file on disk looked like when this process last loaded or saved it. Before
 * every save the file is compared with it: on a shared drive someone else may have saved meanwhile
 * (after taking the lock over, or with a copy tool), and their work must never be overwritten.
 */
export interface Schijfstand {
  grootte: number;
  mtimeMs: number;
  afdruk: string;
}

/** Up to this size the whole file is hashed; above it the first and last part (with size and mtime). */
const HEEL_TOT = 8 * 1024 * 1024;
const DEEL = 1024 * 1024;

function afdrukVan(delen: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const deel of delen) hash.update(deel);
  return hash.digest('hex');
}

function delenVan(bytes: Uint8Array): Uint8Array[] {
  if (bytes.length <= HEEL_TOT) return [bytes];
  return [bytes.subarray(0, DEEL), bytes.subarray(bytes.length - DEEL)];
}

/** The state of a file whose bytes are known (just read or just written), with its mtime from `stat`. */
export function standVan(bytes: Uint8Array, mtimeMs: number): Schijfstand {
  return { grootte: bytes.length, mtimeMs, afdruk: afdrukVan(delenVan(bytes)) };
}

/** After writing `bytes` to `path`: their state with the mtime the file system gave them. */
export async function standNaSchrijven(path: string, bytes: Uint8Array): Promise<Schijfstand> {
  const { mtimeMs } = await fs.stat(path);
  return standVan(bytes, mtimeMs);
}

async function leesDelen(path: string, grootte: number): Promise<Uint8Array[]> {
  if (grootte <= HEEL_TOT) return [await fs.readFile(path)];
  const handle = await fs.open(path, 'r');
  try {
    const kop = Buffer.alloc(DEEL);
    const staart = Buffer.alloc(DEEL);
    await handle.read(kop, 0, DEEL, 0);
    await handle.read(staart, 0, DEEL, grootte - DEEL);
    return [kop, staart];
  } finally {
    await handle.close();
  }
}

/**
 * Whether the file on disk is still what `verwacht` says. A file that cannot be found (a share that
 * dropped) is no change by someone else: the save then runs and reports why it failed, or writes it anew.
 */
export async function ongewijzigd(path: string, verwacht: Schijfstand): Promise<boolean> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat) return true;
  if (stat.size !== verwacht.grootte || stat.mtimeMs !== verwacht.mtimeMs) return false;
  return afdrukVan(await leesDelen(path, stat.size)) === verwacht.afdruk;
}
