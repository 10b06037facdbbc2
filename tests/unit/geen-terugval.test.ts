import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { Session } from '../../electron/main/services/session';
import { backupFolder, listBackups } from '../../electron/main/store/backups';
import { isVersleuteld, nieuweSleutel, type Sleutel } from '../../electron/main/store/versleuteling';
import { readSnapshot, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { nu } from '../../shared/klok';
import { dialogen } from './helpers/dialogs';
import { exists, tempDir } from './helpers/temp';

/**
 * Issue #19, "no downgrade, no planted data": someone with write access to the shared folder plants
 * a plaintext werkgroep file among the backups of a protected file and damages the file, hoping
 * Tafelwerk "restores" the planted data (and, without a passphrase, saves it unprotected).
 */

const SNEL = { N: 2 ** 12, r: 8, p: 1 };
const WACHTWOORD = 'paard batterij nietje correct';
const ECHT = 'Werkgroep Echte Zeeuwse Tafel';
const GEPLANT = 'Geplante Werkgroep Nepdata';
const ENV = 'TAFELWERK_TEST_TERUGVAL';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A werkgroep file named `naam`, closed, at `pad`; sealed with `sleutel` when given. */
async function werkgroep(pad: string, naam: string, sleutel: Sleutel | null = null): Promise<void> {
  const file = await WerkgroepFile.create(
    pad,
    (db) => db.insert('werkgroep', { naam, regio: 'Oosterschelderegio' }),
    {},
    sleutel,
  );
  await file.close();
}

/** The name a backup gets at `d`, as backups.ts stamps it. */
const backupNaam = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').replace('.', '')}.tafelwerk`;

/** Puts the bytes of a werkgroep file named `naam` in `pad`'s backup folder under `wanneer`. */
async function plant(pad: string, naam: string, wanneer: Date, sleutel: Sleutel | null = null) {
  const elders = join(await tempDir(), 'plant.tafelwerk');
  await werkgroep(elders, naam, sleutel);
  const doel = join(backupFolder(pad), backupNaam(wanneer));
  await fs.copyFile(elders, doel);
  return doel;
}

const inDeToekomst = (dagen: number) => new Date(nu().getTime() + dagen * 86_400_000);

async function beschadig(pad: string, plek: (lengte: number) => number): Promise<Buffer> {
  const bytes = await fs.readFile(pad);
  const i = plek(bytes.length);
  bytes[i] = (bytes[i] as number) ^ 0xff;
  await fs.writeFile(pad, bytes);
  return bytes;
}

async function organisatieLijst(map: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  ws.addRow(['Naam', 'Soort', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeenten']);
  ws.addRow(['Leerwerkbedrijf Oesterput (fictief)', 'Werkbedrijf', '', '', '', '']);
  const pad = join(map, 'lijst.xlsx');
  await wb.xlsx.writeFile(pad);
  return pad;
}

async function beveiligdMetPlant(wanneer = () => inDeToekomst(400)) {
  const map = await tempDir();
  const pad = join(map, 'w.tafelwerk');
  const { sleutel } = await nieuweSleutel(WACHTWOORD, SNEL);
  await werkgroep(pad, ECHT, sleutel);
  expect(await listBackups(pad)).toHaveLength(1);
  await plant(pad, GEPLANT, wanneer());
  return { map, pad, sleutel, lijst: await organisatieLijst(map) };
}

const naamIn = async (pad: string) => {
  const { db } = await readSnapshot(pad, { wachtwoord: WACHTWOORD });
  try {
    return db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam;
  } finally {
    db.close();
  }
};

describe('a protected file never falls back to planted or plaintext data', () => {
  it('first byte flipped, no passphrase: refused as protected; the planted plaintext is not opened or saved', async () => {
    const { map, pad, lijst } = await beveiligdMetPlant();
    const beschadigd = await beschadig(pad, () => 0);

    const r = await run('import', 'organisaties', pad, lijst);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Geweigerd: “w.tafelwerk” is beveiligd met een wachtwoord. Geef het wachtwoord mee met --wachtwoord-env NAAM.',
    );
    // Not one byte written: no plaintext file, nothing set aside.
    expect((await fs.readFile(pad)).equals(beschadigd)).toBe(true);
    expect((await fs.readdir(map)).filter((n) => n.includes('beschadigd'))).toEqual([]);
  });

  it('first byte flipped, with the passphrase: the header is damaged, not plaintext; the real sealed backup opens', async () => {
    const { pad, lijst } = await beveiligdMetPlant();
    await beschadig(pad, () => 0);
    process.env[ENV] = WACHTWOORD;
    try {
      const r = await run('import', 'organisaties', pad, lijst, '--wachtwoord-env', ENV);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    } finally {
      delete process.env[ENV];
    }
    expect(isVersleuteld(await fs.readFile(pad))).toBe(true);
    expect(await naamIn(pad)).toBe(ECHT);
  });

  it('payload damaged, with the passphrase: a plaintext backup dated as newest is skipped for the sealed one', async () => {
    // Dated just now, not in the future: newer than the real backup, so the old code tried it first.
    const { pad, lijst } = await beveiligdMetPlant(nu);
    await beschadig(pad, (n) => n - 5);
    process.env[ENV] = WACHTWOORD;
    try {
      const r = await run('import', 'organisaties', pad, lijst, '--wachtwoord-env', ENV);
      expect(r.code).toBe(0);
    } finally {
      delete process.env[ENV];
    }
    expect(await naamIn(pad)).toBe(ECHT);
  });

  it('a sealed backup under another data key is not used silently: refused with a Dutch warning and a way to choose', async () => {
    const map = await tempDir();
    const pad = join(map, 'w.tafelwerk');
    const { sleutel } = await nieuweSleutel(WACHTWOORD, SNEL);
    await werkgroep(pad, ECHT, sleutel);
    for (const b of await listBackups(pad)) await fs.rm(b);
    // Same passphrase, another data key (an older protection, or someone else's file).
    const ander = await nieuweSleutel(WACHTWOORD, SNEL);
    await plant(pad, GEPLANT, nu(), ander.sleutel);
    await beschadig(pad, (n) => n - 5);

    const fout = await WerkgroepFile.open(pad, {}, { wachtwoord: WACHTWOORD }).catch((e) => e);
    expect(fout.code).toBe('BESTAND_BESCHADIGD');
    expect(fout.message).toMatch(/^Het bestand w\.tafelwerk is beschadigd en er is geen reservekopie/);
    expect(fout.message).toMatch(/1 oudere reservekopie .*met een andere sleutel beveiligd/);
    expect(fout.message).toMatch(/Bestand → Openen/);
  });
});

describe('backups dated in the future', () => {
  it('are ignored: never restored, and never rotate the real backups out', async () => {
    const map = await tempDir();
    const pad = join(map, 'w.tafelwerk');
    await werkgroep(pad, ECHT);
    const [echt] = await listBackups(pad);
    for (let i = 1; i <= 10; i++) await plant(pad, GEPLANT, inDeToekomst(i));
    expect(await listBackups(pad)).toEqual([echt]);

    // A save that takes a backup (keep 10) must not delete the real one in favour of the planted ones.
    const { file } = await WerkgroepFile.open(pad, { backupIntervalMs: 0 });
    await file.write((db) => db.insert('wijziging', { auteur: 'x', soort: 'y', omschrijving: 'z' }));
    await file.close();
    expect(await exists(echt as string)).toBe(true);

    // A plain file damaged: its real backup, not the newest-named planted one.
    await beschadig(pad, () => 20);
    const { file: hersteld, melding } = await WerkgroepFile.open(pad);
    expect(melding).toMatch(/beschadigd/);
    expect(hersteld.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam).toBe(ECHT);
    await hersteld.close();
  });
});

describe('a file that was protected on this computer', () => {
  async function sessie(userData: string) {
    return Session.create({ userData, dialogs: dialogen(), scrypt: SNEL });
  }

  /** A file protected in the app on this computer, then closed. */
  async function beveiligdOpDezeComputer() {
    const userData = join(await tempDir(), 'userData');
    const pad = join(await tempDir(), 'w.tafelwerk');
    const eerste = await sessie(userData);
    await werkgroep(pad, ECHT);
    await eerste.openPath(pad);
    await eerste.beveiligen(WACHTWOORD);
    await eerste.sluiten();
    return { userData, pad };
  }

  it('never falls back to a plaintext backup, even when nothing of the file looks protected any more', async () => {
    const { userData, pad } = await beveiligdOpDezeComputer();

    // The attacker overwrites the whole file, removes every sealed backup and plants plaintext.
    await fs.writeFile(pad, Buffer.alloc(8192, 0x41));
    for (const b of await listBackups(pad)) await fs.rm(b);
    await plant(pad, GEPLANT, nu());

    const tweede = await sessie(userData);
    const fout = await tweede.openPath(pad).catch((e) => e);
    expect(fout.code).toBe('WACHTWOORD_NODIG');
    expect(tweede.documentInfo()).toBeNull();
    const metWachtwoord = await tweede.openPath(pad, { wachtwoord: WACHTWOORD }).catch((e) => e);
    expect(metWachtwoord.code).toBe('BESTAND_BESCHADIGD');
    expect(tweede.documentInfo()).toBeNull();
    expect((await fs.readFile(pad)).equals(Buffer.alloc(8192, 0x41))).toBe(true);
  });

  it('opening it in plain form again says so', async () => {
    const { userData, pad } = await beveiligdOpDezeComputer();
    // Replaced by a plaintext werkgroep file (or unprotected on another computer).
    await fs.rm(pad);
    await werkgroep(pad, GEPLANT);

    const tweede = await sessie(userData);
    const { melding } = await tweede.openPath(pad);
    expect(melding).toMatch(/^Let op: w\.tafelwerk was op deze computer beveiligd met een wachtwoord/);
    await tweede.sluiten();
    // Said once: the record now follows the file in its plain form.
    expect((await tweede.openPath(pad)).melding).toBeNull();
    await tweede.sluiten();
  });
});
