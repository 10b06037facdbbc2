import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from './file-io';

/**
 * Erasures that are not yet complete on disk, kept outside the shared folder (in the user's own
 * app data), so that closing or quitting cannot drop one: the file on disk (or a backup beside it)
 * may still hold the person when a save keeps failing, e.g. on a network share that went away.
 * The next open of that file finishes the erasure and the purge. Per file path it holds only the
 * ids of the candidates to erase (random UUIDs, no name or code), and the entry goes once the
 * purge is done.
 */
export class WissenRegister {
  private volgorde: Promise<unknown> = Promise.resolve();

  constructor(private readonly map: string) {}

  private get pad(): string {
    return join(this.map, 'openstaande-wissingen.json');
  }

  private async lees(): Promise<Record<string, string[]>> {
    try {
      const data = JSON.parse(await fs.readFile(this.pad, 'utf8')) as unknown;
      if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
      return Object.fromEntries(
        Object.entries(data).filter(
          (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((id) => typeof id === 'string'),
        ),
      );
    } catch {
      return {};
    }
  }

  /** One change at a time, read-modify-write, so two erasures in a row both stay recorded. */
  private wijzig(pas: (alles: Record<string, string[]>) => boolean): Promise<void> {
    const stap = this.volgorde.then(async () => {
      const alles = await this.lees();
      if (!pas(alles)) return;
      await fs.mkdir(this.map, { recursive: true });
      await atomicWrite(this.pad, new TextEncoder().encode(JSON.stringify(alles)));
    });
    this.volgorde = stap.catch(() => undefined);
    return stap;
  }

  /** The candidates whose erasure of `bestand` is pending (empty: only old copies to purge); null for none. */
  async openstaand(bestand: string): Promise<string[] | null> {
    await this.volgorde;
    return (await this.lees())[bestand] ?? null;
  }

  /** From now until `afgerond`, `bestand` has an erasure of these candidates to finish. */
  noteer(bestand: string, kandidaatIds: readonly string[]): Promise<void> {
    return this.wijzig((alles) => {
      alles[bestand] = [...new Set([...(alles[bestand] ?? []), ...kandidaatIds])];
      return true;
    });
  }

  /** The erasure reached the disk and every old copy is gone. */
  afgerond(bestand: string): Promise<void> {
    return this.wijzig((alles) => {
      if (!(bestand in alles)) return false;
      delete alles[bestand];
      return true;
    });
  }
}
