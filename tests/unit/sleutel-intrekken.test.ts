import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/main/services/session';
import { listBackups } from '../../electron/main/store/backups';
import { nieuweSleutel, ontgrendel, ontsleutel, type Sleutel } from '../../electron/main/store/versleuteling';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { dialogen } from './helpers/dialogs';
import { tempDir } from './helpers/temp';

/** Cheap key derivation for tests; the header records it, so the code path is the real one. */
const SNEL = { N: 2 ** 12, r: 8, p: 1 };
const OUD = 'het oude wachtwoord van de secretaris';
const NIEUW = 'een nieuw wachtwoord na het vertrek';
const NA_DE_WISSEL = 'Notitie Na De Wissel';

async function beveiligdeSessie() {
  const root = await tempDir();
  // Every save a backup, so the file has several backups from before the change.
  const session = await Session.create({
    userData: join(root, 'userData'),
    dialogs: dialogen(),
    scrypt: SNEL,
    file: { backupIntervalMs: 0, keepBackups: 10 },
  });
  await session.nieuw({ naam: 'Sleutelwissel', regio: 'Oosterschelderegio' });
  const { herstelcode } = await session.beveiligen(OUD);
  const file = session.requireFile();
  for (const n of [1, 2, 3])
    await file.write((db) => db.insert('wijziging', { auteur: 'x', soort: 'y', omschrijving: `voor ${n}` }));
  await file.settled();
  return { session, pad: file.path, herstelcode };
}

/** What a former member kept: the first 2 KB of the file (its header) from before the change. */
async function kopVan(pad: string): Promise<Uint8Array> {
  return (await fs.readFile(pad)).subarray(0, 2048);
}

/** Whether the key opens these bytes (the data key decrypts the payload). */
function opent(sleutel: Sleutel, bytes: Uint8Array): boolean {
  try {
    ontsleutel(sleutel, bytes);
    return true;
  } catch {
    return false;
  }
}

async function naDeWissel(session: Session): Promise<void> {
  await session
    .requireFile()
    .write((db) => db.insert('wijziging', { auteur: 'x', soort: 'y', omschrijving: NA_DE_WISSEL }));
  await session.sluiten();
}

describe('a passphrase change revokes the old passphrase and recovery code', () => {
  it('the old header plus the old passphrase, or the old recovery code, opens nothing saved after the change', async () => {
    const { session, pad, herstelcode: oudeCode } = await beveiligdeSessie();
    const oudeKop = await kopVan(pad);
    const backupsVoor = await listBackups(pad);
    expect(backupsVoor.length).toBeGreaterThan(1);

    const antwoord = (await session.wachtwoordWijzigen(OUD, NIEUW)) as { herstelcode?: string } | null;
    await naDeWissel(session);

    // The attack: the data key from the old header, unwrapped with the old passphrase or old code.
    const viaWachtwoord = await ontgrendel(oudeKop, { wachtwoord: OUD });
    const viaCode = await ontgrendel(oudeKop, { herstelcode: oudeCode });
    const nu = await fs.readFile(pad);
    expect(opent(viaWachtwoord, nu)).toBe(false);
    expect(opent(viaCode, nu)).toBe(false);
    const backupsNa = await listBackups(pad);
    for (const backup of backupsNa) {
      const bytes = await fs.readFile(backup);
      expect(opent(viaWachtwoord, bytes)).toBe(false);
      expect((await ontgrendel(bytes, { herstelcode: oudeCode }).catch((e) => e)).code).toBe(
        'WACHTWOORD_ONJUIST',
      );
    }
    expect((await ontgrendel(nu, { herstelcode: oudeCode }).catch((e) => e)).code).toBe('WACHTWOORD_ONJUIST');

    // The backups from before the change are kept, sealed with the new data key.
    expect(backupsNa.length).toBeGreaterThanOrEqual(backupsVoor.length);
    for (const backup of backupsVoor) expect(backupsNa).toContain(backup);
    const nieuweSleutel = await ontgrendel(nu, { wachtwoord: NIEUW });
    for (const backup of backupsNa) expect(opent(nieuweSleutel, await fs.readFile(backup))).toBe(true);

    // The new recovery code, shown once, opens the file.
    expect(antwoord?.herstelcode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const { file } = await WerkgroepFile.open(pad, {}, { herstelcode: antwoord?.herstelcode as string });
    expect(
      file.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM wijziging WHERE omschrijving = ?', [NA_DE_WISSEL])
        ?.n,
    ).toBe(1);
    await file.close();
  });

  it('Nieuwe herstelcode: the old code opens nothing newer, the passphrase keeps working', async () => {
    const { session, pad, herstelcode: oudeCode } = await beveiligdeSessie();
    const oudeKop = await kopVan(pad);
    const nieuweHerstelcode = (
      session as unknown as { nieuweHerstelcode: (w: string) => Promise<{ herstelcode: string }> }
    ).nieuweHerstelcode.bind(session);

    await expect(nieuweHerstelcode('niet het wachtwoord hoor')).rejects.toMatchObject({
      code: 'WACHTWOORD_ONJUIST',
    });
    const { herstelcode } = await nieuweHerstelcode(OUD);
    expect(herstelcode).not.toBe(oudeCode);
    await naDeWissel(session);

    const viaCode = await ontgrendel(oudeKop, { herstelcode: oudeCode });
    for (const bestand of [pad, ...(await listBackups(pad))]) {
      const bytes = await fs.readFile(bestand);
      expect(opent(viaCode, bytes)).toBe(false);
      expect((await ontgrendel(bytes, { herstelcode: oudeCode }).catch((e) => e)).code).toBe(
        'WACHTWOORD_ONJUIST',
      );
    }
    await (await WerkgroepFile.open(pad, {}, { wachtwoord: OUD })).file.close();
    await (await WerkgroepFile.open(pad, {}, { herstelcode })).file.close();
  });

  it('a backup that cannot be re-sealed, and copies beside the file, are removed rather than left under the old key', async () => {
    const { session, pad } = await beveiligdeSessie();
    const [beschadigd, ...goed] = await listBackups(pad);
    const bytes = await fs.readFile(beschadigd as string);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 0xff;
    await fs.writeFile(beschadigd as string, bytes);
    const opzij = `${pad}.beschadigd-20261123T101500000Z`;
    await fs.copyFile(pad, opzij);
    const oudeSleutel = await ontgrendel(await kopVan(pad), { wachtwoord: OUD });

    await session.wachtwoordWijzigen(OUD, NIEUW);
    await session.sluiten();
    const na = await listBackups(pad);
    expect(na).not.toContain(beschadigd);
    for (const backup of goed) expect(na).toContain(backup);
    await expect(fs.stat(opzij)).rejects.toMatchObject({ code: 'ENOENT' });
    for (const backup of na) expect(opent(oudeSleutel, await fs.readFile(backup))).toBe(false);
  });
});

describe('the data key in memory', () => {
  it('is wiped on lock and on close', async () => {
    const { session, pad } = await beveiligdeSessie();
    const inGebruik = session.requireFile().huidigeSleutel?.dataSleutel as Buffer;
    expect(inGebruik.some((b) => b !== 0)).toBe(true);
    await session.vergrendelen();
    expect([...inGebruik]).toEqual(new Array(32).fill(0));

    await session.ontgrendelen({ wachtwoord: OUD });
    const weer = session.requireFile().huidigeSleutel?.dataSleutel as Buffer;
    expect(weer.some((b) => b !== 0)).toBe(true);
    await session.sluiten();
    expect([...weer]).toEqual(new Array(32).fill(0));

    const { file } = await WerkgroepFile.open(pad, {}, { wachtwoord: OUD });
    const direct = file.huidigeSleutel?.dataSleutel as Buffer;
    await file.close();
    expect([...direct]).toEqual(new Array(32).fill(0));
  });
});

/** The file's bytes with its header's scrypt parameters replaced (what anyone with the folder can do). */
function metKdf(bytes: Buffer, kdf: Record<string, number>): Buffer {
  const MAGIC = 'TAFELWERK-VERSLEUTELD-1\n'.length;
  const lengte = bytes.readUInt32BE(MAGIC);
  const kop = JSON.parse(bytes.subarray(MAGIC + 4, MAGIC + 4 + lengte).toString('utf8'));
  const nieuw = Buffer.from(JSON.stringify({ ...kop, kdf: { ...kop.kdf, ...kdf } }), 'utf8');
  const l = Buffer.alloc(4);
  l.writeUInt32BE(nieuw.length);
  return Buffer.concat([bytes.subarray(0, MAGIC), l, nieuw, bytes.subarray(MAGIC + 4 + lengte)]);
}

describe('scrypt parameters read from a header', () => {
  it('are bounded: a header asking for hundreds of MiB per attempt is refused before deriving', async () => {
    const { sleutel } = await nieuweSleutel(OUD, SNEL);
    const map = await tempDir();
    const pad = join(map, 'k.tafelwerk');
    const file = await WerkgroepFile.create(pad, () => undefined, {}, sleutel);
    await file.close();
    const bytes = await fs.readFile(pad);
    // 512 MiB (N 2^19, r 8) and the 2 GiB × 4 the old bound still allowed; then nonsense values.
    for (const kdf of [
      { N: 2 ** 19, r: 8, p: 1 },
      { N: 2 ** 20, r: 16, p: 4 },
      { N: 2 ** 17, r: 8, p: 64 },
      { N: 3000, r: 8, p: 1 },
      { N: 2 ** 17, r: 0.5, p: 1 },
    ]) {
      const begin = performance.now();
      const fout = await ontgrendel(metKdf(bytes, kdf), { wachtwoord: OUD }).catch((e) => e);
      expect(fout.code, JSON.stringify(kdf)).toBe('BESTAND_BESCHADIGD');
      expect(fout.message).toMatch(/ongeldige instellingen/);
      expect(performance.now() - begin).toBeLessThan(1000);
    }
  }, 60_000);
});
