import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { AppFault } from '../errors';
import { listBackups, listTempFiles } from './backups';
import { afdrukVan, heeftMerk } from './controle-merk';
import { Db } from './database';
import { acquireLock } from './lock';
import { assertReadable, migrate, schemaVersion } from './migrate';
import { controleerSchema } from './schema-controle';
import { loadSqlJs } from './sqljs';
import { isVersleuteld, ontgrendel, ontsleutel, type Sleutel } from './versleuteling';
import type { Verzegeling } from './verzegeling';

/**
 * Reading a werkgroep file safely: verifying its bytes (length, integrity, schema), unlocking a
 * protected one, and tidying what a crash left beside it. Used by WerkgroepFile and by the
 * read-only snapshots of the command line.
 */

/** The passphrase or the recovery code of a protected file. */
export type Geheim = { wachtwoord: string } | { herstelcode: string };

export const wachtwoordNodig = (path: string) =>
  new AppFault('WACHTWOORD_NODIG', `“${basename(path)}” is beveiligd met een wachtwoord.`);

/**
 * The key of a protected file. When its own header is unreadable, a backup's header (same data
 * key, same passphrase unless it was changed since) can still unlock it.
 */
export async function sleutelVoor(path: string, bytes: Uint8Array, geheim: Geheim): Promise<Sleutel> {
  try {
    return await ontgrendel(bytes, geheim);
  } catch (error) {
    if (!(error instanceof AppFault) || error.code !== 'BESTAND_BESCHADIGD') throw error;
    // A backup that the secret does not open may be planted (sealed by someone else): try the
    // others, and say "wrong passphrase" only when none opens and one refused the secret.
    let onjuist: AppFault | null = null;
    for (const backup of await listBackups(path)) {
      const kopie = await fs.readFile(backup).catch(() => null);
      if (!kopie || !isVersleuteld(kopie)) continue;
      try {
        return await ontgrendel(kopie, geheim);
      } catch (e) {
        if (e instanceof AppFault && e.code === 'WACHTWOORD_ONJUIST') onjuist ??= e;
      }
    }
    throw onjuist ?? error;
  }
}

/**
 * Loads bytes into a database and proves it is a healthy, readable Tafelwerk file (migrated in
 * memory). `alGecontroleerd`: the bytes match the mark of a passed check (see `controle-merk.ts`),
 * so the integrity check itself is skipped; every other check still runs.
 */
export function loadVerified(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  alGecontroleerd = false,
): { db: Db; fileVersion: number } {
  if (bytes.length === 0) throw new AppFault('BESTAND_BESCHADIGD', 'Het bestand is leeg.');
  // SQLite pads a short last page with zeros and calls the result healthy: a file cut short by a
  // few bytes would open without its tail. A whole number of pages is the first check.
  const p = ((bytes[16] ?? 0) << 8) | (bytes[17] ?? 0);
  const pagina = p === 1 ? 65536 : p;
  if (bytes.length >= 100 && (pagina < 512 || bytes.length % pagina !== 0))
    throw new AppFault('BESTAND_BESCHADIGD', 'Het bestand is afgekapt of beschadigd.');
  let db: Db | undefined;
  try {
    db = new Db(new SQL.Database(bytes));
    if (alGecontroleerd) db.markChecked();
    else if (!db.integrityOk())
      throw new AppFault('BESTAND_BESCHADIGD', 'De integriteitscontrole van het bestand faalt.');
    assertReadable(db);
    const fileVersion = schemaVersion(db);
    // Before the migrations write to it: a planted trigger must not get to run (schema-controle.ts).
    controleerSchema(SQL, db, fileVersion);
    migrate(db);
    return { db, fileVersion };
  } catch (error) {
    db?.close();
    if (error instanceof AppFault) throw error;
    throw new AppFault('BESTAND_BESCHADIGD', 'Het bestand is beschadigd en kan niet worden gelezen.');
  }
}

/**
 * Temp files a crash left beside the file or in its backup folder are copies of its data: with
 * the lock held nobody else is saving, so they can go.
 */
export async function removeTempFiles(path: string): Promise<void> {
  for (const tmp of await listTempFiles(path)) await fs.rm(tmp, { force: true }).catch(() => undefined);
}

/**
 * Reads a file without locking or writing it (for `tafelwerk info` and exports): a verified
 * in-memory copy, migrated in memory, plus the schema version the file itself records.
 */
export async function readSnapshot(path: string, geheim?: Geheim): Promise<{ db: Db; fileVersion: number }> {
  const SQL = await loadSqlJs();
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new AppFault('BESTAND_NIET_GEVONDEN', `Het bestand ${basename(path)} is niet gevonden.`);
  }
  const gecontroleerd = await heeftMerk(path, afdrukVan(bytes));
  if (!isVersleuteld(bytes)) return loadVerified(SQL, bytes, gecontroleerd);
  if (!geheim) throw wachtwoordNodig(path);
  return loadVerified(SQL, ontsleutel(await ontgrendel(bytes, geheim), bytes), gecontroleerd);
}

/** How a file is opened: as usual, taking over someone else's lock, or read-only beside it. */
export type Toegang = 'gewoon' | 'overnemen' | 'alleenLezen';

/**
 * The first steps of an open: the lock (none when read-only), then the bytes and their seal. The
 * lock comes first, so what is read is what this process will save over (and someone who has the
 * file open is named before a passphrase is asked). On any failure the lock is released.
 */
export async function leesOnderSlot(
  path: string,
  toegang: Toegang,
  verversMs: number,
  ontzegeling: (bytes: Uint8Array) => Promise<Verzegeling>,
): Promise<{ bytes: Uint8Array; mtimeMs: number; verzegeling: Verzegeling; release: () => Promise<void> }> {
  const nietGevonden = () =>
    new AppFault('BESTAND_NIET_GEVONDEN', `Het bestand ${basename(path)} is niet gevonden.`);
  await fs.access(path).catch(() => {
    throw nietGevonden();
  });
  const release =
    toegang === 'alleenLezen'
      ? async () => undefined
      : await acquireLock(path, { overnemen: toegang === 'overnemen', verversMs });
  try {
    const mtimeMs = await fs.stat(path).then(
      (s) => s.mtimeMs,
      () => Promise.reject(nietGevonden()),
    );
    const bytes = await fs.readFile(path).catch(() => Promise.reject(nietGevonden()));
    return { bytes, mtimeMs, verzegeling: await ontzegeling(bytes), release };
  } catch (error) {
    await release();
    throw error;
  }
}
