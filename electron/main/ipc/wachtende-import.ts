import { randomBytes } from 'node:crypto';
import { AppFault } from '../errors';

/** A preview (a candidate list holds personal data) is not kept in memory longer than this. */
const BEWAARTIJD_MS = 15 * 60 * 1000;

/** Every kind of waiting import, so one "cancel" channel can forget a token whichever it is. */
const ALLE = new Set<WachtendeImport<unknown>>();

/**
 * The one import preview waiting for the user's confirmation. The renderer only ever holds the
 * random token, so what gets stored is exactly what main read and showed, for the file it was
 * read into; a newer preview replaces an older one, cancelling or 15 minutes forget it.
 */
export class WachtendeImport<V> {
  private wachtend: { token: string; bestand: string; voorbeeld: V } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    ALLE.add(this as WachtendeImport<unknown>);
  }

  /** Forgets a waiting preview by its token, in whichever import it waits. */
  static vergeet(token: string): void {
    for (const w of ALLE) if (w.wachtend?.token === token) w.leeg();
  }

  private leeg(): void {
    this.wachtend = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  bewaar(bestand: string, voorbeeld: V): string {
    const token = randomBytes(16).toString('hex');
    this.leeg();
    this.wachtend = { token, bestand, voorbeeld };
    this.timer = setTimeout(() => this.leeg(), BEWAARTIJD_MS);
    this.timer.unref?.();
    return token;
  }

  /** Keeps the preview and returns it with its token, as the renderer gets it. */
  metToken(bestand: string, voorbeeld: V): V & { token: string } {
    return { ...voorbeeld, token: this.bewaar(bestand, voorbeeld) };
  }

  neem(token: string, bestand: string): V {
    const w = this.wachtend;
    if (!w || w.token !== token || w.bestand !== bestand)
      throw new AppFault('ONGELDIGE_INVOER', 'Deze import is verlopen; lees het bestand opnieuw in.');
    this.leeg();
    return w.voorbeeld;
  }
}
