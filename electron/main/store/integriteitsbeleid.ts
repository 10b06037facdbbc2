import { promises as fs } from 'node:fs';
import { afdrukVan, schrijfMerk } from './controle-merk';
import type { Db } from './database';

/**
 * What is checked when, so that a damaged database never replaces a good file or its backups:
 * before every save the tables that changed; everything before a save that also writes a backup
 * (or purges). Bytes on disk that passed the full check get the mark (controle-merk.ts) that lets
 * the next open skip it; if the last saves checked only what changed, closing checks everything.
 */
export class Integriteitsbeleid {
  /**
   * Whether what is on disk passed the full integrity check (not only the check of what changed;
   * see `Db.changesOk`). If not, closing runs the full check and marks the file.
   */
  private schijfVolledigGecontroleerd = true;

  /** Before writing: throws (code INTEGRITEIT) when the database fails the check. */
  controleer(db: Db, volledig: boolean): void {
    if (!(volledig ? db.integrityOk() : db.changesOk()))
      throw Object.assign(new Error('integriteitscontrole faalt'), { code: 'INTEGRITEIT' });
  }

  /** These bytes are now on disk as `path`, after the check `volledig` says; a full pass is marked. */
  async opgeslagen(path: string, bytes: Uint8Array, volledig: boolean): Promise<void> {
    this.schijfVolledigGecontroleerd = volledig;
    if (volledig) await schrijfMerk(path, afdrukVan(bytes));
  }

  /**
   * At close: the saves since the last full check checked only what changed, so check everything
   * once more and mark the file. What is on disk is what the database holds now (saved, nothing
   * queued: `opgeslagen`), so reading it back gives the bytes to mark.
   */
  async bijSluiten(path: string, db: Db, opgeslagen: boolean): Promise<void> {
    if (this.schijfVolledigGecontroleerd || !opgeslagen) return;
    if (!db.integrityOk()) return;
    const bytes = await fs.readFile(path).catch(() => null);
    if (bytes) await schrijfMerk(path, afdrukVan(bytes));
  }
}
