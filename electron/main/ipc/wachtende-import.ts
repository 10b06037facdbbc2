import { randomBytes } from 'node:crypto';
import { AppFault } from '../errors';

/**
 * The one import preview waiting for the user's confirmation. The renderer only ever holds the
 * random token, so what gets stored is exactly what main read and showed, for the file it was
 * read into; a newer preview replaces an older one.
 */
export class WachtendeImport<V> {
  private wachtend: { token: string; bestand: string; voorbeeld: V } | null = null;

  bewaar(bestand: string, voorbeeld: V): string {
    const token = randomBytes(16).toString('hex');
    this.wachtend = { token, bestand, voorbeeld };
    return token;
  }

  neem(token: string, bestand: string): V {
    const w = this.wachtend;
    if (!w || w.token !== token || w.bestand !== bestand)
      throw new AppFault('ONGELDIGE_INVOER', 'Deze import is verlopen; lees het bestand opnieuw in.');
    this.wachtend = null;
    return w.voorbeeld;
  }
}
