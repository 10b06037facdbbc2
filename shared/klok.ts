/**
 * The product's one clock. Every "now" and "today" Tafelwerk stamps, shows or computes with comes
 * from here: main, the command line, the example werkgroep, exports and the renderer alike.
 *
 * The clock is the computer's, optionally shifted to another moment (`zetKlok`). A shifted clock
 * keeps running, so timers and "saved at 14:05" still move. Tests use it to run on fixed dates
 * (31 December, 1 January, a leap day); main and the command line take the moment from
 * `TAFELWERK_NU` (development and tests only, see `klokUitOmgeving`), and the renderer follows
 * main's clock through `app.start`, so both sides agree on what "today" is.
 *
 * "Today" is the local calendar day: a form read at 00:30 in Amsterdam is dated today, not the UTC
 * yesterday that `toISOString()` would give.
 */

let verschuivingMs = 0;

/** The current moment on the product's clock. */
export function nu(): Date {
  return new Date(Date.now() + verschuivingMs);
}

/** The current moment as a UTC ISO timestamp, for `created_at`/`updated_at` and the like. */
export function nuIso(): string {
  return nu().toISOString();
}

/** Shifts the clock so that it reads `moment` now (and runs on from there); `null` resets it. */
export function zetKlok(moment: Date | string | null): void {
  if (moment === null) {
    verschuivingMs = 0;
    return;
  }
  const doel = typeof moment === 'string' ? leesMoment(moment) : moment;
  if (Number.isNaN(doel.getTime())) throw new Error(`Onbekend tijdstip voor de klok: ${String(moment)}`);
  verschuivingMs = doel.getTime() - Date.now();
}

/** Shifts the clock by a number of milliseconds: how the renderer follows main's clock. */
export function zetVerschuiving(ms: number): void {
  verschuivingMs = Number.isFinite(ms) ? ms : 0;
}

/** How far the clock is shifted from the computer's, in milliseconds (0 when it is not). */
export function klokVerschuiving(): number {
  return verschuivingMs;
}

/**
 * Reads `2027-12-31T23:30` (local time, no zone), `2027-12-31` (local midnight) or a full ISO
 * timestamp with a zone. A moment without a zone is the local wall-clock time, which is what a
 * person means by "31 December, half past eleven at night".
 */
export function leesMoment(tekst: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(tekst.trim());
  if (m) {
    const [, j, mnd, d, u = '0', min = '0', s = '0'] = m;
    return new Date(Number(j), Number(mnd) - 1, Number(d), Number(u), Number(min), Number(s));
  }
  return new Date(tekst);
}

/**
 * Sets the clock from `TAFELWERK_NU` when it is present (tests and development only: the packaged
 * app never calls this). Returns the moment set, or null.
 */
export function klokUitOmgeving(omgeving: Record<string, string | undefined>): Date | null {
  const waarde = omgeving.TAFELWERK_NU?.trim();
  if (!waarde) return null;
  zetKlok(waarde);
  return nu();
}

/** Today as ISO `YYYY-MM-DD` on the local calendar. */
export function vandaagIso(moment: Date = nu()): string {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
}

/** The local calendar day of a stamped UTC timestamp (`created_at` and the like); a bare date stays itself. */
export function lokaleDag(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return vandaagIso(new Date(iso));
}

/** The current calendar year on the product's clock. */
export function ditJaar(): number {
  return nu().getFullYear();
}
