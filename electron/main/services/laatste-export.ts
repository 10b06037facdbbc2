import { existsSync } from 'node:fs';
import { AppFault } from '../errors';

/**
 * The operating system's file manager, default apps, mail program and clipboard (Electron's shell
 * and clipboard in the app, a fake in tests).
 */
export interface Verkenner {
  /** Opens the file in its default app; answers an error text, empty when it worked (as shell.openPath). */
  openBestand(pad: string): Promise<string>;
  /** Shows the file selected in its folder. */
  toonInMap(pad: string): void;
  /** Opens the user's mail program with a mailto: URL main built itself (see herinneren.ts). */
  openMail(url: string): Promise<void>;
  /** Puts plain text on the clipboard (the page may not: every permission is refused). */
  kopieer(tekst: string): void;
}

export type ExportOpenen = 'map' | 'bestand';

/**
 * The file the last export wrote, and opening it or its folder on request. The renderer never
 * sends a path: it asks for "the last export", so it can open nothing else.
 */
export class LaatsteExport {
  private pad: string | null = null;

  constructor(private readonly bestaat: (pad: string) => boolean = existsSync) {}

  onthoud(pad: string): void {
    this.pad = pad;
  }

  async open(wat: ExportOpenen, verkenner: Verkenner): Promise<null> {
    const pad = this.pad;
    if (!pad) throw new AppFault('NIET_GEVONDEN', 'Er is nog niets geëxporteerd om te openen.');
    if (!this.bestaat(pad))
      throw new AppFault(
        'BESTAND_NIET_GEVONDEN',
        'Het geëxporteerde bestand is er niet meer: misschien is het verplaatst of verwijderd. Exporteer opnieuw.',
      );
    if (wat === 'map') {
      verkenner.toonInMap(pad);
      return null;
    }
    const fout = await verkenner.openBestand(pad);
    if (fout)
      throw new AppFault(
        'NIET_GEVONDEN',
        `Het bestand kon niet worden geopend (${fout}). Is er een programma voor dit soort bestanden geïnstalleerd?`,
      );
    return null;
  }
}
