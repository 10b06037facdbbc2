/**
 * Text typed into an inline form (a persoonlijk plan, agenda notes, an evaluation's conclusions) is
 * saved while it is typed. Each form's state lives here, outside React, so switching tab or page
 * (which unmounts the form) never drops it; the header reads from here whether typed text is not on
 * disk yet. `useBewaarTijdensTypen` connects a form to it.
 */

/** 'wacht': typed text not sent to main yet (or refused); 'bezig': a save is running. */
export type TypStand = 'wacht' | 'bezig' | null;

/** How long typing must pause before the text is sent; leaving the form sends it at once. */
export const WACHTTIJD_MS = 700;

export interface BewaarInstellingen<W> {
  /** Sends the values through the form's API mutation; rejects when main refuses them. */
  opslaan: (waarde: W) => Promise<unknown>;
  /** Dutch messages per field; nothing is sent while there are any. */
  controleer: (waarde: W) => Record<string, string>;
  /** The values as main would store them: equal strings mean nothing new to save. */
  vergelijkbaar: (waarde: W) => string;
  onFout: (fout: unknown) => void;
}

/** Values as compared with what is stored: main trims every text, so spaces at the ends do not count. */
export const alsVergelijkbaar = (waarde: unknown): string =>
  JSON.stringify(waarde, (_sleutel, x) => (typeof x === 'string' ? x.trim() : x));

let versie = 0;
const luisteraars = new Set<() => void>();
function meld(): void {
  versie++;
  for (const luister of luisteraars) luister();
}

/** One form's values and where their saving stands. Saves run one after another, newest last. */
export class Bewaarder<W> {
  /** Mounted forms showing these values; the state is let go only when none is. */
  gekoppeld = 0;
  fouten: Record<string, string> = {};
  /** The comparable form of what main has or is being sent; null when the last save failed. */
  private verzonden: string | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lopend = 0;
  private keten: Promise<boolean> = Promise.resolve(true);

  constructor(
    public waarde: W,
    public instellingen: BewaarInstellingen<W>,
  ) {
    this.verzonden = instellingen.vergelijkbaar(waarde);
  }

  /** Typed text that main does not have and is not being sent. */
  get onverzonden(): boolean {
    return this.instellingen.vergelijkbaar(this.waarde) !== this.verzonden;
  }

  get bezig(): boolean {
    return this.lopend > 0;
  }

  /** Nothing typed is waiting or on its way: what main sends back may replace the values. */
  get rustig(): boolean {
    return this.timer === undefined && this.lopend === 0 && !this.onverzonden;
  }

  zet(waarde: W): void {
    this.waarde = waarde;
    // A field's message goes as soon as what is typed passes, as in the dialog forms.
    if (Object.keys(this.fouten).length) this.fouten = this.instellingen.controleer(waarde);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.bewaarNu(), WACHTTIJD_MS);
    meld();
  }

  /** Takes over what main now stores (changed elsewhere), as if it had just been saved from here. */
  neemOver(waarde: W): void {
    this.waarde = waarde;
    this.verzonden = this.instellingen.vergelijkbaar(waarde);
    this.fouten = {};
    meld();
  }

  /** Sends what is typed now, after any save still running; true once main has stored it all. */
  bewaarNu(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.onverzonden) {
      meld();
      return this.keten;
    }
    const waarde = this.waarde;
    this.fouten = this.instellingen.controleer(waarde);
    if (Object.keys(this.fouten).length) {
      meld();
      return Promise.resolve(false);
    }
    const sleutel = this.instellingen.vergelijkbaar(waarde);
    this.verzonden = sleutel;
    this.lopend++;
    const { opslaan, onFout } = this.instellingen;
    this.keten = this.keten
      .then(() => opslaan(waarde))
      .then(
        () => true,
        (fout: unknown) => {
          // Still typed, not stored: the header says so, and the next change or flush tries again.
          if (this.verzonden === sleutel) this.verzonden = null;
          onFout(fout);
          return false;
        },
      )
      .finally(() => {
        this.lopend--;
        meld();
      });
    meld();
    return this.keten;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

const bewaarders = new Map<string, Bewaarder<unknown>>();

/** The form state for `sleutel` (one record's one form), made from the stored record the first time. */
export function bewaarderVoor<W>(sleutel: string, maak: () => Bewaarder<W>): Bewaarder<W> {
  let b = bewaarders.get(sleutel) as Bewaarder<W> | undefined;
  if (!b) {
    b = maak();
    bewaarders.set(sleutel, b as Bewaarder<unknown>);
  }
  return b;
}

/** Forgets a form whose values are all stored, so a later visit starts from the record again. */
export function laatLos(sleutel: string, b: Bewaarder<unknown>): void {
  if (bewaarders.get(sleutel) === b && b.gekoppeld === 0 && b.rustig) bewaarders.delete(sleutel);
}

/**
 * Forgets the form kept for `sleutel` after main changed its record another way (the meeting a
 * Voorbereiden filled in), so the next visit shows the record, not the form's older rows. A form
 * that is on screen or still has text to send is left alone: on screen it follows the record itself.
 */
export function vergeetFormulier(sleutel: string): void {
  const b = bewaarders.get(sleutel);
  if (!b || b.gekoppeld > 0 || !b.rustig) return;
  b.stop();
  bewaarders.delete(sleutel);
  meld();
}

export function abonneer(luister: () => void): () => void {
  luisteraars.add(luister);
  return () => luisteraars.delete(luister);
}

export const leesVersie = (): number => versie;

/** For the header: is typed text waiting to be sent ('wacht'), or is a save running ('bezig')? */
export function typStand(): TypStand {
  let bezig = false;
  for (const b of bewaarders.values()) {
    if (b.onverzonden) return 'wacht';
    bezig ||= b.bezig;
  }
  return bezig ? 'bezig' : null;
}

/** Sends everything typed at once and waits until main has it (before another file opens). */
export async function bewaarAllesNu(): Promise<void> {
  await Promise.all([...bewaarders.values()].map((b) => b.bewaarNu()));
}

/** After another file (or none) opened: the forms of the old one are gone, with their text. */
export function vergeetAlles(): void {
  for (const b of bewaarders.values()) b.stop();
  bewaarders.clear();
  meld();
}

// Closing the window while text is waiting: keep the window until main has it, then close again.
// (Electron cancels the close silently; the second close is let through, whatever happened.)
let sluitenToegestaan = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (sluitenToegestaan || typStand() === null) return;
    event.preventDefault();
    event.returnValue = '';
    sluitenToegestaan = true;
    const uiterlijk = new Promise((klaar) => setTimeout(klaar, 5000));
    void Promise.race([bewaarAllesNu(), uiterlijk]).then(() => window.close());
  });
}
