import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { backupFolder } from '../../electron/main/store/backups';
import { nieuweSleutel } from '../../electron/main/store/versleuteling';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import type { Result } from '../../shared/api/result';
import type { SamenvoegVerslag, SamenvoegVoorbeeld } from '../../shared/domain/samenvoegen';
import { ipcWerkgroep } from './helpers/sroi';

/** A colleague's copy of the open file, with one change made on "their laptop". */
async function kopieMetWijziging(w: Awaited<ReturnType<typeof ipcWerkgroep>>, telefoon: string) {
  await w.session.requireFile().settled();
  const kopie = join(w.root, 'kopie.tafelwerk');
  await copyFile(w.path, kopie);
  const { file } = await WerkgroepFile.open(kopie, {});
  await file.write((db) => db.run('UPDATE organisatie SET telefoon = ? WHERE id = ?', [telefoon, w.zorg]));
  await file.close();
  return kopie;
}

/** The same copy sealed with the real protection code, as a colleague's protected file is. */
async function beveiligdeKopie(w: Awaited<ReturnType<typeof ipcWerkgroep>>, telefoon: string) {
  const kopie = await kopieMetWijziging(w, telefoon);
  const { file } = await WerkgroepFile.open(kopie, {});
  const { sleutel, herstelcode } = await nieuweSleutel(WACHTWOORD_KOPIE, { N: 2 ** 12, r: 8, p: 1 });
  await file.zetSleutel(sleutel);
  await file.close();
  return { kopie, herstelcode };
}

const WACHTWOORD_KOPIE = 'het wachtwoord van de kopie';

const fout = async (w: Awaited<ReturnType<typeof ipcWerkgroep>>, channel: string, input: unknown) => {
  const r = (await w.invoke(channel, input)) as Result<unknown>;
  if (r.ok) throw new Error(`${channel} did not fail`);
  return r.error;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('Bestand → Samenvoegen met… (samenvoegen.* channels)', () => {
  test('the preview writes nothing; applying takes a backup first and brings the change in', async () => {
    const w = await ipcWerkgroep();
    const kopie = await kopieMetWijziging(w, '0113 123 456');
    w.session.dialogs.chooseFileToOpen = async () => kopie;
    const voor = await readFile(w.path);
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
    expect(v.naam).toBe('kopie.tafelwerk');
    expect(v.binnenkomend).toEqual([{ gebied: 'Organisaties', aantal: 1 }]);
    expect(v.conflicten).toEqual([]);
    expect((await readFile(w.path)).equals(voor)).toBe(true);

    const backupsVoor = await readdir(backupFolder(w.path)).catch(() => []);
    const r = await w.data<SamenvoegVerslag>('samenvoegen.toepassen', { token: v.token, keuzes: {} });
    expect(r.aantal).toBe(1);
    expect(await readdir(backupFolder(w.path))).toContain(r.reservekopie);
    expect(backupsVoor).not.toContain(r.reservekopie);
    const telefoon = w.session
      .requireFile()
      .db.get<{ t: string }>('SELECT telefoon AS t FROM organisatie WHERE id = ?', [w.zorg])?.t;
    expect(telefoon).toBe('0113 123 456');
    // The logbook names the copy by its file, as the user chose it, with one change in good Dutch.
    const regel = w.session
      .requireFile()
      .db.get<{ o: string }>(
        `SELECT omschrijving AS o FROM wijziging WHERE omschrijving LIKE 'Samengevoegd%'`,
      )?.o;
    expect(regel).toMatch(/^Samengevoegd: 1 wijziging uit kopie\.tafelwerk\b.*, 0 conflicten beslist$/);
    // The token is used up: applying twice is refused.
    const nogmaals = (await w.invoke('samenvoegen.toepassen', {
      token: v.token,
      keuzes: {},
    })) as Result<unknown>;
    expect(nogmaals.ok || nogmaals.error.message).toBe(
      'Deze samenvoeging is verlopen; kies de kopie opnieuw.',
    );
  });

  test('the open file itself, and another werkgroep, are refused in Dutch', async () => {
    const w = await ipcWerkgroep();
    w.session.dialogs.chooseFileToOpen = async () => w.path;
    const zelf = (await w.invoke('samenvoegen.kiezen', {})) as Result<unknown>;
    expect(zelf.ok || zelf.error.message).toBe(
      'Dit is het bestand dat al open is. Kies een kopie van een collega.',
    );

    const ander = await ipcWerkgroep();
    w.session.dialogs.chooseFileToOpen = async () => ander.path;
    await ander.session.shutdown();
    const vreemd = (await w.invoke('samenvoegen.kiezen', {})) as Result<unknown>;
    expect(vreemd.ok).toBe(false);
    expect(vreemd.ok || vreemd.error.message).toMatch(/andere werkgroep/i);
  });

  test('cancelling forgets the copy: its token no longer applies', async () => {
    const w = await ipcWerkgroep();
    const kopie = await kopieMetWijziging(w, '0113 000 000');
    w.session.dialogs.chooseFileToOpen = async () => kopie;
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
    await w.data('samenvoegen.annuleren', { token: v.token });
    const r = (await w.invoke('samenvoegen.toepassen', { token: v.token, keuzes: {} })) as Result<unknown>;
    expect(r.ok).toBe(false);
  });

  test('a protected copy: asked for, wrong passphrases refused with the growing wait and nothing written, the right one merges', async () => {
    const w = await ipcWerkgroep();
    const { kopie } = await beveiligdeKopie(w, '0113 999 999');
    w.session.dialogs.chooseFileToOpen = async () => kopie;
    await w.session.requireFile().settled();
    const voor = await readFile(w.path);
    const kopieVoor = await readFile(kopie);

    const nodig = await fout(w, 'samenvoegen.kiezen', {});
    expect(nodig).toEqual({
      code: 'WACHTWOORD_NODIG',
      message: '“kopie.tafelwerk” is beveiligd met een wachtwoord.',
    });

    vi.useFakeTimers({ toFake: ['Date'] });
    const begin = new Date('2026-11-23T10:00:00Z').getTime();
    vi.setSystemTime(begin);
    // Two typos cost nothing; the third adds a wait, as when opening a protected file.
    expect((await fout(w, 'samenvoegen.ontgrendelen', { wachtwoord: 'fout een' })).message).toBe(
      'Het wachtwoord klopt niet.',
    );
    expect((await fout(w, 'samenvoegen.ontgrendelen', { herstelcode: 'AAAA-BBBB' })).message).toBe(
      'De herstelcode klopt niet.',
    );
    expect((await fout(w, 'samenvoegen.ontgrendelen', { wachtwoord: 'fout drie' })).message).toBe(
      'Het wachtwoord klopt niet. Probeer het over 1 seconde opnieuw.',
    );
    // Within the wait even the right passphrase is not tried.
    expect(await fout(w, 'samenvoegen.ontgrendelen', { wachtwoord: WACHTWOORD_KOPIE })).toEqual({
      code: 'TE_VEEL_POGINGEN',
      message:
        'Er is te vaak een onjuist wachtwoord of onjuiste herstelcode ingevuld. Probeer het over 1 seconde opnieuw.',
    });
    // The same record as opening the copy itself: the copy's own path counts three failures.
    expect(w.session.pogingen.tijden(kopie)).toHaveLength(3);
    expect(w.session.pogingen.resterend(w.path)).toBe(0);
    // Nothing was written: not the open file, not the copy.
    await w.session.requireFile().settled();
    expect((await readFile(w.path)).equals(voor)).toBe(true);
    expect((await readFile(kopie)).equals(kopieVoor)).toBe(true);

    vi.setSystemTime(begin + 1000);
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.ontgrendelen', { wachtwoord: WACHTWOORD_KOPIE });
    expect(v.naam).toBe('kopie.tafelwerk');
    expect(v.binnenkomend).toEqual([{ gebied: 'Organisaties', aantal: 1 }]);
    // The preview still writes nothing; the copy waits under main's token, not under its passphrase.
    expect(JSON.stringify(v)).not.toContain(WACHTWOORD_KOPIE);
    expect((await readFile(w.path)).equals(voor)).toBe(true);
    // Unlocked once: a second unlock without choosing the copy again is refused.
    expect((await fout(w, 'samenvoegen.ontgrendelen', { wachtwoord: WACHTWOORD_KOPIE })).code).toBe(
      'NIET_GEVONDEN',
    );

    const r = await w.data<SamenvoegVerslag>('samenvoegen.toepassen', { token: v.token, keuzes: {} });
    expect(r.aantal).toBe(1);
    const telefoon = w.session
      .requireFile()
      .db.get<{ t: string }>('SELECT telefoon AS t FROM organisatie WHERE id = ?', [w.zorg])?.t;
    expect(telefoon).toBe('0113 999 999');
    expect((await readFile(kopie)).equals(kopieVoor)).toBe(true);
  });

  test('a protected copy opens for the merge with its recovery code too', async () => {
    const w = await ipcWerkgroep();
    const { kopie, herstelcode } = await beveiligdeKopie(w, '0113 888 888');
    w.session.dialogs.chooseFileToOpen = async () => kopie;
    expect((await fout(w, 'samenvoegen.ontgrendelen', { herstelcode })).code).toBe('NIET_GEVONDEN');
    expect((await fout(w, 'samenvoegen.kiezen', {})).code).toBe('WACHTWOORD_NODIG');
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.ontgrendelen', { herstelcode });
    expect(v.binnenkomend).toEqual([{ gebied: 'Organisaties', aantal: 1 }]);
  });
});
