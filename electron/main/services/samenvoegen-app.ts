import { randomBytes } from 'node:crypto';
import { basename, dirname } from 'node:path';
import {
  optieTekst,
  perGebied,
  type SamenvoegConflict,
  type SamenvoegVerslag,
  type SamenvoegVoorbeeld,
} from '../../../shared/domain/samenvoegen';
import { formatDatumTijd } from '../../../shared/format/nl';
import { AppFault } from '../errors';
import { backupTime } from '../store/backups';
import { alleenLezenMelding } from '../store/bestand-meldingen';
import type { Db } from '../store/database';
import { type Geheim, readSnapshot } from '../store/werkgroep-file';
import { conflictVoorScherm } from './samenvoeg-weergave';
import { bekijkSamenvoegen, controleerZelfdeWerkgroep, voegSamen } from './samenvoegen';
import type { Session } from './session';

/**
 * Bestand → Samenvoegen met… in the app: the user picks another copy of the open werkgroep, sees
 * what comes in and every conflict, and confirms. Main keeps the other copy (read, never written)
 * under a token in between; nothing is written before the confirmation, and a backup comes first.
 * A protected copy is unlocked in main with the passphrase the user types in the dialog.
 */
export class Samenvoeging {
  private wachtend: {
    token: string;
    pad: string;
    voor: string;
    db: Db;
    conflicten: SamenvoegConflict[];
  } | null = null;
  /** A protected copy chosen and waiting for its passphrase. Never a path from the renderer. */
  private beveiligd: { pad: string; voor: string } | null = null;

  constructor(private readonly session: Session) {}

  async kiezen(): Promise<SamenvoegVoorbeeld | null> {
    const file = this.session.requireFile();
    if (file.alleenLezen) throw alleenLezenMelding(file.path);
    const pad = await this.session.dialogs.chooseFileToOpen();
    if (!pad) return null;
    if (pad === file.path)
      throw new AppFault(
        'ONGELDIGE_INVOER',
        'Dit is het bestand dat al open is. Kies een kopie van een collega.',
      );
    this.beveiligd = null;
    const ander = await readSnapshot(pad).catch((e: unknown) => {
      // A protected copy waits here for its passphrase (`ontgrendelen`); the renderer only ever
      // learns its name.
      if (e instanceof AppFault && e.code === 'WACHTWOORD_NODIG') this.beveiligd = { pad, voor: file.path };
      throw e;
    });
    return this.bekijk(pad, ander.db);
  }

  /**
   * Unlocks the protected copy chosen last, read-only, with its passphrase or recovery code, under
   * the same brake as opening a protected file (`Ontgrendelpogingen.probeer`). Failed attempts stay
   * recorded on this computer until the copy itself is opened here: the copy is not written to,
   * and they belong in its own audit log, not in this file's.
   */
  async ontgrendelen(geheim: Geheim): Promise<SamenvoegVoorbeeld> {
    const file = this.session.requireFile();
    const b = this.beveiligd;
    if (!b || b.voor !== file.path)
      throw new AppFault(
        'NIET_GEVONDEN',
        'Er wacht geen beveiligde kopie op een wachtwoord; kies de kopie opnieuw.',
      );
    if (file.alleenLezen) throw alleenLezenMelding(file.path);
    const ander = await this.session.pogingen.probeer(b.pad, geheim, () => readSnapshot(b.pad, geheim));
    this.beveiligd = null;
    return this.bekijk(b.pad, ander.db);
  }

  /** The preview of merging `ander` into the open file; main keeps `ander` under a new token. */
  private bekijk(pad: string, ander: Db): SamenvoegVoorbeeld {
    const file = this.session.requireFile();
    try {
      controleerZelfdeWerkgroep(file.db, ander);
      const v = bekijkSamenvoegen(file.db, ander);
      this.vergeet();
      const token = randomBytes(16).toString('hex');
      const conflicten = v.conflicten.map((c) => conflictVoorScherm(file.db, c));
      this.wachtend = { token, pad, voor: file.path, db: ander, conflicten };
      return {
        token,
        naam: basename(pad),
        binnenkomend: perGebied(v.binnenkomend),
        vervallen: perGebied(v.vervallen),
        conflicten,
      };
    } catch (e) {
      if (this.wachtend?.db !== ander) ander.close();
      throw e;
    }
  }

  async toepassen(token: string, keuzes: Record<string, number>): Promise<SamenvoegVerslag> {
    const w = this.wachtend;
    const file = this.session.requireFile();
    if (!w || w.token !== token || w.voor !== file.path)
      throw new AppFault('NIET_GEVONDEN', 'Deze samenvoeging is verlopen; kies de kopie opnieuw.');
    if (file.alleenLezen) throw alleenLezenMelding(file.path);
    try {
      const kopie = await file.reservekopieNu();
      const verslag = await file.write((db) =>
        voegSamen(db, w.db, this.session.auteur, keuzes, {}, basename(w.pad)),
      );
      const binnen = perGebied(verslag.binnenkomend).reduce((n, g) => n + g.aantal, 0);
      const naam = basename(w.pad);
      return {
        naam,
        aantal: binnen,
        // Each decision as the conflict was shown, in the words and local times of the preview.
        besluiten: verslag.besluiten.map((b) => {
          const c = w.conflicten.find((k) => k.sleutel === b.sleutel);
          if (!c) return { omschrijving: b.omschrijving, gekozen: b.gekozen, nietGekozen: b.nietGekozen };
          const gekozen = keuzes[c.sleutel] ?? c.voorstel;
          const tekst = (i: number) => (c.opties[i] ? optieTekst(c.opties[i], naam) : '');
          return {
            omschrijving: c.omschrijving,
            gekozen: tekst(gekozen),
            nietGekozen: c.opties.flatMap((_, i) => (i === gekozen ? [] : [tekst(i)])),
          };
        }),
        reservekopie: basename(kopie),
        // Its name is a UTC stamp; the user reads where it is and when in local time.
        reservekopieMap: dirname(kopie),
        reservekopieTijd: formatDatumTijd(backupTime(kopie)),
      };
    } finally {
      this.vergeet();
    }
  }

  annuleren(token: string): void {
    if (this.wachtend?.token === token) this.vergeet();
  }

  private vergeet(): void {
    this.wachtend?.db.close();
    this.wachtend = null;
  }
}
