import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backupFolder } from '../../electron/main/store/backups';
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
});
