import { type Geheim, sleutelVoor, wachtwoordNodig } from './bestand-lezen';
import { isVersleuteld, ontsleutel, type Sleutel, versleutel, wis } from './versleuteling';

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

  /** Whether bytes read from disk open with this file's key: plain bytes always do. */
  kanOpenen(bytes: Uint8Array): boolean {
    return !isVersleuteld(bytes) || this.huidig !== null;
  }

  /** The database bytes in bytes read from disk: unsealed when they are sealed. */
  ontzegel(bytes: Uint8Array): Uint8Array {
    return this.huidig && isVersleuteld(bytes) ? ontsleutel(this.huidig, bytes) : bytes;
  }
}

/** The seal of a file as read from disk: none for a plain file; a protected one needs its secret. */
export async function verzegelingVan(path: string, bytes: Uint8Array, geheim?: Geheim): Promise<Verzegeling> {
  if (!isVersleuteld(bytes)) return new Verzegeling(null);
  if (!geheim) throw wachtwoordNodig(path);
  return new Verzegeling(await sleutelVoor(path, bytes, geheim));
}
