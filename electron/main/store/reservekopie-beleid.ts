import { promises as fs } from 'node:fs';
import { listBackups, writeBackup } from './backups';

/**
 * When a backup is taken: at open (unless the newest is already as recent as the file), at the
 * first save, and then at most once per interval while saving; a purge writes one at once. Times
 * are the computer's own elapsed time, not the product's clock.
 */
export class Reservekopiebeleid {
  /** When the last backup of the current path was taken (ms); 0 for none yet. */
  private laatste = 0;

  constructor(
    private readonly bewaren: number,
    private readonly interval: number,
  ) {}

  /** Whether this save writes a backup: when asked, or when the last one is an interval old. */
  nodig(gevraagd: boolean): boolean {
    return gevraagd || Date.now() - this.laatste >= this.interval;
  }

  /** A backup of bytes just saved. Best effort: one that cannot be written is retried next interval. */
  async bijOpslaan(path: string, bytes: Uint8Array): Promise<void> {
    this.laatste = Date.now();
    await writeBackup(path, bytes, this.bewaren).catch(() => undefined);
  }

  /** Writes a backup of these bytes and returns its path; throws when it cannot. */
  async schrijf(path: string, bytes: Uint8Array): Promise<string> {
    const nieuw = await writeBackup(path, bytes, this.bewaren);
    this.laatste = Date.now();
    return nieuw;
  }

  /**
   * A backup of the file as opened, unless the newest backup is already at least as recent. Best
   * effort. The backup is read from disk again (the lock keeps it as it was): the bytes read at
   * open now belong to sql.js.
   */
  async naOpenen(path: string): Promise<void> {
    try {
      const [newest] = await listBackups(path);
      const mtime = (await fs.stat(path)).mtimeMs;
      // Both times from the file system: a backup's name is on the product's clock, which tests shift.
      const backupMtime = newest ? (await fs.stat(newest)).mtimeMs : 0;
      if (!newest || backupMtime < mtime) await this.schrijf(path, await fs.readFile(path));
    } catch {
      // A backup that cannot be written is retried at the next save's backup moment.
    }
  }

  /** The file's content came from a backup just now: the next one is due after the interval. */
  zojuistHersteld(): void {
    this.laatste = Date.now();
  }

  /** The file moved to a new path: its first save there takes a backup. */
  nieuwPad(): void {
    this.laatste = 0;
  }
}
