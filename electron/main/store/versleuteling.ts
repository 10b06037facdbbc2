import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { wachtwoord as wachtwoordRegels } from '../../../shared/api/schemas';
import { AppFault } from '../errors';

/**
 * Encryption at rest for a werkgroep file (and its backups and temp files, which are the same bytes).
 *
 * Layout: MAGIC | u32 header length | header (JSON) | IV (12) | tag (16) | ciphertext.
 * The database bytes are sealed with AES-256-GCM under a random data key. The data key is stored
 * twice, wrapped: once under a key derived from the passphrase with scrypt (parameters and salt in
 * the header, so they can be raised later), once under a key derived from a random recovery code
 * shown to the user once. The header is the additional authenticated data of the payload, so
 * changing any byte of it or of the payload makes opening fail instead of yielding altered data.
 * Changing the passphrase or the recovery code makes a new data key (`nieuweSleutel`) and the file
 * and every backup are sealed again with it: re-wrapping the old key would let an old copy of the
 * header, with the old passphrase or code, open everything saved after the change.
 */

const MAGIC = Buffer.from('TAFELWERK-VERSLEUTELD-1\n', 'ascii');
const IV = 12;
const TAG = 16;

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}
/** About half a second and 128 MiB on a 2019 laptop: slow to guess, fine to open once. */
export const STANDAARD_SCRYPT: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };

/**
 * What a header may ask for. The header is not secret and anyone with the folder can rewrite it:
 * without a bound one attempt could demand gigabytes and minutes (2^20 × 16 × 4 is 2 GiB, four
 * times). Allowed: up to twice the standard memory (256 MiB) and twice its work, so the standard
 * can still be raised once; N a power of two, whole numbers only.
 */
export function scryptToegestaan(p: Partial<ScryptParameters>): boolean {
  const { N, r, p: par } = p;
  if (!Number.isSafeInteger(N) || !Number.isSafeInteger(r) || !Number.isSafeInteger(par)) return false;
  const n = N as number;
  const geheugen = n * (r as number);
  return (
    n >= 2 ** 10 &&
    n <= 2 ** 18 &&
    (n & (n - 1)) === 0 &&
    (r as number) >= 1 &&
    (par as number) >= 1 &&
    geheugen <= 2 ** 21 &&
    geheugen * (par as number) <= 2 ** 21
  );
}

/** A key in memory is overwritten as soon as it is no longer needed (lock, close, key change). */
export function wis(s: Sleutel | null): void {
  s?.dataSleutel.fill(0);
}

interface Verpakt {
  iv: string;
  tag: string;
  sleutel: string;
}

interface Kop {
  versie: 1;
  kdf: ScryptParameters & { naam: 'scrypt'; zout: string };
  wachtwoord: Verpakt;
  herstel: Verpakt & { zout: string };
}

/** The unlocked key of an open file: kept in memory only, never written unwrapped. */
export interface Sleutel {
  readonly dataSleutel: Buffer;
  readonly kop: Kop;
}

export const isVersleuteld = (bytes: Uint8Array): boolean =>
  bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);

/**
 * Whether bytes are a sealed file, possibly with damaged first bytes: the magic with a few bytes
 * changed, or the header's JSON where a sealed file has it. A protected file whose first byte was
 * flipped is a damaged protected file, not a plain one (see verzegeling.ts); SQLite's own header
 * ("SQLite format 3") differs from the magic in nearly every byte, so a plain file never matches.
 */
export function lijktVerzegeld(bytes: Uint8Array): boolean {
  if (isVersleuteld(bytes)) return true;
  if (bytes.length < MAGIC.length + 4) return false;
  let verschil = 0;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) verschil++;
  const kop = Buffer.from(bytes.subarray(MAGIC.length + 4, MAGIC.length + 14)).toString('latin1');
  return verschil <= MAGIC.length / 3 || kop === '{"versie":';
}

const b64 = (b: Buffer) => b.toString('base64');
const buf = (s: string) => Buffer.from(s, 'base64');

function afleiden(wachtwoord: string, zout: Buffer, p: ScryptParameters): Promise<Buffer> {
  if (!scryptToegestaan(p))
    throw new AppFault(
      'BESTAND_BESCHADIGD',
      'Het beveiligde bestand heeft ongeldige instellingen en kan niet worden geopend. Open een reservekopie of vraag de maker om een nieuw exemplaar.',
    );
  return new Promise((klaar, fout) =>
    scrypt(
      wachtwoord.normalize('NFC'),
      zout,
      32,
      { N: p.N, r: p.r, p: p.p, maxmem: 256 * p.N * p.r + 16 * 1024 * 1024 },
      (e, sleutel) => (e ? fout(e) : klaar(sleutel)),
    ),
  );
}

/** The recovery code has 160 random bits: a plain key derivation is enough for it. */
const herstelSleutel = (code: string, zout: Buffer) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(normaliseerHerstelcode(code)), zout, 'tafelwerk-herstel', 32));

function inpakken(kek: Buffer, dataSleutel: Buffer): Verpakt {
  const iv = randomBytes(IV);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  const sleutel = Buffer.concat([c.update(dataSleutel), c.final()]);
  kek.fill(0);
  return { iv: b64(iv), tag: b64(c.getAuthTag()), sleutel: b64(sleutel) };
}

/** null when the key-encryption key is wrong (a wrong passphrase or code). The KEK is wiped after use. */
function uitpakken(kek: Buffer, v: Verpakt): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', kek, buf(v.iv));
    d.setAuthTag(buf(v.tag));
    return Buffer.concat([d.update(buf(v.sleutel)), d.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

// Crockford base32: no I, L, O or U, so a code read aloud or typed over is not misread.
const ALFABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function nieuweHerstelcode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let waarde = 0;
  let code = '';
  for (const b of bytes) {
    waarde = (waarde << 8) | b;
    bits += 8;
    while (bits >= 5) {
      code += ALFABET[(waarde >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (code.match(/.{4}/g) as string[]).join('-');
}

export const normaliseerHerstelcode = (code: string) =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

async function kopMetWachtwoord(
  dataSleutel: Buffer,
  wachtwoord: string,
  herstel: Kop['herstel'],
  p: ScryptParameters,
): Promise<Kop> {
  const zout = randomBytes(16);
  const kek = await afleiden(wachtwoord, zout, p);
  return {
    versie: 1,
    kdf: { naam: 'scrypt', ...p, zout: b64(zout) },
    wachtwoord: inpakken(kek, dataSleutel),
    herstel,
  };
}

/**
 * A new protection: a fresh data key under the passphrase, and the recovery code to show once.
 * Also for a passphrase change and a new recovery code: both make a new data key, so nothing saved
 * from then on opens with the old passphrase or code. Every new passphrase passes here, from the
 * app and the command line alike, and meets the same rules (shared/api/schemas.ts).
 */
export async function nieuweSleutel(
  wachtwoord: string,
  p: ScryptParameters = STANDAARD_SCRYPT,
): Promise<{ sleutel: Sleutel; herstelcode: string }> {
  const fout = wachtwoordRegels.safeParse(wachtwoord).error?.issues[0]?.message;
  if (fout) throw new AppFault('ONGELDIGE_INVOER', fout);
  const dataSleutel = randomBytes(32);
  const herstelcode = nieuweHerstelcode();
  const zout = randomBytes(16);
  const herstel = { ...inpakken(herstelSleutel(herstelcode, zout), dataSleutel), zout: b64(zout) };
  return {
    sleutel: { dataSleutel, kop: await kopMetWachtwoord(dataSleutel, wachtwoord, herstel, p) },
    herstelcode,
  };
}

function splits(bytes: Uint8Array): { kopBytes: Buffer; kop: Kop; iv: Buffer; tag: Buffer; inhoud: Buffer } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const beschadigd = () =>
    new AppFault('BESTAND_BESCHADIGD', 'Het beveiligde bestand is beschadigd en kan niet worden gelezen.');
  if (b.length < MAGIC.length + 4) throw beschadigd();
  const lengte = b.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (lengte > 64 * 1024 || start + lengte + IV + TAG > b.length) throw beschadigd();
  const kopBytes = b.subarray(0, start + lengte);
  let kop: Kop;
  try {
    kop = JSON.parse(b.subarray(start, start + lengte).toString('utf8')) as Kop;
  } catch {
    throw beschadigd();
  }
  if (kop?.versie !== 1 || kop.kdf?.naam !== 'scrypt' || !kop.wachtwoord || !kop.herstel) throw beschadigd();
  const na = start + lengte;
  return {
    kopBytes,
    kop,
    iv: b.subarray(na, na + IV),
    tag: b.subarray(na + IV, na + IV + TAG),
    inhoud: b.subarray(na + IV + TAG),
  };
}

/** Unwraps the data key with the passphrase or the recovery code; a wrong secret is refused in Dutch. */
export async function ontgrendel(
  bytes: Uint8Array,
  geheim: { wachtwoord: string } | { herstelcode: string },
): Promise<Sleutel> {
  const { kop } = splits(bytes);
  let dataSleutel: Buffer | null;
  if ('wachtwoord' in geheim) {
    const p = kop.kdf;
    // `afleiden` refuses parameters beyond `scryptToegestaan` before spending memory or time.
    dataSleutel = uitpakken(await afleiden(geheim.wachtwoord, buf(p.zout), p), kop.wachtwoord);
    if (!dataSleutel) throw new AppFault('WACHTWOORD_ONJUIST', 'Het wachtwoord klopt niet.');
  } else {
    dataSleutel = uitpakken(herstelSleutel(geheim.herstelcode, buf(kop.herstel.zout)), kop.herstel);
    if (!dataSleutel) throw new AppFault('WACHTWOORD_ONJUIST', 'De herstelcode klopt niet.');
  }
  return { dataSleutel, kop };
}

/** Whether a passphrase opens this key (for changing or removing the protection). */
export async function wachtwoordKlopt(s: Sleutel, wachtwoord: string): Promise<boolean> {
  const p = s.kop.kdf;
  const kek = await afleiden(wachtwoord, buf(p.zout), p);
  const uitgepakt = uitpakken(kek, s.kop.wachtwoord);
  const klopt = uitgepakt?.equals(s.dataSleutel) ?? false;
  uitgepakt?.fill(0);
  return klopt;
}

/** Bytes sealed with `oud`, sealed again with `nieuw` (a backup after a key change). */
export function herverzegel(oud: Sleutel, nieuw: Sleutel, bytes: Uint8Array): Uint8Array {
  const platte = ontsleutel(oud, bytes);
  try {
    return versleutel(nieuw, platte);
  } finally {
    platte.fill(0);
  }
}

export function versleutel(s: Sleutel, platte: Uint8Array): Uint8Array {
  const kopJson = Buffer.from(JSON.stringify(s.kop), 'utf8');
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(kopJson.length);
  const kopBytes = Buffer.concat([MAGIC, lengte, kopJson]);
  const iv = randomBytes(IV);
  const c = createCipheriv('aes-256-gcm', s.dataSleutel, iv);
  c.setAAD(kopBytes);
  const inhoud = Buffer.concat([c.update(platte), c.final()]);
  return new Uint8Array(Buffer.concat([kopBytes, iv, c.getAuthTag(), inhoud]));
}

/**
 * Opens the payload with the data key. Any change to header or payload fails the tag check: the
 * file is then treated as damaged (and the newest good backup is offered).
 */
export function ontsleutel(s: Sleutel, bytes: Uint8Array): Uint8Array {
  const { kopBytes, iv, tag, inhoud } = splits(bytes);
  try {
    const d = createDecipheriv('aes-256-gcm', s.dataSleutel, iv);
    d.setAAD(kopBytes);
    d.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([d.update(inhoud), d.final()]));
  } catch {
    throw new AppFault(
      'BESTAND_BESCHADIGD',
      'Het beveiligde bestand is beschadigd of buiten Tafelwerk gewijzigd en kan niet worden gelezen.',
    );
  }
}
