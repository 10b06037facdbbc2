import { AppFault } from '../errors';
import type { Toegang, WerkgroepFile } from '../store/werkgroep-file';
import type { WissenRegister } from '../store/wissen-register';

/**
 * What the user chose for a file someone else has open: main keeps the refused file (never a path
 * from the renderer) until the user takes it over or opens it read-only, and keeps that choice
 * through the passphrase prompt that may follow.
 */
export class Toegangskeuze {
  private geweigerd: string | null = null;
  private gekozen: { path: string; toegang: Toegang } | null = null;

  /** How to open `path`: as the user chose for it, or as usual. */
  voor(path: string): Toegang {
    return this.gekozen?.path === path ? this.gekozen.toegang : 'gewoon';
  }

  /** `path` was refused because someone else has it open. */
  geweigerdWegensGebruik(path: string): void {
    this.geweigerd = path;
  }

  /** A file opened: nothing waits for a choice any more. */
  geopend(): void {
    this.geweigerd = null;
    this.gekozen = null;
  }

  /** The refused file, to be opened now the way the user chose. */
  kies(toegang: Toegang): string {
    if (!this.geweigerd)
      throw new AppFault('NIET_GEVONDEN', 'Er wacht geen bestand dat in gebruik is om te openen.');
    this.gekozen = { path: this.geweigerd, toegang };
    return this.geweigerd;
  }
}

/**
 * A read-only file is shown as it is on disk. An erasure confirmed on this computer that has not
 * reached the file yet would be visible again, and cannot be finished without writing: refused.
 */
export async function weigerBijOpenstaandWissen(
  register: WissenRegister,
  file: WerkgroepFile,
): Promise<void> {
  if ((await register.openstaand(file.path)) === null) return;
  await file.close();
  throw new AppFault(
    'ALLEEN_LEZEN',
    `Op deze computer is een verwijdering (AVG) uit ${file.name} nog niet afgerond. Dat kan pas als u het ` +
      'bestand kunt bewerken: open het opnieuw zodra het op de andere plek gesloten is.',
  );
}
