import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { SaveState } from '../../../shared/domain/types';
import { formatDatumTijd } from '../../../shared/format/nl';
import { nuIso } from '../../../shared/klok';
import { AppFault } from '../errors';
import { herbouwAfgeleideTabellen } from './afgeleide-tabellen';
import { backupTime, listBackups, ruimKopieenOp, writeBackup } from './backups';
import { type Geheim, loadVerified, ruimTijdelijkeOp, sleutelVoor, wachtwoordNodig } from './bestand-lezen';
import { type Afdruk, afdrukVan, heeftMerk, schrijfMerk } from './controle-merk';
import { Db } from './database';
import { atomicVervang, atomicWrite } from './file-io';
import { acquireLock } from './lock';
import { migrate } from './migrate';
import { loadSqlJs } from './sqljs';
import { isVersleuteld, ontsleutel, type Sleutel, versleutel } from './versleuteling';

export { type Geheim, readSnapshot } from './bestand-lezen';

export interface FileOptions {
  /** How many backups to keep per file. */
  keepBackups?: number;
  /** Minimum time between backups taken while saving. */
  backupIntervalMs?: number;
}

const DEFAULTS: Required<FileOptions> = { keepBackups: 10, backupIntervalMs: 10 * 60 * 1000 };

export interface SaveStatus {
  state: SaveState;
  lastSavedAt: string | null;
  error: string | null;
}

/**
 * One open werkgroep file: the in-memory database, its lock, and the save path.
 * Writes run one at a time through a queue; each ends in an atomic save (coalesced when
 * several writes are waiting). Reads go straight to the database.
 */
export class WerkgroepFile {
  private tail: Promise<unknown> = Promise.resolve();
  private pendingSave: Promise<void> | null = null;
  private lastBackupAt = 0;
  private status: SaveStatus = { state: 'opgeslagen', lastSavedAt: null, error: null };
  private closed = false;
  /** An erasure happened that is not yet gone from disk and backups (see writeAndPurge). */
  private purgePending = false;
  /**
   * Whether what is on disk passed the full integrity check (not only the check of what changed;
   * see `Db.wijzigingenOk`). If not, closing runs the full check and marks the file.
   */
  private schijfVolledigGecontroleerd = true;
  /** Removing the previous version's link after a save (see `atomicVervang`); awaited before the next. */
  private vorigeOpruimen: Promise<void> = Promise.resolve();

  private constructor(
    private filePath: string,
    readonly db: Db,
    private releaseLock: () => Promise<void>,
    private readonly options: Required<FileOptions>,
    /** Set for a protected file: every byte written (file, backups, temp) is encrypted with it. */
    private sleutel: Sleutel | null = null,
  ) {}

  get beveiligd(): boolean {
    return this.sleutel !== null;
  }

  /** The key of a protected file, for checking a passphrase; null when unprotected. */
  get huidigeSleutel(): Sleutel | null {
    return this.sleutel;
  }

  /** What goes to disk: the database bytes, sealed when the file is protected. */
  private naarSchijf(bytes: Uint8Array): Uint8Array {
    return this.sleutel ? versleutel(this.sleutel, bytes) : bytes;
  }

  get path(): string {
    return this.filePath;
  }

  get name(): string {
    return basename(this.filePath);
  }

  get saveStatus(): SaveStatus {
    return { ...this.status };
  }

  /** Creates a new file; refuses to overwrite an existing one. `init` fills the fresh schema. */
  static async create(
    path: string,
    init: (db: Db) => void,
    options: FileOptions = {},
    /** Protect the file from its very first byte on disk. */
    sleutel: Sleutel | null = null,
  ): Promise<WerkgroepFile> {
    const SQL = await loadSqlJs();
    const release = await acquireLock(path);
    try {
      const exists = await fs.stat(path).then(
        () => true,
        () => false,
      );
      if (exists)
        throw new AppFault('ONGELDIGE_INVOER', `Er bestaat al een bestand met de naam ${basename(path)}.`);
      const db = new Db(new SQL.Database());
      migrate(db);
      db.transaction(() => init(db));
      const file = new WerkgroepFile(path, db, release, { ...DEFAULTS, ...options }, sleutel);
      await file.saveNow(true);
      if (file.status.state === 'fout')
        throw new AppFault('OPSLAAN_MISLUKT', file.status.error ?? 'Opslaan mislukt.');
      return file;
    } catch (error) {
      await release();
      throw error;
    }
  }

  /**
   * Opens a file. A damaged file falls back to its newest good backup: the damaged file is kept
   * aside (renamed), the backup's content becomes the file, and `melding` tells the user.
   */
  static async open(
    path: string,
    options: FileOptions = {},
    geheim?: Geheim,
  ): Promise<{ file: WerkgroepFile; melding: string | null }> {
    const SQL = await loadSqlJs();
    const opts = { ...DEFAULTS, ...options };
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch {
      throw new AppFault('BESTAND_NIET_GEVONDEN', `Het bestand ${basename(path)} is niet gevonden.`);
    }
    let sleutel: Sleutel | null = null;
    if (isVersleuteld(bytes)) {
      if (!geheim) throw wachtwoordNodig(path);
      sleutel = await sleutelVoor(path, bytes, geheim);
    }
    const release = await acquireLock(path);
    try {
      await ruimTijdelijkeOp(path);
      const afdruk = afdrukVan(bytes);
      const gemerkt = await heeftMerk(path, afdruk);
      try {
        const { db } = loadVerified(SQL, sleutel ? ontsleutel(sleutel, bytes) : bytes, gemerkt);
        const file = new WerkgroepFile(path, db, release, opts, sleutel);
        // The backup (and the mark of a check just passed) wait in the write queue: the data can be
        // shown meanwhile, and every write and the close come after them.
        file.tail = file.naOpenen(gemerkt ? null : afdruk);
        return { file, melding: null };
      } catch (error) {
        if (!(error instanceof AppFault) || error.code !== 'BESTAND_BESCHADIGD') throw error;
        return await WerkgroepFile.recoverFromBackup(SQL, path, release, opts, sleutel);
      }
    } catch (error) {
      await release();
      throw error;
    }
  }

  private static async recoverFromBackup(
    SQL: SqlJsStatic,
    path: string,
    release: () => Promise<void>,
    opts: Required<FileOptions>,
    sleutel: Sleutel | null,
  ) {
    for (const backup of await listBackups(path)) {
      let db: Db;
      try {
        const bytes = await fs.readFile(backup);
        // An encrypted backup opens only with the file's key; a plain one needs none.
        if (isVersleuteld(bytes) && !sleutel) continue;
        db = loadVerified(SQL, sleutel && isVersleuteld(bytes) ? ontsleutel(sleutel, bytes) : bytes).db;
      } catch {
        continue;
      }
      const aside = `${path}.beschadigd-${nuIso().replace(/[-:.]/g, '')}`;
      await fs.rename(path, aside);
      const file = new WerkgroepFile(path, db, release, opts, sleutel);
      file.lastBackupAt = Date.now();
      await file.saveNow(false);
      const melding =
        `Het bestand ${basename(path)} was beschadigd. De reservekopie van ${formatDatumTijd(backupTime(backup))} is geopend; ` +
        `wijzigingen daarna ontbreken. Het beschadigde bestand is bewaard als ${basename(aside)}.`;
      return { file, melding };
    }
    throw new AppFault(
      'BESTAND_BESCHADIGD',
      `Het bestand ${basename(path)} is beschadigd en er is geen bruikbare reservekopie gevonden.`,
    );
  }

  /**
   * A backup of the file as opened, unless the newest backup is already at least as recent; and
   * the mark for bytes that just passed the full check. Both best effort. The backup is read from
   * disk again (the lock keeps it as it was): the bytes read at open now belong to sql.js.
   */
  private async naOpenen(nieuwMerk: Afdruk | null): Promise<void> {
    try {
      const [newest] = await listBackups(this.filePath);
      const mtime = (await fs.stat(this.filePath)).mtimeMs;
      // Both times from the file system: a backup's name is on the product's clock, which tests shift.
      const backupMtime = newest ? (await fs.stat(newest)).mtimeMs : 0;
      if (!newest || backupMtime < mtime) {
        await writeBackup(this.filePath, await fs.readFile(this.filePath), this.options.keepBackups);
        this.lastBackupAt = Date.now();
      }
    } catch {
      // A backup that cannot be written is retried at the next save's backup moment.
    }
    if (nieuwMerk) await schrijfMerk(this.filePath, nieuwMerk);
  }

  /** Resolves once the work queued so far (writes, their saves, the backup on open) is done. */
  klaar(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /**
   * Runs a synchronous change in a transaction, queued behind earlier writes, and resolves once
   * the change is saved to disk (or the save failed; then `saveStatus` says so and the change
   * stays in memory for the next save).
   */
  write<T>(change: (db: Db) => T): Promise<T> {
    if (this.closed) return Promise.reject(new AppFault('GEEN_BESTAND_OPEN', 'Dit bestand is gesloten.'));
    const job = this.tail.then(() => this.db.transaction(() => change(this.db)));
    this.tail = job.catch(() => undefined);
    return job.then(async (value) => {
      await this.scheduleSave();
      return value;
    });
  }

  /**
   * A change that must leave no trace (an AVG erasure): after the transaction the database is
   * vacuumed and saved at once, and every backup, which still holds the erased data, is replaced
   * by one backup of the cleaned state.
   */
  writeAndPurge<T>(change: (db: Db) => T): Promise<T> {
    return this.metOpruimen(
      () => this.db.transaction(() => change(this.db)),
      'De gegevens zijn uit Tafelwerk verwijderd, maar nog niet overal van schijf: ',
    );
  }

  /**
   * Protects the file with a key (or removes the protection with null). The file is rewritten at
   * once, and every backup and leftover copy, which still holds the old form, is replaced by one
   * backup in the new form: after protecting, no readable copy of the data is left beside the file.
   */
  zetSleutel(sleutel: Sleutel | null): Promise<void> {
    return this.metOpruimen(() => {
      this.sleutel = sleutel;
    }, 'De beveiliging is ingesteld, maar oude kopieën konden nog niet worden opgeruimd: ');
  }

  private metOpruimen<T>(stap: () => T, melding: string): Promise<T> {
    if (this.closed) return Promise.reject(new AppFault('GEEN_BESTAND_OPEN', 'Dit bestand is gesloten.'));
    const job = this.tail.then(async () => {
      const value = stap();
      // From here the change must reach the disk: every later save (and close) retries until it has.
      this.purgePending = true;
      await this.saveNow(true);
      if (this.purgePending)
        throw new AppFault(
          'OPSLAAN_MISLUKT',
          melding +
            (this.status.error ?? 'de reservekopieën konden niet worden opgeruimd.') +
            ' Tafelwerk probeert het opnieuw bij de volgende wijziging en bij het sluiten.',
        );
      return value;
    });
    this.tail = job.catch(() => undefined);
    return job;
  }

  /**
   * After an erasure: the file was just written without the erased data, so write one fresh backup
   * of it first, then remove every other backup (they still hold the data). Failures are collected,
   * not thrown half-way, and leave the purge pending for the next save.
   */
  private async purgeBackups(bytes: Uint8Array): Promise<void> {
    // The previous version still holds the erased data until its link is gone.
    await this.vorigeOpruimen;
    const nieuw = await writeBackup(this.filePath, bytes, this.options.keepBackups);
    this.lastBackupAt = Date.now();
    if ((await ruimKopieenOp(this.filePath, nieuw)) === 0) this.purgePending = false;
  }

  private scheduleSave(): Promise<void> {
    if (!this.pendingSave) {
      this.status.state = 'opslaan';
      const save = this.tail.then(() => {
        this.pendingSave = null;
        return this.saveNow(false);
      });
      this.pendingSave = save;
      this.tail = save;
    }
    return this.pendingSave;
  }

  /** Export → atomic write → (periodic) backup. Never throws: failures land in saveStatus. */
  private async saveNow(forceBackup: boolean): Promise<void> {
    this.status.state = 'opslaan';
    try {
      // Rebuilding the file leaves no free pages that could still hold erased data.
      if (this.purgePending) {
        this.db.vacuum();
        // VACUUM may renumber rows, and ties between measurements on one date fall by row order.
        this.db.transaction(() => herbouwAfgeleideTabellen(this.db));
      }
      // Never replace a good file (and its backups) with a damaged one: check before writing. What
      // changed is checked on every save; everything before a save that also writes a backup.
      const volledig =
        this.purgePending || forceBackup || Date.now() - this.lastBackupAt >= this.options.backupIntervalMs;
      if (!(volledig ? this.db.integrityOk() : this.db.wijzigingenOk()))
        throw Object.assign(new Error('integriteitscontrole faalt'), { code: 'INTEGRITEIT' });
      const bytes = this.naarSchijf(this.db.export());
      await this.vorigeOpruimen;
      this.vorigeOpruimen = (await atomicVervang(this.filePath, bytes))();
      this.status = { state: 'opgeslagen', lastSavedAt: nuIso(), error: null };
      this.schijfVolledigGecontroleerd = volledig;
      if (this.purgePending) await this.purgeBackups(bytes).catch(() => undefined);
      else if (volledig) {
        this.lastBackupAt = Date.now();
        await writeBackup(this.filePath, bytes, this.options.keepBackups).catch(() => undefined);
      }
      if (volledig) await schrijfMerk(this.filePath, afdrukVan(bytes));
    } catch (error) {
      this.status = {
        state: 'fout',
        lastSavedAt: this.status.lastSavedAt,
        error: `Opslaan is mislukt (${(error as NodeJS.ErrnoException).code ?? 'onbekende fout'}). Uw wijzigingen staan nog in Tafelwerk; het wordt opnieuw geprobeerd bij de volgende wijziging.`,
      };
    }
  }

  /** Saves under a new name and continues there; the old file keeps its last saved state. */
  saveAs(newPath: string): Promise<void> {
    // In the write queue: a change (or an erasure) made meanwhile lands after the switch, in the new file.
    const job = this.tail.then(() => this.saveAsNu(newPath));
    this.tail = job.catch(() => undefined);
    return job;
  }

  private async saveAsNu(newPath: string): Promise<void> {
    const release = await acquireLock(newPath);
    try {
      if (!this.db.integrityOk())
        throw Object.assign(new Error('integriteitscontrole faalt'), { code: 'INTEGRITEIT' });
      const bytes = this.naarSchijf(this.db.export());
      await atomicWrite(newPath, bytes);
      await schrijfMerk(newPath, afdrukVan(bytes));
    } catch (error) {
      await release();
      throw new AppFault(
        'OPSLAAN_MISLUKT',
        `Opslaan als ${basename(newPath)} is mislukt (${(error as NodeJS.ErrnoException).code ?? 'onbekende fout'}).`,
      );
    }
    await this.releaseLock();
    this.releaseLock = release;
    this.filePath = newPath;
    this.status = { state: 'opgeslagen', lastSavedAt: nuIso(), error: null };
    this.schijfVolledigGecontroleerd = true;
    this.lastBackupAt = 0;
  }

  /**
   * The saves since the last backup checked only what changed: check everything once more, so the
   * next open can trust the file's mark. What is on disk is what the database holds now (saved,
   * nothing queued), so reading it back gives the bytes to mark.
   */
  private async merkBijSluiten(): Promise<void> {
    if (this.schijfVolledigGecontroleerd || this.status.state !== 'opgeslagen') return;
    if (!this.db.integrityOk()) return;
    const bytes = await fs.readFile(this.filePath).catch(() => null);
    if (bytes) await schrijfMerk(this.filePath, afdrukVan(bytes));
  }

  /** Waits for queued writes and their save, then releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    if (this.status.state === 'fout' || this.purgePending) await this.saveNow(false);
    await this.merkBijSluiten();
    await this.vorigeOpruimen;
    this.db.close();
    await this.releaseLock();
  }
}
