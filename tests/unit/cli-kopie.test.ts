import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { openRaw, scalar, tempDir } from './helpers/temp';

/**
 * `tafelwerk kopie … --zonder-persoonsgegevens`: the copy for a werkgroep member from the command
 * line, with the exit codes of every command (0 done, 1 refused, 2 wrong use).
 */

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function voorbeeld() {
  const dir = await tempDir();
  const bestand = join(dir, 'werkgroep.tafelwerk');
  expect((await run('voorbeeld', bestand)).code).toBe(0);
  const raw = await openRaw(bestand);
  const naam = String(scalar(raw, 'SELECT naam FROM kandidaat WHERE naam IS NOT NULL ORDER BY code LIMIT 1'));
  raw.close();
  return { dir, bestand, naam };
}

describe('tafelwerk kopie', () => {
  test('writes a copy without names, marked partial; the werkgroep file is not changed', async () => {
    const { dir, bestand, naam } = await voorbeeld();
    const voor = await fs.readFile(bestand);
    expect(voor.includes(Buffer.from(naam))).toBe(true);
    const uit = join(dir, 'voor-lid.tafelwerk');
    const r = await run('kopie', bestand, '--out', uit, '--zonder-persoonsgegevens');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain(`Kopie zonder persoonsgegevens gemaakt: ${uit}`);
    expect((await fs.readFile(uit)).includes(Buffer.from(naam))).toBe(false);
    expect(await fs.readFile(bestand)).toEqual(voor);
    const raw = await openRaw(uit);
    expect(scalar(raw, 'SELECT zonder_persoonsgegevens FROM replica')).toBe(1);
    expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat WHERE naam IS NOT NULL')).toBe(0);
    expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat')).toBeGreaterThan(5);
    raw.close();
    // `info` reads it like any file.
    expect((await run('info', uit)).code).toBe(0);
  });

  test('--json, and its own passphrase: the copy opens only with that one', async () => {
    const { dir, bestand } = await voorbeeld();
    const uit = join(dir, 'beveiligd');
    process.env.TAFELWERK_TEST_KOPIE = 'een lange zin voor het lid';
    try {
      const r = await run(
        'kopie',
        bestand,
        '--out',
        uit,
        '--zonder-persoonsgegevens',
        '--kopie-wachtwoord-env',
        'TAFELWERK_TEST_KOPIE',
        '--json',
      );
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({
        kopie: `${uit}.tafelwerk`,
        zonderPersoonsgegevens: true,
        beveiligd: true,
      });
      expect(json.herstelcode).toMatch(/\S{10,}/);
      expect((await run('info', `${uit}.tafelwerk`)).code).toBe(1);
      const { file } = await WerkgroepFile.open(
        `${uit}.tafelwerk`,
        {},
        { wachtwoord: 'een lange zin voor het lid' },
      );
      expect(file.db.get('SELECT zonder_persoonsgegevens AS z FROM replica')).toEqual({ z: 1 });
      await file.close();
    } finally {
      delete process.env.TAFELWERK_TEST_KOPIE;
    }
  });

  test('refuses without --zonder-persoonsgegevens (saying why), without --out, and when --out exists', async () => {
    const { dir, bestand } = await voorbeeld();
    const uit = join(dir, 'lid.tafelwerk');
    const zonder = await run('kopie', bestand, '--out', uit);
    expect(zonder.code).toBe(2);
    expect(zonder.err).toMatch(/alleen een kopie zonder persoonsgegevens/);
    expect(zonder.err).toMatch(/--zonder-persoonsgegevens/);
    expect((await run('kopie', bestand, '--zonder-persoonsgegevens')).code).toBe(2);
    await fs.writeFile(uit, 'al hier');
    const bestaat = await run('kopie', bestand, '--out', uit, '--zonder-persoonsgegevens');
    expect(bestaat.code).toBe(1);
    expect(bestaat.err).toMatch(/^Geweigerd: Er bestaat al een bestand met de naam lid\.tafelwerk/);
    expect(await fs.readFile(uit, 'utf8')).toBe('al hier');
    await expect(fs.stat(join(dir, 'niet-er.tafelwerk'))).rejects.toThrow();
    expect(
      (
        await run(
          'kopie',
          join(dir, 'niet-er.tafelwerk'),
          '--out',
          join(dir, 'x'),
          '--zonder-persoonsgegevens',
        )
      ).code,
    ).toBe(1);
  });
});
