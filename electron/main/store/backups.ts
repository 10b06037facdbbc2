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
  await rotateBackups(file, keep, now);
  return target;
}

/** Every file named as a backup, newest name first, including names dated in the future. */
async function backupNamen(file: string): Promise<string[]> {
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

/**
 * Backups of a file, newest first. A name dated after now cannot have been written by Tafelwerk
 * (names are stamped with the product's clock when written): it is ignored, so that a file planted
 * in a shared folder under a future name is never restored as "the newest backup" and never counts
 * towards the backups kept, which would rotate the real ones out.
 */
export async function listBackups(file: string, now = nu()): Promise<string[]> {
  const grens = `${stamp(now)}.tafelwerk`;
  return (await backupNamen(file)).filter((p) => basename(p) <= grens);
}

export async function rotateBackups(file: string, keep: number, now = nu()): Promise<void> {
  const all = await listBackups(file, now);
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
  // Future-dated names too: whatever they hold, after an erasure no copy of the old data may stay.
  for (const backup of await backupNamen(file)) if (backup !== behoud) await weg(backup);
  return mislukt + (await removeSideCopies(file));
}

/** Removes the copies beside the file (a damaged file set aside, temp files); returns the failures. */
export async function removeSideCopies(file: string): Promise<number> {
  let mislukt = 0;
  const weg = (pad: string) =>
    fs.rm(pad, { force: true }).catch(() => {
      mislukt++;
    });
  const map = dirname(file);
  const naam = basename(file);
  for (const n of await fs.readdir(map).catch(() => [] as string[]))
    if (n.startsWith(`${naam}.beschadigd-`)) await weg(join(map, n));
  for (const tmp of await listTempFiles(file)) await weg(tmp);
  return mislukt;
}

/**
 * Every temp file a write of Tafelwerk can leave when it is interrupted (a crash, a kill, power
 * loss): beside the file (`naam.xxxx.tmp`: a save, or the previous version's link) and in its
 * backup folder (a backup, `gecontroleerd.json`). Each is a whole or partial copy of the data, in
 * plaintext when the file is not protected, and no later save or backup rotation looks at it.
 * Only safe to remove with the file's lock held: then no write of this file is under way.
 */
export async function listTempFiles(file: string): Promise<string[]> {
  const map = dirname(file);
  const naam = basename(file);
  const naast = (await fs.readdir(map).catch(() => [] as string[]))
    .filter((n) => n.startsWith(`${naam}.`) && n.endsWith('.tmp'))
    .map((n) => join(map, n));
  const kopieen = backupFolder(file);
  const daar = (await fs.readdir(kopieen).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.tmp'))
    .map((n) => join(kopieen, n));
  return [...naast, ...daar];
}

/** `20261123T101500123Z.tafelwerk` → ISO timestamp. */
export function backupTime(path: string): string {
  const m = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(basename(path));
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : '';
}
