import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { backupFolder } from './backups';
import { atomicWrite } from './file-io';

/**
 * The mark "these exact bytes passed the full integrity check": the SHA-256 and length of the file
 * as Tafelwerk wrote it, kept beside the backups. Opening a file whose bytes match its mark needs no
 * new check (about a second on a large file): identical bytes cannot have been damaged since. Any
 * other byte — a damaged disk, another program, a crash before the mark was renewed — misses the
 * mark and gets the full check. The mark holds no data from the file.
 */
export interface Afdruk {
  sha256: string;
  lengte: number;
}

const merkPad = (file: string) => join(backupFolder(file), 'gecontroleerd.json');

/**
 * Take the print before handing the bytes to sql.js: it may keep a Buffer as its in-memory file
 * and write into it (the migrations check stamps the header), so afterwards they are not the
 * bytes on disk any more.
 */
export const afdrukVan = (bytes: Uint8Array): Afdruk => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  lengte: bytes.length,
});

/** Records that the bytes with this print (what is now on disk as `file`) passed the full check. Best effort. */
export async function schrijfMerk(file: string, merk: Afdruk): Promise<void> {
  try {
    await fs.mkdir(backupFolder(file), { recursive: true, mode: 0o700 });
    await atomicWrite(merkPad(file), new TextEncoder().encode(JSON.stringify(merk)));
  } catch {
    // Without a mark the next open simply runs the full check.
  }
}

/** Whether the bytes with this print are exactly the bytes last marked as checked for `file`. */
export async function heeftMerk(file: string, afdruk: Afdruk): Promise<boolean> {
  try {
    const merk = JSON.parse(await fs.readFile(merkPad(file), 'utf8')) as Partial<Afdruk>;
    return merk.lengte === afdruk.lengte && merk.sha256 === afdruk.sha256;
  } catch {
    return false;
  }
}
