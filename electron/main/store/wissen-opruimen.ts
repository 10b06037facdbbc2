import { herbouwAfgeleideTabellen } from './afgeleide-tabellen';
import { removeCopies } from './backups';
import type { Db } from './database';
import type { Reservekopiebeleid } from './reservekopie-beleid';

/**
 * After a change that must leave no trace (an AVG erasure, or a change of protection), no copy of
 * the old data may stay on disk: the database is rebuilt without free pages, saved, one fresh
 * backup is written and every other copy removed. Until all of that worked the purge stays
 * pending, and every later save and the close try again.
 */
export class WissenOpruimen {
  private wacht = false;

  /** Whether a purge is pending. */
  get nodig(): boolean {
    return this.wacht;
  }

  /** From here the change must reach the disk, and every old copy must go. */
  start(): void {
    this.wacht = true;
  }

  /** Before exporting: rebuild the file so no free page still holds erased data. */
  voorOpslaan(db: Db): void {
    if (!this.wacht) return;
    db.vacuum();
    // VACUUM may renumber rows, and ties between measurements on one date fall by row order.
    db.transaction(() => herbouwAfgeleideTabellen(db));
  }

  /**
   * The file was just written without the erased data: write one fresh backup of it first, then
   * remove every other copy (they still hold the data). Failures leave the purge pending.
   */
  async naOpslaan(
    path: string,
    bytes: Uint8Array,
    reservekopieen: Reservekopiebeleid,
    /** Removing the previous version's link, which still holds the erased data. */
    vorigeOpruimen: Promise<void>,
  ): Promise<void> {
    await vorigeOpruimen;
    const nieuw = await reservekopieen.schrijf(path, bytes);
    if ((await removeCopies(path, nieuw)) === 0) this.wacht = false;
  }
}
