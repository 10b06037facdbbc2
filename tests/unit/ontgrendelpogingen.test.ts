import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../electron/main/services/session';
import { listLogboek } from '../../electron/main/store/repositories/werkgroep';
import type { Geheim } from '../../electron/main/store/werkgroep-file';
import { dialogen } from './helpers/dialogs';
import { tempDir } from './helpers/temp';

const SNEL = { N: 2 ** 12, r: 8, p: 1 };
const WACHTWOORD_A = 'het wachtwoord van werkgroep Oost';
const WACHTWOORD_B = 'het wachtwoord van werkgroep West';

const sessie = (userData: string) => Session.create({ userData, dialogs: dialogen(), scrypt: SNEL });

/** Two protected files made on this computer, both closed. */
async function tweeBestanden() {
  const userData = join(await tempDir(), 'userData');
  const session = await sessie(userData);
  const paden: string[] = [];
  for (const [naam, wachtwoord] of [
    ['Oost', WACHTWOORD_A],
    ['West', WACHTWOORD_B],
  ] as const) {
    await session.nieuw({ naam, regio: 'Oosterschelderegio' });
    await session.beveiligen(wachtwoord);
    paden.push(session.requireFile().path);
    await session.sluiten();
  }
  return { userData, session, a: paden[0] as string, b: paden[1] as string };
}

const mislukt = (session: Session) =>
  listLogboek(session.requireFile().db).filter((r) => r.actie === 'ontgrendelen_mislukt');

async function probeer(session: Session, pad: string, geheim: Geheim) {
  return session.openPath(pad, geheim).then(
    () => null,
    (e) => e as { code: string; message: string },
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('failed unlocks', () => {
  it('are recorded for the file they concern, on this computer, also across a restart', async () => {
    const { userData, session, a, b } = await tweeBestanden();
    for (const fout of ['geraden wachtwoord een', 'geraden wachtwoord twee'])
      expect((await probeer(session, a, { wachtwoord: fout }))?.code).toBe('WACHTWOORD_ONJUIST');

    // Another file opened next: the failures on A are not its business.
    await session.openPath(b, { wachtwoord: WACHTWOORD_B });
    expect(mislukt(session)).toHaveLength(0);
    await session.shutdown();

    // After a restart the failures on A are still known and land in A's own audit log.
    const weer = await sessie(userData);
    await weer.openPath(a, { wachtwoord: WACHTWOORD_A });
    expect(mislukt(weer)).toHaveLength(2);
    expect(mislukt(weer).every((r) => r.resultaat === 'mislukt')).toBe(true);
    await weer.sluiten();
    // Logged once: the record is cleared after a successful unlock.
    await weer.openPath(a, { wachtwoord: WACHTWOORD_A });
    expect(mislukt(weer)).toHaveLength(2);
    await weer.sluiten();
  });

  it('slow down after repeated failures: a growing, bounded wait, said in Dutch (clock fixed)', async () => {
    const { userData, session, a, b } = await tweeBestanden();
    vi.useFakeTimers({ toFake: ['Date'] });
    const begin = new Date('2026-11-23T10:00:00Z').getTime();
    vi.setSystemTime(begin);

    // Two typos cost nothing; from the third failure on each one adds a wait: 1, 2, 4 … 30 s.
    expect((await probeer(session, a, { wachtwoord: 'fout een!!' }))?.message).toBe(
      'Het wachtwoord klopt niet.',
    );
    expect((await probeer(session, a, { herstelcode: 'AAAA-BBBB' }))?.message).toBe(
      'De herstelcode klopt niet.',
    );
    const derde = await probeer(session, a, { wachtwoord: 'fout drie!!' });
    expect(derde?.message).toBe('Het wachtwoord klopt niet. Probeer het over 1 seconde opnieuw.');

    // Within the wait even the right passphrase is not tried: the answer says how long to wait.
    const teVroeg = await probeer(session, a, { wachtwoord: WACHTWOORD_A });
    expect(teVroeg).toEqual(
      expect.objectContaining({
        code: 'TE_VEEL_POGINGEN',
        message:
          'Er is te vaak een onjuist wachtwoord of onjuiste herstelcode ingevuld. Probeer het over 1 seconde opnieuw.',
      }),
    );
    // The wait is per file: the other file opens at once.
    await session.openPath(b, { wachtwoord: WACHTWOORD_B });
    await session.sluiten();

    let t = begin;
    const wachten = [1, 2, 4, 8, 16, 30, 30];
    for (const [i, seconden] of wachten.entries()) {
      t += seconden * 1000 - 1;
      vi.setSystemTime(t);
      expect((await probeer(session, a, { wachtwoord: 'nog steeds fout' }))?.code, `poging ${i + 4}`).toBe(
        'TE_VEEL_POGINGEN',
      );
      t += 1;
      vi.setSystemTime(t);
      const antwoord = await probeer(session, a, { wachtwoord: 'nog steeds fout' });
      const volgende = wachten[i + 1] ?? 30;
      expect(antwoord?.message).toBe(
        `Het wachtwoord klopt niet. Probeer het over ${volgende} seconden opnieuw.`,
      );
    }

    // A restart does not reset it.
    await session.shutdown();
    const weer = await sessie(userData);
    expect((await probeer(weer, a, { wachtwoord: WACHTWOORD_A }))?.code).toBe('TE_VEEL_POGINGEN');
    vi.setSystemTime(t + 30_000);
    expect(await probeer(weer, a, { wachtwoord: WACHTWOORD_A })).toBeNull();
    expect(mislukt(weer)).toHaveLength(10);
    await weer.sluiten();
    // Unlocked: the count starts over.
    expect((await probeer(weer, a, { wachtwoord: 'weer een typefout' }))?.message).toBe(
      'Het wachtwoord klopt niet.',
    );
  });
});
