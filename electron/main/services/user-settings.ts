import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Gebruikersinstellingen, RecentFile } from '../../../shared/domain/types';
import { nuIso } from '../../../shared/klok';
import { atomicWrite } from '../store/file-io';

/** Per-user preferences, kept in the user data folder (not in a werkgroep file, which is shared). */
interface SettingsFile {
  gebruikersnaam: string;
  /** Lock the open file after this many idle minutes; 0 = never. */
  vergrendelNaMinuten: number;
  recent: { pad: string; geopendOp: string }[];
  laatsteBestand: string | null;
  /**
   * Files this computer has seen protected (full paths). A shared folder can be changed by others;
   * this record cannot, so a protected file whose header was destroyed, or that turns up in plain
   * form, is still known to have been protected here (see SECURITY.md, "no downgrade").
   */
  beveiligd: string[];
  /**
   * Werkgroepen (by their id) for which this user hid the "Aan de slag" list. Per user, not in the
   * shared file: a colleague who opens the werkgroep for the first time still gets the list.
   */
  aanDeSlagVerborgen: string[];
}

const EMPTY: SettingsFile = {
  gebruikersnaam: '',
  vergrendelNaMinuten: 0,
  recent: [],
  laatsteBestand: null,
  beveiligd: [],
  aanDeSlagVerborgen: [],
};
const MAX_RECENT = 10;
/** Far more than one person protects; the oldest drop off so the file stays small. */
const MAX_BEVEILIGD = 500;
const MAX_VERBORGEN = 100;

const tekstLijst = (waarde: unknown): string[] =>
  Array.isArray(waarde) ? waarde.filter((p): p is string => typeof p === 'string') : [];

export const recentId = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 16);

export class UserSettings {
  private data: SettingsFile = { ...EMPTY };

  private constructor(private readonly file: string) {}

  static async load(userData: string): Promise<UserSettings> {
    const settings = new UserSettings(join(userData, 'instellingen.json'));
    try {
      const parsed = JSON.parse(await fs.readFile(settings.file, 'utf8')) as Partial<SettingsFile>;
      settings.data = {
        gebruikersnaam: typeof parsed.gebruikersnaam === 'string' ? parsed.gebruikersnaam : '',
        vergrendelNaMinuten:
          Number.isInteger(parsed.vergrendelNaMinuten) && (parsed.vergrendelNaMinuten as number) >= 0
            ? (parsed.vergrendelNaMinuten as number)
            : 0,
        recent: Array.isArray(parsed.recent) ? parsed.recent.filter((r) => typeof r?.pad === 'string') : [],
        laatsteBestand: typeof parsed.laatsteBestand === 'string' ? parsed.laatsteBestand : null,
        beveiligd: tekstLijst(parsed.beveiligd),
        aanDeSlagVerborgen: tekstLijst(parsed.aanDeSlagVerborgen),
      };
    } catch {
      // First launch or an unreadable settings file: start with defaults, nothing else depends on it.
    }
    return settings;
  }

  private async persist(): Promise<void> {
    await fs.mkdir(dirname(this.file), { recursive: true });
    await atomicWrite(this.file, new TextEncoder().encode(JSON.stringify(this.data, null, 2)));
  }

  get gebruiker(): Gebruikersinstellingen {
    return { gebruikersnaam: this.data.gebruikersnaam, vergrendelNaMinuten: this.data.vergrendelNaMinuten };
  }

  get laatsteBestand(): string | null {
    return this.data.laatsteBestand;
  }

  async setGebruikersnaam(naam: string): Promise<void> {
    this.data.gebruikersnaam = naam;
    await this.persist();
  }

  async bijwerken(deel: Partial<Gebruikersinstellingen>): Promise<void> {
    if (deel.gebruikersnaam !== undefined) this.data.gebruikersnaam = deel.gebruikersnaam;
    if (deel.vergrendelNaMinuten !== undefined) this.data.vergrendelNaMinuten = deel.vergrendelNaMinuten;
    await this.persist();
  }

  /** Remembers a file as opened now: top of the recent list and reopened on next launch. */
  async opened(path: string): Promise<void> {
    this.data.recent = [
      { pad: path, geopendOp: nuIso() },
      ...this.data.recent.filter((r) => r.pad !== path),
    ].slice(0, MAX_RECENT);
    this.data.laatsteBestand = path;
    await this.persist();
  }

  async closed(): Promise<void> {
    this.data.laatsteBestand = null;
    await this.persist();
  }

  /** Whether this computer has seen the file at `path` protected (and not unprotected here since). */
  wasBeveiligd(path: string): boolean {
    return this.data.beveiligd.includes(path);
  }

  /** Records that the file at `path` is protected (true) or was unprotected on this computer (false). */
  async beveiligd(path: string, ja: boolean): Promise<void> {
    if (this.wasBeveiligd(path) === ja) return;
    const rest = this.data.beveiligd.filter((p) => p !== path);
    this.data.beveiligd = ja ? [path, ...rest].slice(0, MAX_BEVEILIGD) : rest;
    await this.persist();
  }

  aanDeSlagVerborgen(werkgroepId: string): boolean {
    return this.data.aanDeSlagVerborgen.includes(werkgroepId);
  }

  async verbergAanDeSlag(werkgroepId: string, verborgen: boolean): Promise<void> {
    const rest = this.data.aanDeSlagVerborgen.filter((id) => id !== werkgroepId);
    this.data.aanDeSlagVerborgen = verborgen ? [werkgroepId, ...rest].slice(0, MAX_VERBORGEN) : rest;
    await this.persist();
  }

  async forget(id: string): Promise<void> {
    this.data.recent = this.data.recent.filter((r) => recentId(r.pad) !== id);
    if (this.data.laatsteBestand && recentId(this.data.laatsteBestand) === id)
      this.data.laatsteBestand = null;
    await this.persist();
  }

  /** Resolves a recent-file id (what the renderer sends) to its path (which only main knows). */
  pathOf(id: string): string | undefined {
    return this.data.recent.find((r) => recentId(r.pad) === id)?.pad;
  }

  async recent(): Promise<RecentFile[]> {
    return Promise.all(
      this.data.recent.map(async (r) => ({
        id: recentId(r.pad),
        bestandsnaam: basename(r.pad),
        map: dirname(r.pad),
        geopendOp: r.geopendOp,
        bestaat: await fs.stat(r.pad).then(
          () => true,
          () => false,
        ),
      })),
    );
  }
}
