import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import {
  perGebied,
  type SamenvoegConflict,
  type SamenvoegOptie,
  type SamenvoegVerslag,
  type SamenvoegVoorbeeld,
} from '../../../shared/domain/samenvoegen';
import { AppFault } from '../errors';
import { alleenLezenMelding } from '../store/bestand-meldingen';
import type { Db } from '../store/database';
import { readSnapshot } from '../store/werkgroep-file';
import { conflictVoorScherm } from './samenvoeg-weergave';
import { bekijkSamenvoegen, controleerZelfdeWerkgroep, voegSamen } from './samenvoegen';
import type { Session } from './session';

const optieTekst = (o: SamenvoegOptie | undefined) =>
  o ? (o.door ? `${o.label} (${o.door}, ${o.tijd})` : o.label) : '';

/**
 * Bestand → Samenvoegen met… in the app: the user picks another copy of the open werkgroep, sees
 * what comes in and every conflict, and confirms. Main keeps the other copy (read, never written)
 * under a token in between; nothing is written before the confirmation, and a backup comes first.
 */
export class Samenvoeging {
  private wachtend: {
    token: string;
    pad: string;
    voor: string;
    db: Db;
    conflicten: SamenvoegConflict[];
  } | null = null;

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
    const ander = await readSnapshot(pad).catch((e: unknown) => {
      // A protected copy needs its passphrase, and the app's wait after wrong ones; for now the
      // command line merges those (it counts attempts as the app does).
      if (e instanceof AppFault && e.code === 'WACHTWOORD_NODIG')
        throw new AppFault(
          'WACHTWOORD_NODIG',
          `${basename(pad)} is beveiligd met een wachtwoord. Samenvoegen met een beveiligde kopie kan nu alleen met de opdrachtregel: tafelwerk samenvoegen.`,
        );
      throw e;
    });
    try {
      controleerZelfdeWerkgroep(file.db, ander.db);
      const v = bekijkSamenvoegen(file.db, ander.db);
      this.vergeet();
      const token = randomBytes(16).toString('hex');
      const conflicten = v.conflicten.map((c) => conflictVoorScherm(file.db, c));
      this.wachtend = { token, pad, voor: file.path, db: ander.db, conflicten };
      return {
        token,
        naam: basename(pad),
        binnenkomend: perGebied(v.binnenkomend),
        vervallen: perGebied(v.vervallen),
        conflicten,
      };
    } catch (e) {
      if (this.wachtend?.db !== ander.db) ander.db.close();
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
      const verslag = await file.write((db) => voegSamen(db, w.db, this.session.auteur, keuzes));
      const binnen = perGebied(verslag.binnenkomend).reduce((n, g) => n + g.aantal, 0);
      return {
        naam: basename(w.pad),
        aantal: binnen,
        // Each decision as the conflict was shown, in the words and local times of the preview.
        besluiten: verslag.besluiten.map((b) => {
          const c = w.conflicten.find((k) => k.sleutel === b.sleutel);
          if (!c) return { omschrijving: b.omschrijving, gekozen: b.gekozen, nietGekozen: b.nietGekozen };
          const gekozen = keuzes[c.sleutel] ?? c.voorstel;
          return {
            omschrijving: c.omschrijving,
            gekozen: optieTekst(c.opties[gekozen]),
            nietGekozen: c.opties.filter((_, i) => i !== gekozen).map(optieTekst),
          };
        }),
        reservekopie: basename(kopie),
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
