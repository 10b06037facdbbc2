import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { readSnapshot } from '../../electron/main/store/bestand-lezen';
import { listLogboek } from '../../electron/main/store/repositories/werkgroep';
import { tempDir } from './helpers/temp';

/**
 * The built `tafelwerk` command (bin/tafelwerk.js → out/main/cli.js, made by the build before the
 * tests) counts failed passphrases per file as the app does, in the user data folder it is given
 * (TAFELWERK_USERDATA), on a clock fixed by TAFELWERK_NU: time only passes when the test says so.
 */

const WACHTWOORD = 'paard batterij nietje correct';
const CLI = fileURLToPath(new URL('../../bin/tafelwerk.js', import.meta.url));
const MOMENT = '2027-03-01T10:00:00.000Z';
const later = (seconden: number) => new Date(Date.parse(MOMENT) + seconden * 1000).toISOString();

afterEach(() => {
  delete process.env.TAFELWERK_TEST_WACHTWOORD;
});

/** Runs the built command line with this passphrase, at this moment. */
function tafelwerk(userData: string, wachtwoord: string, moment: string, ...argv: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...argv, '--wachtwoord-env', 'TW_WACHTWOORD'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      TAFELWERK_USERDATA: userData,
      TAFELWERK_NU: moment,
      TW_WACHTWOORD: wachtwoord,
    },
  });
  return { code: r.status, err: r.stderr.trim(), out: r.stdout.trim() };
}

describe('failed passphrases on the command line', () => {
  it('make the next attempt wait, untried, and go into the audit log once the file opens', async () => {
    const map = await tempDir();
    const userData = join(map, 'userData');
    const pad = join(map, 'v.tafelwerk');
    process.env.TAFELWERK_TEST_WACHTWOORD = WACHTWOORD;
    expect(
      await runCli(['voorbeeld', pad, '--wachtwoord-env', 'TAFELWERK_TEST_WACHTWOORD'], {
        out() {},
        err() {},
      }),
    ).toBe(0);

    const fout = 'niet het goede wachtwoord';
    // Each run starts its clock at the moment given and lets it run (scrypt takes a second or two),
    // so the attempts are a minute apart, except where the test wants to be within a wait.
    // Two typos are free.
    for (const seconden of [0, 60])
      expect(tafelwerk(userData, fout, later(seconden), 'info', pad)).toMatchObject({
        code: 1,
        err: 'Geweigerd: Het wachtwoord klopt niet.',
      });
    expect(tafelwerk(userData, fout, later(120), 'info', pad)).toMatchObject({
      code: 1,
      err: 'Geweigerd: Het wachtwoord klopt niet. Probeer het over 1 seconde opnieuw.',
    });
    // Within the wait even the right passphrase is not tried.
    const wacht = tafelwerk(userData, WACHTWOORD, later(120), 'info', pad);
    expect(wacht.code).toBe(1);
    expect(wacht.out).toBe('');
    expect(wacht.err).toMatch(
      /^Geweigerd: Er is te vaak een onjuist wachtwoord of onjuiste herstelcode ingevuld\. Probeer het over \d+ seconden? opnieuw\.$/,
    );
    // The record is the app's own file in the user data folder: one file, three failures.
    const record = JSON.parse(await fs.readFile(join(userData, 'ontgrendelpogingen.json'), 'utf8'));
    expect(Object.values(record).map((tijden) => (tijden as string[]).length)).toEqual([3]);

    // After the wait: a fourth failure waits twice as long.
    expect(tafelwerk(userData, fout, later(180), 'info', pad).err).toMatch(
      / Probeer het over 2 seconden opnieuw\.$/,
    );
    const open = tafelwerk(userData, WACHTWOORD, later(240), 'info', pad);
    expect(open.code, open.err).toBe(0);
    expect(open.out).toMatch(/^Werkgroep:/);

    const { db } = await readSnapshot(pad, { wachtwoord: WACHTWOORD });
    const gelogd = listLogboek(db).filter((r) => r.actie === 'ontgrendelen_mislukt');
    expect(gelogd).toHaveLength(4);
    // Logged once, then forgotten here: the count starts over.
    expect(JSON.parse(await fs.readFile(join(userData, 'ontgrendelpogingen.json'), 'utf8'))).toEqual({});
    expect(tafelwerk(userData, fout, later(300), 'info', pad).err).toBe(
      'Geweigerd: Het wachtwoord klopt niet.',
    );
  }, 120_000);
});
