import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nu } from '../../../shared/klok';
import { atomicWrite } from './file-io';

/** Backups live beside the file in a hidden folder, one subfolder per werkgroep file. */
export function backupFolder(file: string): string {
  return join(dirname(file), '.tafelwerk-reservekopieen', basename(file));
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('.', '');

export async function writeBackup(
  file: string,
  bytes: Uint8Array,
  keep: number,
  now = nu(),
): Promise<string> {
  const folder = backupFolder(file);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const target = join(folder, `${stamp(now)}.tafelwerk`);
  await atomicWrite(target, bytes);
  await rotateBackups(file, keep);
  return target;
}

/** Backups of a file, newest first. */
export async function listBackups(file: string): Promise<string[]> {
  const folder = backupFolder(file);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^\d{8}T\d{9}Z\.tafelwerk$/.test(n))
    .sort()
    .reverse()
    .map((n) => join(folder, n));
}

export async function rotateBackups(file: string, keep: number): Promise<void> {
  const all = await listBackups(file);
  await Promise.all(all.slice(keep).map((p) => fs.rm(p, { force: true })));
}

/**
 * Removes every copy of a file's data except the file and the backup `behoud`: the other backups,
 * a damaged file set aside on recovery, and temp files (a crash mid-save, the previous version's
 * link). After an erasure they all still hold the erased data. Failures are counted, not thrown.
 */
export async function removeCopies(file: string, behoud: string): Promise<number> {
  let mislukt = 0;
  const weg = (pad: string) =>
    fs.rm(pad, { force: true }).catch(() => {
      mislukt++;
    });
  for (const backup of await listBackups(file)) if (backup !== behoud) await weg(backup);
  const map = dirname(file);
  const naam = basename(file);
  for (const n of await fs.readdir(map).catch(() => [] as string[]))
    if (n.startsWith(`${naam}.beschadigd-`) || (n.startsWith(`${naam}.`) && n.endsWith('.tmp')))
      await weg(join(map, n));
  return mislukt;
}

/** `20261123T101500123Z.tafelwerk` → ISO timestamp. */
export function backupTime(path: string): string {
  const m = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(basename(path));
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : '';
}
