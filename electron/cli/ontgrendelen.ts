import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { logOpenen } from '../main/services/na-openen';
import { Ontgrendelpogingen } from '../main/services/ontgrendelpogingen';
import type { Db } from '../main/store/database';
import { type FileOptions, type Geheim, readSnapshot, WerkgroepFile } from '../main/store/werkgroep-file';

/**
 * Failed passphrases on the command line count as in the app (ontgrendelpogingen.ts): recorded per
 * file in the same record on this computer, the same growing wait, and within the wait the
 * passphrase is not even tried. Otherwise `--wachtwoord-env` in a loop would guess at full speed
 * where the unlock screen makes each guess wait.
 */

export const CLI_AUTEUR = 'tafelwerk (opdrachtregel)';

/**
 * The app's own settings folder (Electron's userData for an app named "tafelwerk"), so the app and
 * the command line share one record; TAFELWERK_USERDATA points elsewhere (the tests use it).
 */
export function gebruikersmap(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TAFELWERK_USERDATA) return env.TAFELWERK_USERDATA;
  const basis =
    process.platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(basis, 'tafelwerk');
}

/** Runs `open` unless this file is in its wait; records a wrong passphrase or recovery code. */
async function metPogingen<T>(
  pad: string,
  geheim: Geheim | undefined,
  open: () => Promise<T>,
): Promise<{ resultaat: T; pogingen: Ontgrendelpogingen | null }> {
  if (!geheim) return { resultaat: await open(), pogingen: null };
  const map = gebruikersmap();
  // The app makes its folder at its first start; the command line may come first.
  await fs.mkdir(map, { recursive: true });
  const pogingen = await Ontgrendelpogingen.load(map);
  return { resultaat: await pogingen.probeer(pad, geheim, open), pogingen };
}

/** Opens the file for writing; earlier failed attempts on it go into its audit log, as in the app. */
export async function openBestand(
  pad: string,
  geheim: Geheim | undefined,
  opties: FileOptions = {},
): Promise<WerkgroepFile> {
  const { resultaat, pogingen } = await metPogingen(pad, geheim, () =>
    WerkgroepFile.open(pad, opties, geheim),
  );
  if (pogingen) await logMislukt(resultaat.file, pogingen);
  return resultaat.file;
}

/**
 * Reads the file without holding it. Earlier failed attempts go into its audit log through a short
 * write; while the app has the file open that cannot be, and they stay recorded for the next open.
 */
export async function leesBestand(
  pad: string,
  geheim: Geheim | undefined,
): Promise<{ db: Db; fileVersion: number }> {
  const { resultaat, pogingen } = await metPogingen(pad, geheim, () => readSnapshot(pad, geheim));
  if (pogingen && pogingen.tijden(pad).length > 0) {
    const open = await WerkgroepFile.open(pad, {}, geheim).catch(() => null);
    if (open)
      try {
        await logMislukt(open.file, pogingen);
      } finally {
        await open.file.close();
      }
  }
  return resultaat;
}

/** Into the audit log first, then forgotten here: a failing write loses no attempt. */
async function logMislukt(file: WerkgroepFile, pogingen: Ontgrendelpogingen): Promise<void> {
  const mislukt = pogingen.tijden(file.path);
  if (mislukt.length === 0) return;
  await logOpenen(file, CLI_AUTEUR, { mislukt, ontgrendeld: false, viaHerstelcode: false, hersteld: false });
  await pogingen.geslaagd(file.path);
}
