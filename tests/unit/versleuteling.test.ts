import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { listBackups } from '../../electron/main/store/backups';
import {
  isVersleuteld,
  nieuweSleutel,
  normaliseerHerstelcode,
  ontgrendel,
  ontsleutel,
  versleutel,
} from '../../electron/main/store/versleuteling';
import { readSnapshot, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { tempDir, thrown } from './helpers/temp';

/** Cheap key derivation for tests; the header records it, so the code path is the real one. */
const SNEL = { N: 2 ** 12, r: 8, p: 1 };
const WACHTWOORD = 'paard batterij nietje correct';
const CANARIE = 'Zwaantje Canarievogel';

const heeftCanarie = async (pad: string) => (await fs.readFile(pad)).includes(Buffer.from(CANARIE));

/** Every file in a folder (backups are in a subfolder), with whether it holds the canary. */
async function alleBestanden(map: string): Promise<string[]> {
  const uit: string[] = [];
  for (const naam of await fs.readdir(map, { recursive: true })) {
    const pad = join(map, naam.toString());
    if ((await fs.stat(pad)).isFile()) uit.push(pad);
  }
  return uit;
}

async function beveiligdBestand() {
  const map = await tempDir();
  const pad = join(map, 'w.tafelwerk');
  const { sleutel, herstelcode } = await nieuweSleutel(WACHTWOORD, SNEL);
  const file = await WerkgroepFile.create(
    pad,
    (db) => db.insert('werkgroep', { naam: CANARIE, regio: 'Oosterschelderegio' }),
    {},
    sleutel,
  );
  return { map, pad, file, herstelcode };
}

describe('encryption of a werkgroep file', () => {
  it('seals the bytes: the key opens them, any changed byte refuses them', async () => {
    const { sleutel } = await nieuweSleutel(WACHTWOORD, SNEL);
    const dicht = versleutel(sleutel, Buffer.from(CANARIE));
    expect(isVersleuteld(dicht)).toBe(true);
    expect(Buffer.from(dicht).includes(Buffer.from(CANARIE))).toBe(false);
    expect(Buffer.from(ontsleutel(sleutel, dicht)).toString()).toBe(CANARIE);
    // A fresh IV each time: the same content never gives the same bytes.
    expect(Buffer.from(versleutel(sleutel, Buffer.from(CANARIE))).equals(Buffer.from(dicht))).toBe(false);
    for (const plek of [30, dicht.length - 1, dicht.length - 20]) {
      const fout = Uint8Array.from(dicht);
      fout[plek] = (fout[plek] as number) ^ 1;
      expect(thrown(() => ontsleutel(sleutel, fout)).code).toBe('BESTAND_BESCHADIGD');
    }
  });

  it('a protected file is unreadable on disk and in its backups, and opens only with its secret', async () => {
    const { map, pad, file, herstelcode } = await beveiligdBestand();
    await file.write((db) => db.insert('wijziging', { auteur: 'x', soort: 'y', omschrijving: CANARIE }));
    await file.close();
    for (const bestand of await alleBestanden(map)) expect(await heeftCanarie(bestand)).toBe(false);
    expect(await listBackups(pad)).not.toHaveLength(0);

    expect((await WerkgroepFile.open(pad).catch((e) => e)).code).toBe('WACHTWOORD_NODIG');
    expect((await WerkgroepFile.open(pad, {}, { wachtwoord: 'fout fout fout' }).catch((e) => e)).code).toBe(
      'WACHTWOORD_ONJUIST',
    );
    const { file: open } = await WerkgroepFile.open(pad, {}, { wachtwoord: WACHTWOORD });
    expect(open.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam).toBe(CANARIE);
    await open.close();
    // The recovery code, as typed by someone: lower case, spaces, O for 0.
    const getypt = herstelcode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'O');
    expect(normaliseerHerstelcode(getypt)).toBe(normaliseerHerstelcode(herstelcode));
    const viaCode = await WerkgroepFile.open(pad, {}, { herstelcode: getypt });
    await viaCode.file.close();
    expect((await readSnapshot(pad).catch((e) => e)).code).toBe('WACHTWOORD_NODIG');
    const { db } = await readSnapshot(pad, { wachtwoord: WACHTWOORD });
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM werkgroep')?.n).toBe(1);
    db.close();
  });

  it('a tampered file opens the newest good (encrypted) backup instead, and says so', async () => {
    const { pad, file } = await beveiligdBestand();
    await file.close();
    const bytes = await fs.readFile(pad);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 0xff;
    await fs.writeFile(pad, bytes);
    const { file: hersteld, melding } = await WerkgroepFile.open(pad, {}, { wachtwoord: WACHTWOORD });
    expect(melding).toMatch(/beschadigd/);
    expect(hersteld.beveiligd).toBe(true);
    expect(hersteld.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam).toBe(CANARIE);
    await hersteld.close();
    // Recovered and saved again: still encrypted.
    expect(isVersleuteld(await fs.readFile(pad))).toBe(true);
  });

  it('without any good copy a tampered file is refused, not opened half', async () => {
    const { pad, file } = await beveiligdBestand();
    await file.close();
    for (const b of await listBackups(pad)) await fs.rm(b);
    const bytes = await fs.readFile(pad);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 0xff;
    await fs.writeFile(pad, bytes);
    expect((await WerkgroepFile.open(pad, {}, { wachtwoord: WACHTWOORD }).catch((e) => e)).code).toBe(
      'BESTAND_BESCHADIGD',
    );
  });

  it('protecting an existing file replaces every readable copy; a new passphrase comes with a new key', async () => {
    const map = await tempDir();
    const pad = join(map, 'w.tafelwerk');
    const file = await WerkgroepFile.create(pad, (db) =>
      db.insert('werkgroep', { naam: CANARIE, regio: 'Oosterschelderegio' }),
    );
    await fs.writeFile(`${pad}.1a2b3c4d.tmp`, `half geschreven ${CANARIE}`);
    expect(await heeftCanarie(pad)).toBe(true);

    const { sleutel, herstelcode } = await nieuweSleutel(WACHTWOORD, SNEL);
    await file.zetSleutel(sleutel);
    for (const bestand of await alleBestanden(map)) expect(await heeftCanarie(bestand)).toBe(false);

    const nieuw = await nieuweSleutel('een heel ander wachtwoord', SNEL);
    await file.wisselSleutel(nieuw.sleutel);
    await file.close();
    // Neither the file nor any backup opens with the old passphrase any more.
    for (const bestand of [pad, ...(await listBackups(pad))]) {
      const fout = await ontgrendel(await fs.readFile(bestand), { wachtwoord: WACHTWOORD }).catch((e) => e);
      expect(fout.code).toBe('WACHTWOORD_ONJUIST');
    }
    const { file: open } = await WerkgroepFile.open(pad, {}, { wachtwoord: 'een heel ander wachtwoord' });
    await open.close();
    expect((await WerkgroepFile.open(pad, {}, { herstelcode }).catch((e) => e)).code).toBe(
      'WACHTWOORD_ONJUIST',
    );
    await (await WerkgroepFile.open(pad, {}, { herstelcode: nieuw.herstelcode })).file.close();
  });

  it('removing the protection writes the file in plain form again', async () => {
    const { pad, file } = await beveiligdBestand();
    await file.zetSleutel(null);
    await file.close();
    expect(isVersleuteld(await fs.readFile(pad))).toBe(false);
    const { file: open } = await WerkgroepFile.open(pad);
    expect(open.beveiligd).toBe(false);
    await open.close();
  });
});

describe('the command line with a protected file', () => {
  it('reads the passphrase only from the variable named by --wachtwoord-env', async () => {
    const map = await tempDir();
    const pad = join(map, 'v.tafelwerk');
    const uit: string[] = [];
    const io = { out: (l: string) => uit.push(l), err: (l: string) => uit.push(l) };
    process.env.TAFELWERK_TEST_WACHTWOORD = WACHTWOORD;
    try {
      expect(await runCli(['voorbeeld', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD'], io)).toBe(0);
      expect(uit.at(-1)).toMatch(/^Beveiligd met het wachtwoord\. Herstelcode .*: [0-9A-Z-]{39}$/);
      expect(isVersleuteld(await fs.readFile(pad))).toBe(true);

      expect(await runCli(['info', pad], io)).toBe(1);
      expect(uit.at(-1)).toBe(
        'Geweigerd: “v.tafelwerk” is beveiligd met een wachtwoord. Geef het wachtwoord mee met --wachtwoord-env NAAM.',
      );
      expect(await runCli(['info', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD', '--json'], io)).toBe(
        0,
      );
      expect(JSON.parse(uit.at(-1) as string).tellingen.kandidaten).toBeGreaterThan(0);
      const out = join(map, 'k.xlsx');
      expect(
        await runCli(
          ['export', 'kandidaten', pad, '--out', out, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD'],
          io,
        ),
      ).toBe(0);

      expect(await runCli(['info', pad, '--wachtwoord', WACHTWOORD], io)).toBe(2);
      expect(uit.at(-1)).toMatch(/^Geef een wachtwoord nooit als argument/);
      expect(await runCli(['info', pad, '--wachtwoord-env', 'BESTAAT_NIET_XYZ'], io)).toBe(2);
      process.env.TAFELWERK_TEST_WACHTWOORD = 'verkeerd wachtwoord hier';
      expect(await runCli(['info', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD'], io)).toBe(1);
      expect(uit.at(-1)).toBe('Geweigerd: Het wachtwoord klopt niet.');
    } finally {
      delete process.env.TAFELWERK_TEST_WACHTWOORD;
    }
  }, 120_000);
});
