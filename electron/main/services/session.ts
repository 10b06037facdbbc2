import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { NieuweWerkgroepInvoer } from '../../../shared/api/schemas';
import type { DocumentInfo, OpenResult, StartState } from '../../../shared/domain/types';
import { klokVerschuiving } from '../../../shared/klok';
import { AppFault } from '../errors';
import { recordChange } from '../store/repositories/werkgroep';
import { nieuweSleutel, type ScryptParameters, STANDAARD_SCRYPT } from '../store/versleuteling';
import { type FileOptions, type Geheim, WerkgroepFile } from '../store/werkgroep-file';
import { WissenRegister } from '../store/wissen-register';
import { FILE_EXTENSION, uniekPad } from './bestandsnaam';
import { documentInfoVan } from './document-info';
import { KOPIE_AUDIT, schrijfKopieZonderPersoonsgegevens } from './kopie-werkgroeplid';
import { LaatsteExport, type Verkenner } from './laatste-export';
import { beveiligingOnthouden, logOpenen, voltooiOpenstaandWissen } from './na-openen';
import { initialiseerWerkgroep } from './nieuwe-werkgroep';
import { Ontgrendelpogingen } from './ontgrendelpogingen';
import { type KeuzeBijOpslagfout, type OpslagfoutVraag, vraagVoorSluiten } from './sluiten';
import { Toegangskeuze, weigerBijOpenstaandWissen } from './toegang';
import { UserSettings } from './user-settings';
import { VOORBEELD_NAAM, vulVoorbeeld } from './voorbeeld';
import {
  beveilig,
  vernieuwHerstelcode,
  type Wachtwoordbeheer,
  wijzigWachtwoord,
  zetBeveiligingUit,
} from './wachtwoordbeheer';

/** File choosers run in main (Electron dialogs, or a fake in tests); the renderer never picks a path. */
export interface Dialogs {
  chooseFileToOpen(): Promise<string | null>;
  chooseSaveLocation(suggestedPath: string): Promise<string | null>;
  /** An Excel file to read (imports). */
  chooseSpreadsheetToOpen(): Promise<string | null>;
  /** Where to write an export; the suggestion is a file name only, the dialog picks the folder. */
  chooseSpreadsheetSaveLocation(suggestedName: string): Promise<string | null>;
  /** One or more Excel files to read (returned forms); empty when cancelled. */
  chooseSpreadsheetsToOpen(): Promise<string[]>;
  /** A folder to write several files into (forms per organisation). */
  chooseFolder(title: string): Promise<string | null>;
  /** Closing while a change is not on disk: the user chooses (see services/sluiten.ts). */
  vraagBijOpslagfout(vraag: OpslagfoutVraag): Promise<KeuzeBijOpslagfout>;
  /** Opening an export the app just wrote, or its folder (see laatste-export.ts). */
  verkenner: Verkenner;
}

export interface SessionOptions {
  userData: string;
  dialogs: Dialogs;
  file?: FileOptions;
  /** Key derivation cost for new passphrases; tests lower it, users get the default. */
  scrypt?: ScryptParameters;
}

export { FILE_EXTENSION, safeFileName, zonderVerbodenTekens } from './bestandsnaam';

/**
 * The application's state in main: the user's settings and the one open werkgroep file.
 * Every IPC handler and the command line go through this.
 */
export class Session {
  private current: WerkgroepFile | null = null;
  /** A protected file chosen (or locked) and waiting for its passphrase. Never a path from the renderer. */
  private wachtend: string | null = null;
  /** Opened with the recovery code: a new passphrase may be set without the old one. */
  private viaHerstelcode = false;
  /** Erasures not yet complete on disk, kept in the user's own app data (not the shared folder). */
  private readonly wissenRegister: WissenRegister;

  /** The file the last export wrote, so "Bestand openen" opens that and nothing else. */
  readonly laatsteExport = new LaatsteExport();
  /** A file someone else has open, waiting for the user to take it over or read it. */
  private readonly toegang = new Toegangskeuze();
  private constructor(
    readonly settings: UserSettings,
    private readonly options: SessionOptions,
    /**
     * Failed unlocks per file on this computer: the wait they impose, and the audit log once open.
     * Merging a protected copy unlocks under the same brake.
     */
    readonly pogingen: Ontgrendelpogingen,
  ) {
    this.wissenRegister = new WissenRegister(options.userData);
  }

  private get fileOptions(): FileOptions {
    return { wissenRegister: this.wissenRegister, ...this.options.file };
  }

  static async create(options: SessionOptions): Promise<Session> {
    await fs.mkdir(options.userData, { recursive: true });
    return new Session(
      await UserSettings.load(options.userData),
      options,
      await Ontgrendelpogingen.load(options.userData),
    );
  }

  get werkgroepenMap(): string {
    return join(this.options.userData, 'Werkgroepen');
  }

  /** The open file, or a Dutch error when none is open. */
  requireFile(): WerkgroepFile {
    if (!this.current) throw new AppFault('GEEN_BESTAND_OPEN', 'Er is geen werkgroepbestand geopend.');
    return this.current;
  }

  /** The file choosers; exports and imports ask them for a path. */
  get dialogs(): Dialogs {
    return this.options.dialogs;
  }

  get auteur(): string {
    return this.settings.gebruiker.gebruikersnaam;
  }

  documentInfo(): DocumentInfo | null {
    return this.current ? documentInfoVan(this.current) : null;
  }

  /** First call from the window: reopens the last file if it is still there. */
  async start(): Promise<StartState> {
    let melding: string | null = null;
    const last = this.settings.laatsteBestand;
    if (!this.current && last) {
      try {
        melding = (await this.openPath(last)).melding;
      } catch (error) {
        // A protected file waits for its passphrase; that is not a failure.
        if (!(error instanceof AppFault && error.code === 'WACHTWOORD_NODIG')) {
          melding = `Het laatst gebruikte bestand kon niet worden geopend: ${(error as Error).message}`;
          await this.settings.closed();
        }
      }
    }
    return {
      document: this.documentInfo(),
      recent: await this.settings.recent(),
      instellingen: this.settings.gebruiker,
      melding,
      vergrendeld: !this.current && this.wachtend ? basename(this.wachtend) : null,
      klokVerschuivingMs: klokVerschuiving(),
    };
  }

  private async adopt(file: WerkgroepFile, melding: string | null): Promise<OpenResult> {
    await this.closeCurrent();
    this.current = file;
    await this.settings.opened(file.path);
    return { document: this.documentInfo() as DocumentInfo, melding };
  }

  async nieuw(input: NieuweWerkgroepInvoer): Promise<OpenResult> {
    const path = await uniekPad(this.werkgroepenMap, input.naam);
    const file = await WerkgroepFile.create(path, (db) => initialiseerWerkgroep(db, input), this.fileOptions);
    return this.adopt(file, null);
  }

  /** Opens the example werkgroep; creates it on first use and keeps the user's explorations after that. */
  async openVoorbeeld(): Promise<OpenResult> {
    await fs.mkdir(this.werkgroepenMap, { recursive: true });
    const path = join(this.werkgroepenMap, `Voorbeeld - ${VOORBEELD_NAAM}${FILE_EXTENSION}`);
    if (this.current?.path === path) return { document: this.documentInfo() as DocumentInfo, melding: null };
    const exists = await fs.stat(path).then(
      () => true,
      () => false,
    );
    if (exists) return this.openPath(path);
    const file = await WerkgroepFile.create(path, (db) => vulVoorbeeld(db), this.fileOptions);
    return this.adopt(file, null);
  }

  async openPath(path: string, geheim?: Geheim): Promise<OpenResult> {
    if (this.current?.path === path) return { document: this.documentInfo() as DocumentInfo, melding: null };
    try {
      // Guessing at the unlock screen is slowed down: after repeated failures on this file the next
      // attempt waits, and within the wait the secret is not even tried.
      const { file, melding } = await this.pogingen.probeer(path, geheim, () =>
        WerkgroepFile.open(
          path,
          this.fileOptions,
          geheim,
          this.settings.wasBeveiligd(path),
          this.toegang.voor(path),
        ),
      );
      this.wachtend = null;
      this.toegang.geopend();
      if (file.alleenLezen) {
        // Nothing is written to a read-only file, not even the audit log of this open.
        await weigerBijOpenstaandWissen(this.wissenRegister, file);
        return await this.adopt(file, null);
      }
      this.viaHerstelcode = geheim !== undefined && 'herstelcode' in geheim;
      const waarschuwing = await beveiligingOnthouden(this.settings, file);
      const result = await this.adopt(file, [melding, waarschuwing].filter(Boolean).join(' ') || null);
      await logOpenen(file, this.auteur, {
        mislukt: await this.pogingen.geslaagd(file.path),
        ontgrendeld: geheim !== undefined,
        viaHerstelcode: this.viaHerstelcode,
        hersteld: melding !== null,
      });
      const wissen = await voltooiOpenstaandWissen(this.wissenRegister, file, this.auteur);
      if (wissen) result.melding = [result.melding, wissen].filter(Boolean).join(' ');
      return this.viaHerstelcode ? { ...result, viaHerstelcode: true } : result;
    } catch (error) {
      if (
        error instanceof AppFault &&
        (error.code === 'WACHTWOORD_NODIG' || error.code === 'TE_VEEL_POGINGEN')
      )
        this.wachtend = path;
      if (error instanceof AppFault && error.code === 'BESTAND_IN_GEBRUIK')
        this.toegang.geweigerdWegensGebruik(path);
      throw error;
    }
  }

  private logBeveiliging(
    omschrijving: string,
    actie: 'beveiligen' | 'vergrendelen' = 'beveiligen',
  ): Promise<void> {
    return this.requireFile().write((db) =>
      recordChange(db, this.auteur, 'bestand', omschrijving, { actie }),
    );
  }

  /** Opens the protected file that is waiting, with its passphrase or recovery code. */
  async ontgrendelen(geheim: Geheim): Promise<OpenResult> {
    if (!this.wachtend)
      throw new AppFault('NIET_GEVONDEN', 'Er wacht geen beveiligd bestand op een wachtwoord.');
    return this.openPath(this.wachtend, geheim);
  }

  /**
   * Opens the file that was refused because someone else has it open, taking their lock over: only
   * after the user read who has it since when and chose so. Their later saves are then refused (the
   * check before every save), so nothing of theirs is overwritten silently either.
   */
  async overnemen(): Promise<OpenResult> {
    return this.openPath(this.toegang.kies('overnemen'));
  }

  /** Opens the file that was refused because someone else has it open, read-only beside their lock. */
  async alleenLezen(): Promise<OpenResult> {
    return this.openPath(this.toegang.kies('alleenLezen'));
  }

  /**
   * Opens the current file again from disk, after a save was refused because someone else changed
   * it: the changes here since the last save are dropped (closing does not overwrite their file).
   */
  async herladen(): Promise<OpenResult> {
    const path = this.requireFile().path;
    await this.closeCurrent();
    return this.openPath(path);
  }

  /** Locks the open file: saved, closed and forgotten from memory until the passphrase is given again. */
  async vergrendelen(): Promise<null> {
    const file = this.requireFile();
    if (!file.beveiligd)
      throw new AppFault('ONGELDIGE_INVOER', 'Alleen een beveiligd bestand kan worden vergrendeld.');
    const path = file.path;
    // A read-only file takes no audit line; locking it must still work (the lock after inactivity).
    if (!file.alleenLezen) await this.logBeveiliging('Bestand vergrendeld', 'vergrendelen');
    await this.closeCurrent();
    this.wachtend = path;
    return null;
  }

  /** What the passphrase changes (wachtwoordbeheer.ts) need of the session, for the open file. */
  private get beheer(): Wachtwoordbeheer {
    return {
      file: this.requireFile(),
      settings: this.settings,
      scrypt: this.options.scrypt ?? STANDAARD_SCRYPT,
      viaHerstelcode: this.viaHerstelcode,
      log: (omschrijving) => this.logBeveiliging(omschrijving),
    };
  }

  async beveiligen(wachtwoord: string): Promise<{ herstelcode: string }> {
    return beveilig(this.beheer, wachtwoord);
  }

  async wachtwoordWijzigen(huidig: string, nieuw: string): Promise<{ herstelcode: string }> {
    const uit = await wijzigWachtwoord(this.beheer, huidig, nieuw);
    this.viaHerstelcode = false;
    return uit;
  }

  async nieuweHerstelcode(wachtwoord: string): Promise<{ herstelcode: string }> {
    return vernieuwHerstelcode(this.beheer, wachtwoord);
  }

  async beveiligingUitzetten(wachtwoord: string): Promise<null> {
    await zetBeveiligingUit(this.beheer, wachtwoord);
    this.viaHerstelcode = false;
    return null;
  }

  async openen(): Promise<OpenResult | null> {
    const path = await this.options.dialogs.chooseFileToOpen();
    return path ? this.openPath(path) : null;
  }

  async openRecent(id: string): Promise<OpenResult> {
    const path = this.settings.pathOf(id);
    if (!path)
      throw new AppFault('NIET_GEVONDEN', 'Dit bestand staat niet (meer) in de lijst met recente bestanden.');
    return this.openPath(path);
  }

  async opslaanAls(): Promise<DocumentInfo | null> {
    const file = this.requireFile();
    const path = await this.options.dialogs.chooseSaveLocation(file.path);
    if (!path) return null;
    const target = path.endsWith(FILE_EXTENSION) ? path : `${path}${FILE_EXTENSION}`;
    if (target === file.path) return this.documentInfo();
    await file.saveAs(target);
    if (file.beveiligd) await this.settings.beveiligd(target, true);
    await this.settings.opened(target);
    return this.documentInfo();
  }

  /**
   * Bestand → Kopie voor een werkgroeplid…: a new file without personal data
   * (services/kopie-werkgroeplid.ts), optionally under its own passphrase (its recovery code is
   * returned once). The open file stays open and unchanged but for its audit line.
   */
  async kopieVoorLid(
    wachtwoord?: string,
  ): Promise<{ bestandsnaam: string; herstelcode: string | null } | null> {
    const file = this.requireFile();
    // The passphrase is checked before the user picks a place: a refusal then costs nothing.
    const beveiliging = wachtwoord
      ? await nieuweSleutel(wachtwoord, this.options.scrypt ?? STANDAARD_SCRYPT)
      : null;
    const voorstel = join(
      dirname(file.path),
      `${basename(file.name, FILE_EXTENSION)} zonder persoonsgegevens${FILE_EXTENSION}`,
    );
    const pad = await this.options.dialogs.chooseSaveLocation(voorstel);
    if (!pad) return null;
    const doel = pad.endsWith(FILE_EXTENSION) ? pad : `${pad}${FILE_EXTENSION}`;
    if (doel === file.path)
      throw new AppFault(
        'ONGELDIGE_INVOER',
        'Kies een andere naam: de kopie kan het werkgroepbestand niet vervangen.',
      );
    await schrijfKopieZonderPersoonsgegevens(
      await file.inhoudNu(),
      doel,
      this.auteur,
      beveiliging?.sleutel ?? null,
    );
    if (beveiliging) await this.settings.beveiligd(doel, true);
    await file.write((db) => recordChange(db, this.auteur, 'bestand', KOPIE_AUDIT, { actie: 'exporteren' }));
    return { bestandsnaam: basename(doel), herstelcode: beveiliging?.herstelcode ?? null };
  }

  private async closeCurrent(): Promise<void> {
    const file = this.current;
    if (!file) return;
    // A change or an erasure that is not on disk is never dropped without asking (services/sluiten.ts).
    await vraagVoorSluiten(
      file,
      (vraag) => this.options.dialogs.vraagBijOpslagfout(vraag),
      async (voorstel) => {
        const pad = await this.options.dialogs.chooseSaveLocation(voorstel);
        return pad && !pad.endsWith(FILE_EXTENSION) ? `${pad}${FILE_EXTENSION}` : pad;
      },
    );
    this.current = null;
    await file.close();
  }

  async sluiten(): Promise<null> {
    this.wachtend = null;
    await this.closeCurrent();
    await this.settings.closed();
    return null;
  }

  /** On quit: finish pending saves and release the lock, but remember the file for next launch. */
  async shutdown(): Promise<void> {
    await this.closeCurrent();
  }
}
