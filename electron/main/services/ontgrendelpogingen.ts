import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { wachtZin } from '../../../shared/format/wachttijd';
import { nu, nuIso } from '../../../shared/klok';
import { AppFault } from '../errors';
import type { Geheim } from '../store/bestand-lezen';
import { atomicWrite } from '../store/file-io';
import { recentId } from './user-settings';

/**
 * Failed unlocks of protected files, recorded on this computer (userData/ontgrendelpogingen.json),
 * per file, until the file is unlocked: then they go into that file's own audit log and the count
 * starts over. A locked file cannot be written to, and an attempt must not be lost by a restart
 * or be logged into another file opened meanwhile.
 *
 * Keyed by the file's path, hashed like the recent list's ids (the record names no file): the
 * file's own id is inside the encrypted database, unreadable while it is locked, and its header
 * changes with every key change. A copy under another name starts a fresh count; that is fine,
 * because the wait is a brake on guessing at this computer's unlock screen. Whoever has a copy of
 * the file can guess offline without Tafelwerk: against that, only scrypt and a long passphrase help.
 */

/** Typos are free; from the third failure in a row each adds a wait: 1, 2, 4, 8, 16, then 30 s. */
export function wachttijdNa(mislukt: number): number {
  return mislukt < 3 ? 0 : Math.min(30, 2 ** (mislukt - 3));
}

const BEWAREN = 100;

export class Ontgrendelpogingen {
  private data: Record<string, string[]> = {};

  private constructor(private readonly file: string) {}

  static async load(userData: string): Promise<Ontgrendelpogingen> {
    const p = new Ontgrendelpogingen(join(userData, 'ontgrendelpogingen.json'));
    try {
      const gelezen = JSON.parse(await fs.readFile(p.file, 'utf8')) as unknown;
      if (gelezen && typeof gelezen === 'object')
        for (const [id, tijden] of Object.entries(gelezen))
          if (Array.isArray(tijden)) p.data[id] = tijden.filter((t) => typeof t === 'string').slice(-BEWAREN);
    } catch {
      // None yet, or unreadable: no failures known. Deleting the file resets the wait, which only
      // someone with access to this user's folder can do.
    }
    return p;
  }

  private async bewaar(): Promise<void> {
    await atomicWrite(this.file, new TextEncoder().encode(JSON.stringify(this.data)));
  }

  /** The times of the failed attempts on this file since it last opened. */
  tijden(path: string): string[] {
    return [...(this.data[recentId(path)] ?? [])];
  }

  /** Whole seconds still to wait before the next attempt on this file; 0 when it may be tried now. */
  resterend(path: string): number {
    const tijden = this.data[recentId(path)] ?? [];
    const laatste = tijden.at(-1);
    if (!laatste) return 0;
    const tot = Date.parse(laatste) + wachttijdNa(tijden.length) * 1000;
    return Math.max(0, Math.ceil((tot - nu().getTime()) / 1000));
  }

  /** Records a failed attempt now; returns the seconds to wait before the next one. */
  async mislukt(path: string): Promise<number> {
    const id = recentId(path);
    this.data[id] = [...(this.data[id] ?? []), nuIso()].slice(-BEWAREN);
    await this.bewaar();
    return wachttijdNa(this.data[id].length);
  }

  /**
   * Runs `ontgrendel` (an unlock of this file with `geheim`) under the brake, wherever a secret is
   * typed: opening a file, the command line, merging a protected copy. Within the wait the secret
   * is not even tried; a wrong passphrase or recovery code is recorded, and its error then says how
   * long to wait. Without a secret there is nothing to guess, so nothing is checked.
   */
  async probeer<T>(path: string, geheim: Geheim | undefined, ontgrendel: () => Promise<T>): Promise<T> {
    if (!geheim) return ontgrendel();
    const wachten = this.resterend(path);
    if (wachten > 0)
      throw new AppFault(
        'TE_VEEL_POGINGEN',
        `Er is te vaak een onjuist wachtwoord of onjuiste herstelcode ingevuld. ${wachtZin(wachten)}`,
      );
    try {
      return await ontgrendel();
    } catch (error) {
      if (error instanceof AppFault && error.code === 'WACHTWOORD_ONJUIST') {
        const wacht = await this.mislukt(path);
        if (wacht > 0) throw new AppFault('WACHTWOORD_ONJUIST', `${error.message} ${wachtZin(wacht)}`);
      }
      throw error;
    }
  }

  /** The file opened: its recorded failures (for its audit log), forgotten here from now on. */
  async geslaagd(path: string): Promise<string[]> {
    const id = recentId(path);
    const tijden = this.data[id] ?? [];
    if (tijden.length === 0) return [];
    delete this.data[id];
    await this.bewaar();
    return tijden;
  }
}
