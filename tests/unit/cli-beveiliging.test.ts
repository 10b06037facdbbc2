import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { readSnapshot } from '../../electron/main/store/bestand-lezen';
import { listLogboek } from '../../electron/main/store/repositories/werkgroep';
import { ontgrendel } from '../../electron/main/store/versleuteling';
import { exists, tempDir } from './helpers/temp';

const WACHTWOORD = 'paard batterij nietje correct';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  delete process.env.TAFELWERK_TEST_WACHTWOORD;
});

describe('the command line applies the app passphrase rules', () => {
  it('refuses a passphrase the app would refuse, and writes no file', async () => {
    const pad = join(await tempDir(), 'v.tafelwerk');
    for (const zwak of ['a', 'elf tekens.']) {
      process.env.TAFELWERK_TEST_WACHTWOORD = zwak;
      const r = await run('voorbeeld', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD');
      expect(r.code).toBe(1);
      expect(r.err).toBe('Geweigerd: Kies een wachtwoord van minstens 12 tekens; een korte zin werkt goed.');
      expect(await exists(pad)).toBe(false);
    }
  });

  it('herstelcode replaces the recovery code; the old one opens nothing any more', async () => {
    const pad = join(await tempDir(), 'v.tafelwerk');
    process.env.TAFELWERK_TEST_WACHTWOORD = WACHTWOORD;
    const eerst = await run('voorbeeld', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD');
    expect(eerst.code).toBe(0);
    const oudeCode = /: ([0-9A-Z-]{39})$/.exec(eerst.out)?.[1] as string;

    const r = await run('herstelcode', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD');
    expect(r.code).toBe(0);
    const nieuweCode = /: ([0-9A-Z-]{39})$/.exec(r.out)?.[1] as string;
    expect(nieuweCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(nieuweCode).not.toBe(oudeCode);
    const bytes = await fs.readFile(pad);
    expect((await ontgrendel(bytes, { herstelcode: oudeCode }).catch((e) => e)).code).toBe(
      'WACHTWOORD_ONJUIST',
    );
    await ontgrendel(bytes, { herstelcode: nieuweCode });
    await ontgrendel(bytes, { wachtwoord: WACHTWOORD });

    process.env.TAFELWERK_TEST_WACHTWOORD = 'niet het goede wachtwoord';
    const fout = await run('herstelcode', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD');
    expect(fout.code).toBe(1);
    expect(fout.err).toBe('Geweigerd: Het wachtwoord klopt niet.');
  }, 120_000);
});

describe('command-line exports with names or barriers', () => {
  it('are written to the audit log of the file, as the app writes them', async () => {
    const map = await tempDir();
    const pad = join(map, 'v.tafelwerk');
    expect((await run('voorbeeld', pad)).code).toBe(0);
    const exports = async () => {
      const { db } = await readSnapshot(pad);
      try {
        return listLogboek(db).filter((r) => r.actie === 'exporteren');
      } finally {
        db.close();
      }
    };
    const voor = (await exports()).length;

    const uit = join(map, 'k.xlsx');
    expect((await run('export', 'kandidaten', pad, '--out', uit, '--met-namen')).code).toBe(0);
    expect((await run('export', 'kandidaten', pad, '--out', uit, '--met-belemmeringen')).code).toBe(0);
    const na = await exports();
    expect(na.length).toBe(voor + 2);
    expect(na.slice(0, 2).map((r) => [r.omschrijving, r.actor])).toEqual([
      ['Export: Kandidaten en trajecten, met belemmeringen', 'tafelwerk (opdrachtregel)'],
      ['Export: Kandidaten en trajecten, met namen', 'tafelwerk (opdrachtregel)'],
    ]);
  }, 120_000);
});
