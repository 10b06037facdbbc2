import { AppFault } from '../errors';
import { type Geheim, leesOnderSlot, loadVerified, removeTempFiles, type Toegang } from './bestand-lezen';
import { geenOnbeveiligdeTerugval } from './bestand-meldingen';
import { type Afdruk, afdrukVan, heeftMerk } from './controle-merk';
import type { Db } from './database';
import { herstelUitReservekopie } from './herstel';
import { type Schijfstand, standVan } from './schijfstand';
import { loadSqlJs } from './sqljs';
import { type Verzegeling, verzegelingVan } from './verzegeling';

/**
 * Opening a werkgroep file from disk, up to the moment WerkgroepFile takes over: the lock, the
 * unlock of a protected file, the checks, and the fall-back to the newest good backup. What it
 * returns says which of three ways the file was opened; WerkgroepFile decides what follows from
 * each (a backup after opening, a save of a restored file, no writes at all when read-only).
 */
export type Geopend = {
  db: Db;
  verzegeling: Verzegeling;
  release: () => Promise<void>;
} & (
  | /** Beside someone else's lock: nothing is ever written. */ { soort: 'alleenLezen' }
  | {
      soort: 'gezond';
      /** The file on disk as loaded, to notice a save by someone else. */
      schijf: Schijfstand;
      /** The mark to write once the backup is taken (null: the file already carries it). */
      merkTeSchrijven: Afdruk | null;
    }
  | /** The file was damaged and its newest good backup was loaded instead. */ {
      soort: 'hersteld';
      melding: string;
    }
);

export async function openVanSchijf(
  path: string,
  lockVerversMs: number,
  geheim: Geheim | undefined,
  /** This computer remembers protecting this file: it never falls back to plaintext (verzegeling.ts). */
  eerderBeveiligd: boolean,
  toegang: Toegang,
): Promise<Geopend> {
  const SQL = await loadSqlJs();
  const { bytes, mtimeMs, verzegeling, release } = await leesOnderSlot(path, toegang, lockVerversMs, (b) =>
    verzegelingVan(path, b, geheim, eerderBeveiligd),
  );
  try {
    if (toegang === 'alleenLezen') {
      // The bytes as they are, fully checked; a damaged file is refused, not restored (that writes),
      // and the in-memory migration of an older file is never saved.
      const { db } = loadVerified(SQL, verzegeling.ontzegel(bytes), false);
      return { soort: 'alleenLezen', db, verzegeling, release };
    }
    await removeTempFiles(path);
    const afdruk = afdrukVan(bytes);
    // Before sql.js sees the bytes: it may write into them (see `afdrukVan`).
    const schijf = standVan(bytes, mtimeMs);
    const gemerkt = await heeftMerk(path, afdruk);
    try {
      const { db } = loadVerified(SQL, verzegeling.ontzegel(bytes), gemerkt);
      return { soort: 'gezond', db, verzegeling, release, schijf, merkTeSchrijven: gemerkt ? null : afdruk };
    } catch (error) {
      if (!(error instanceof AppFault) || error.code !== 'BESTAND_BESCHADIGD') throw error;
      // Plain now but protected before: restoring a plaintext backup would be a downgrade.
      if (eerderBeveiligd && !verzegeling.sleutel) throw geenOnbeveiligdeTerugval(path);
      const hersteld = await herstelUitReservekopie(SQL, path, verzegeling);
      return { soort: 'hersteld', db: hersteld.db, verzegeling, release, melding: hersteld.melding };
    }
  } catch (error) {
    verzegeling.wis();
    await release();
    throw error;
  }
}
