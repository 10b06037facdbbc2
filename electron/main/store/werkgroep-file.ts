import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { AppFault } from '../errors';
import type { Geheim, Toegang } from './bestand-lezen';
import { alleenLezenMelding, gesloten } from './bestand-meldingen';
import { openVanSchijf } from './bestand-openen';
import { type FileOptions, type SaveStatus, STANDAARD_BESTAND_OPTIES } from './bestand-opties';
import { schrijfMerk } from './controle-merk';
import { Db } from './database';
import { atomicReplace, atomicWrite } from './file-io';
import { Integriteitsbeleid } from './integriteitsbeleid';
import { acquireLock } from './lock';
import { migrate } from './migrate';
import { doorAnderGewijzigd, opgeslagenBijOpenen, opgeslagenNu, opslaanMislukt } from './opslagstatus';
import { Reservekopiebeleid } from './reservekopie-beleid';
import { ongewijzigd, type Schijfstand, standNaSchrijven } from './schijfstand';
import { Schrijfwachtrij } from './schrijfwachtrij';
import { herverzegelKopieen } from './sleutelwissel';
import { loadSqlJs } from './sqljs';
import { type Sleutel, wis } from './versleuteling';
import { Verzegeling } from './verzegeling';
import { WissenOpruimen } from './wissen-opruimen';
import type { WissenRegister } from './wissen-register';

export { type Geheim, readSnapshot, type Toegang } from './bestand-lezen';
export type { FileOptions, SaveStatus } from './bestand-opties';

/**
 * One open werkgroep file: the in-memory database, its lock, and the save path. Writes run one at
 * a time through a queue (schrijfwachtrij.ts); each ends in an atomic save, coalesced when several
 * writes are waiting. Reads go straight to the database. What a save checks, when it takes a
 * backup, how it purges after an erasure and how it seals a protected file are each decided in
 * their own module; this class composes them in order.
 */
export class WerkgroepFile {
  private readonly wachtrij = new Schrijfwachtrij();
  private readonly integriteit = new Integriteitsbeleid();
  private readonly reservekopieen: Reservekopiebeleid;
  private readonly opruimen = new WissenOpruimen();
  private readonly register: WissenRegister | null;
  private status: SaveStatus = { state: 'opgeslagen', lastSavedAt: null, error: null };
  private closed = false;
  /** Removing the previous version's link after a save (see `atomicReplace`); awaited before the next. */
  private vorigeOpruimen: Promise<void> = Promise.resolve();
  /** The file on disk as last loaded or saved here; null while it does not exist yet (create, restore). */
  private schijf: Schijfstand | null = null;
  private readonly lockVerversMs: number;
  /**
   * Opened read-only beside someone else's lock: no lock of our own, nothing is ever written (no
   * save, backup, mark or clean-up), and every change is refused. "Opslaan als" makes an own copy,
   * which is writable from then on.
   */
  private leesModus = false;

  private constructor(
    private filePath: string,
    readonly db: Db,
    private releaseLock: () => Promise<void>,
    options: Required<FileOptions>,
    /** Every byte written (file, backups, temp) is sealed with the key of a protected file. */
    private readonly verzegeling: Verzegeling,
  ) {
    this.reservekopieen = new Reservekopiebeleid(options.keepBackups, options.backupIntervalMs);
    this.register = options.wissenRegister;
    this.lockVerversMs = options.lockVerversMs;
  }

  /** Whether an erasure (or a change of protection) has not yet fully reached the disk. */
  get wissenWacht(): boolean {
    return this.opruimen.nodig;
  }

  get alleenLezen(): boolean {
    return this.leesModus;
  }

  get beveiligd(): boolean {
    return this.verzegeling.sleutel !== null;
  }

  /** The key of a protected file, for checking a passphrase; null when unprotected. */
  get huidigeSleutel(): Sleutel | null {
    return this.verzegeling.sleutel;
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
    const opts = { ...STANDAARD_BESTAND_OPTIES, ...options };
    const release = await acquireLock(path, { verversMs: opts.lockVerversMs });
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
      const file = new WerkgroepFile(path, db, release, opts, new Verzegeling(sleutel));
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
   * Opens a file. A damaged file falls back to its newest good backup (herstel.ts): the damaged
   * file is kept aside, the backup's content becomes the file, and `melding` tells the user.
   */
  static async open(
    path: string,
    options: FileOptions = {},
    geheim?: Geheim,
    /** This computer remembers protecting this file: it never falls back to plaintext (verzegeling.ts). */
    eerderBeveiligd = false,
    /**
     * `overnemen`: take over a lock held by someone else, only after the user was warned and chose
     * so. `alleenLezen`: read the file beside their lock and never write it.
     */
    toegang: Toegang = 'gewoon',
  ): Promise<{ file: WerkgroepFile; melding: string | null }> {
    const opts = { ...STANDAARD_BESTAND_OPTIES, ...options };
    const geopend = await openVanSchijf(path, opts.lockVerversMs, geheim, eerderBeveiligd, toegang);
    const file = new WerkgroepFile(path, geopend.db, geopend.release, opts, geopend.verzegeling);
    switch (geopend.soort) {
      case 'alleenLezen':
        file.leesModus = true;
        return { file, melding: null };
      case 'gezond': {
        file.schijf = geopend.schijf;
        file.status = opgeslagenBijOpenen(geopend.schijf);
        const merk = geopend.merkTeSchrijven;
        // The backup (and the mark of a check just passed) wait in the write queue: the data can be
        // shown meanwhile, and every write and the close come after them.
        file.wachtrij.achteraan(async () => {
          await file.reservekopieen.naOpenen(path);
          if (merk) await schrijfMerk(path, merk);
        });
        return { file, melding: null };
      }
      case 'hersteld':
        // The backup's content becomes the file at once; the damaged file was kept aside (herstel.ts).
        file.reservekopieen.zojuistHersteld();
        await file.saveNow(false);
        return { file, melding: geopend.melding };
    }
  }

  /** Why no change can be queued now (closed, or read-only); null when it can. */
  private weigering(): AppFault | null {
    if (this.closed) return gesloten();
    return this.leesModus ? alleenLezenMelding(this.filePath) : null;
  }

  /** Resolves once the work queued so far (writes, their saves, the backup on open) is done. */
  settled(): Promise<void> {
    return this.wachtrij.klaar();
  }

  /**
   * Runs a synchronous change in a transaction, queued behind earlier writes, and resolves once
   * the change is saved to disk (or the save failed; then `saveStatus` says so and the change
   * stays in memory for the next save).
   */
  write<T>(change: (db: Db) => T): Promise<T> {
    const nee = this.weigering();
    if (nee) return Promise.reject(nee);
    return this.wachtrij
      .achteraan(() => this.db.transaction(() => change(this.db)))
      .then(async (value) => {
        await this.scheduleSave();
        return value;
      });
  }

  /**
   * A change that must leave no trace (an AVG erasure): after the transaction the database is
   * vacuumed and saved at once, and every backup, which still holds the erased data, is replaced
   * by one backup of the cleaned state. The erased candidates are recorded (`wissenRegister`) until
   * that is done, so a close or quit before it cannot drop the erasure: the next open finishes it.
   */
  writeAndPurge<T>(change: (db: Db) => T, kandidaatIds: readonly string[] = []): Promise<T> {
    return this.withPurge(
      () => this.db.transaction(() => change(this.db)),
      'De gegevens zijn uit Tafelwerk verwijderd, maar nog niet overal van schijf: ',
      kandidaatIds,
    );
  }

  /**
   * Protects the file with a key (or removes the protection with null). The file is rewritten at
   * once, and every backup and leftover copy, which still holds the old form, is replaced by one
   * backup in the new form: after protecting, no readable copy of the data is left beside the file.
   */
  zetSleutel(sleutel: Sleutel | null): Promise<void> {
    return this.withPurge(() => {
      const oud = this.verzegeling.sleutel;
      this.verzegeling.zet(sleutel);
      if (oud !== sleutel) wis(oud);
    }, 'De beveiliging is ingesteld, maar oude kopieën konden nog niet worden opgeruimd: ');
  }

  /**
   * A new data key for a protected file (a new passphrase or recovery code): the file is saved with
   * it, then every backup is sealed again with it (sleutelwissel.ts) and the old key is wiped. If the
   * save fails nothing changed: the old key stays and the error is thrown. A backup that can be
   * neither re-sealed nor removed leaves a purge pending, retried at every save and at close.
   */
  wisselSleutel(nieuw: Sleutel): Promise<void> {
    const nee = this.weigering();
    if (nee) return Promise.reject(nee);
    return this.wachtrij.achteraan(async () => {
      const oud = this.verzegeling.sleutel;
      if (!oud) throw new AppFault('ONGELDIGE_INVOER', 'Dit bestand is niet beveiligd.');
      this.verzegeling.zet(nieuw);
      await this.saveNow(false);
      if (this.status.state === 'fout') {
        // Not on disk: keep working with the old key, or the next save would seal the file with a
        // key whose recovery code the user never saw.
        this.verzegeling.zet(oud);
        wis(nieuw);
        throw new AppFault('OPSLAAN_MISLUKT', this.status.error ?? 'Opslaan is mislukt.');
      }
      // The previous version's link is sealed with the old key: it goes before the backups are done.
      await this.vorigeOpruimen;
      const over = await herverzegelKopieen(this.filePath, oud, nieuw).catch(() => 1);
      wis(oud);
      if (over > 0) {
        this.opruimen.start();
        await this.saveNow(true);
      }
    });
  }

  /** A backup of the file as it is now, queued after earlier writes: before a merge changes much at once. */
  reservekopieNu(): Promise<string> {
    if (this.closed) return Promise.reject(gesloten());
    return this.wachtrij.achteraan(() =>
      this.reservekopieen.schrijf(this.filePath, this.verzegeling.verzegel(this.db.export())),
    );
  }

  /** The database's bytes as they are now (unsealed), queued after earlier writes: for a copy. */
  inhoudNu(): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(gesloten());
    return this.wachtrij.achteraan(async () => this.db.export());
  }

  private withPurge<T>(
    change: () => T,
    failureMessage: string,
    kandidaatIds: readonly string[] = [],
  ): Promise<T> {
    const nee = this.weigering();
    if (nee) return Promise.reject(nee);
    return this.wachtrij.achteraan(async () => {
      const value = change();
      // Recorded before the save: a crash, a kill or a failing disk from here on cannot lose it.
      if (kandidaatIds.length > 0)
        await this.register?.noteer(this.filePath, kandidaatIds).catch(() => undefined);
      // From here the change must reach the disk: every later save (and close) retries until it has.
      this.opruimen.start();
      await this.saveNow(true);
      if (this.opruimen.nodig)
        throw new AppFault(
          'OPSLAAN_MISLUKT',
          failureMessage +
            (this.status.error ?? 'de reservekopieën konden niet worden opgeruimd.') +
            ' Tafelwerk probeert het opnieuw bij de volgende wijziging en bij het sluiten.',
        );
      return value;
    });
  }

  private scheduleSave(): Promise<void> {
    if (!this.wachtrij.opslagWacht) this.status.state = 'opslaan';
    return this.wachtrij.opslaanGebundeld(() => this.saveNow(false));
  }

  /** Check → export (sealed) → atomic write → backup or purge → mark. Never throws: failures land in saveStatus. */
  private async saveNow(forceBackup: boolean): Promise<void> {
    this.status.state = 'opslaan';
    try {
      // Someone else saved the file meanwhile: nothing is overwritten (the user merges, Samenvoegen).
      if (this.schijf && !(await ongewijzigd(this.filePath, this.schijf))) {
        this.status = doorAnderGewijzigd(this.status, this.filePath);
        return;
      }
      this.opruimen.voorOpslaan(this.db);
      // Everything is checked before a save that also writes a backup or purges; otherwise what changed.
      const volledig = this.opruimen.nodig || this.reservekopieen.nodig(forceBackup);
      this.integriteit.controleer(this.db, volledig);
      const bytes = this.verzegeling.verzegel(this.db.export());
      await this.vorigeOpruimen;
      this.vorigeOpruimen = (await atomicReplace(this.filePath, bytes))();
      this.schijf = await standNaSchrijven(this.filePath, bytes);
      this.status = opgeslagenNu();
      if (this.opruimen.nodig) {
        await this.opruimen
          .naOpslaan(this.filePath, bytes, this.reservekopieen, this.vorigeOpruimen)
          .catch(() => undefined);
        if (!this.opruimen.nodig) await this.register?.afgerond(this.filePath).catch(() => undefined);
      } else if (volledig) await this.reservekopieen.bijOpslaan(this.filePath, bytes);
      await this.integriteit.opgeslagen(this.filePath, bytes, volledig);
    } catch (error) {
      this.status = opslaanMislukt(this.status, error);
    }
  }

  /** Saves under a new name and continues there; the old file keeps its last saved state. */
  saveAs(newPath: string): Promise<void> {
    // In the write queue: a change (or an erasure) made meanwhile lands after the switch, in the new file.
    return this.wachtrij.achteraan(() => this.saveAsNow(newPath));
  }

  private async saveAsNow(newPath: string): Promise<void> {
    const release = await acquireLock(newPath, { verversMs: this.lockVerversMs });
    let schijf: Schijfstand;
    try {
      this.integriteit.controleer(this.db, true);
      const bytes = this.verzegeling.verzegel(this.db.export());
      await atomicWrite(newPath, bytes);
      schijf = await standNaSchrijven(newPath, bytes);
      await this.integriteit.opgeslagen(newPath, bytes, true);
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
    this.leesModus = false;
    this.schijf = schijf;
    this.status = opgeslagenNu();
    this.reservekopieen.nieuwPad();
  }

  /**
   * Before closing: waits for queued writes and retries a failed save or a pending purge once.
   * True when everything is on disk; false when closing now would lose a change (the caller asks
   * the user: services/sluiten.ts).
   */
  async opslaanVoorSluiten(): Promise<boolean> {
    if (this.closed || this.leesModus) return true;
    return this.wachtrij.achteraan(async () => {
      if (this.status.state === 'fout' || this.opruimen.nodig) await this.saveNow(false);
      return this.status.state !== 'fout' && !this.opruimen.nodig;
    });
  }

  /** Waits for queued writes and their save, then releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.wachtrij.klaar();
    if (!this.leesModus) {
      if (this.status.state === 'fout' || this.opruimen.nodig) await this.saveNow(false);
      await this.integriteit.bijSluiten(this.filePath, this.db, this.status.state === 'opgeslagen');
    }
    await this.vorigeOpruimen;
    this.db.close();
    this.verzegeling.wis();
    await this.releaseLock();
  }
}
