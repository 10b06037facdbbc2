import { promises as fs } from 'node:fs';
import { AppFault } from '../errors';
import { listBackups } from './backups';
import { type Geheim, sleutelVoor, wachtwoordNodig } from './bestand-lezen';
import { isVersleuteld, lijktVerzegeld, ontsleutel, type Sleutel, versleutel, wis } from './versleuteling';

/**
 * The key of an open file and what it does to bytes on their way to and from disk. A protected
 * file is sealed (encrypted) in every byte Tafelwerk writes: the file, its backups, temp files.
 */
export class Verzegeling {
  constructor(private huidig: Sleutel | null = null) {}

  /** The key of a protected file; null when unprotected. */
  get sleutel(): Sleutel | null {
    return this.huidig;
  }

  /** Protects with this key from the next write on, or removes the protection (null). */
  zet(sleutel: Sleutel | null): void {
    this.huidig = sleutel;
  }

  /** On close and lock: the key is overwritten in memory, so a later memory dump does not hold it. */
  wis(): void {
    wis(this.huidig);
    this.huidig = null;
  }

  /** What goes to disk: the database bytes, sealed when the file is protected. */
  verzegel(bytes: Uint8Array): Uint8Array {
    return this.huidig ? versleutel(this.huidig, bytes) : bytes;
  }

  /**
   * Whether bytes read from disk (a backup) may become this file's content. A protected file takes
   * only sealed bytes, never plain ones: a plaintext copy planted beside it must not replace its
   * data, nor turn it unprotected (no downgrade). Whether they are sealed under this file's own data
   * key is proved by `ontzegel` (the GCM tag). An unprotected file takes plain bytes only.
   */
  kanOpenen(bytes: Uint8Array): boolean {
    return this.huidig ? isVersleuteld(bytes) : !isVersleuteld(bytes);
  }

  /**
   * The database bytes in bytes read from disk. For a protected file the bytes must be sealed under
   * its data key: plain bytes, or a seal whose header was damaged, are a damaged file, never plaintext.
   */
  ontzegel(bytes: Uint8Array): Uint8Array {
    if (!this.huidig) return bytes;
    if (!isVersleuteld(bytes))
      throw new AppFault(
        'BESTAND_BESCHADIGD',
        'Het beveiligde bestand is beschadigd en kan niet worden gelezen.',
      );
    return ontsleutel(this.huidig, bytes);
  }
}

/**
 * The seal of a file as read from disk: none for a plain file; a protected one needs its secret.
 * Bytes that are neither sealed nor SQLite are a damaged file; when anything says it is (or was)
 * protected — the damaged bytes still resemble a seal, this computer remembers protecting it
 * (`eerderBeveiligd`), or a backup is sealed — it is treated as protected: it asks for the secret
 * and can only be restored from a backup sealed under its key, never from a plaintext one.
 */
export async function verzegelingVan(
  path: string,
  bytes: Uint8Array,
  geheim?: Geheim,
  eerderBeveiligd = false,
): Promise<Verzegeling> {
  const beveiligd =
    isVersleuteld(bytes) ||
    (!isSqlite(bytes) &&
      (lijktVerzegeld(bytes) || eerderBeveiligd || (await heeftVerzegeldeReservekopie(path))));
  if (!beveiligd) return new Verzegeling(null);
  if (!geheim) throw wachtwoordNodig(path);
  return new Verzegeling(await sleutelVoor(path, bytes, geheim));
}

const SQLITE = Buffer.from('SQLite format 3\0', 'latin1');
const isSqlite = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, SQLITE.length)).equals(SQLITE);

/** Whether any backup of the file starts as a sealed file (only its first bytes are read). */
async function heeftVerzegeldeReservekopie(path: string): Promise<boolean> {
  for (const backup of await listBackups(path)) {
    const begin = Buffer.alloc(64);
    const handle = await fs.open(backup, 'r').catch(() => null);
    if (!handle) continue;
    try {
      const { bytesRead } = await handle.read(begin, 0, begin.length, 0);
      if (isVersleuteld(begin.subarray(0, bytesRead))) return true;
    } finally {
      await handle.close();
    }
  }
  return false;
}
