import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Dialogs, Session } from '../../electron/main/services/session';
import { VOORBEELD_NAAM } from '../../electron/main/services/voorbeeld';
import { lockPath } from '../../electron/main/store/lock';
import { countRecords, getWerkgroep } from '../../electron/main/store/repositories/werkgroep';
import { OOSTERSCHELDEREGIO } from '../../shared/domain/regios';
import { klokVerschuiving } from '../../shared/klok';
import { geenVerkenner } from './helpers/dialogs';
import { exists, openRaw, scalar, tempDir } from './helpers/temp';

/** Dialogs that answer with whatever the test put in them, and remember what they were asked. */
function fakeDialogs() {
  const asked: { open: number; save: string[] } = { open: 0, save: [] };
  const answers: { open: string | null; save: string | null } = { open: null, save: null };
  const dialogs: Dialogs = {
    chooseSpreadsheetToOpen: async () => null,
    chooseSpreadsheetSaveLocation: async () => null,
    chooseSpreadsheetsToOpen: async () => [],
    chooseFolder: async () => null,
    vraagBijOpslagfout: async () => 'toch_sluiten',
    verkenner: geenVerkenner,
    async chooseFileToOpen() {
      asked.open++;
      return answers.open;
    },
    async chooseSaveLocation(suggested) {
      asked.save.push(suggested);
      return answers.save;
    },
  };
  return { dialogs, asked, answers };
}

async function newSession(userData?: string) {
  const dir = userData ?? join(await tempDir(), 'userData');
  const fake = fakeDialogs();
  const session = await Session.create({
    userData: dir,
    dialogs: fake.dialogs,
    file: { backupIntervalMs: 0 },
  });
  return { session, userData: dir, ...fake };
}

const settingsOf = async (userData: string) =>
  JSON.parse(await fs.readFile(join(userData, 'instellingen.json'), 'utf8'));

describe('Session', () => {
  test('start() without settings opens nothing', async () => {
    const { session } = await newSession();
    const state = await session.start();
    expect(state).toEqual({
      document: null,
      recent: [],
      instellingen: { gebruikersnaam: '', vergrendelNaMinuten: 0 },
      melding: null,
      vergrendeld: null,
      klokVerschuivingMs: klokVerschuiving(),
    });
    expect(() => session.requireFile()).toThrow(expect.objectContaining({ code: 'GEEN_BESTAND_OPEN' }));
  });

  test('openVoorbeeld creates the example file with gemeenten, groups, candidates, planning and meetings', async () => {
    const { session } = await newSession();
    const { document, melding } = await session.openVoorbeeld();
    expect(melding).toBeNull();
    expect(document.werkgroepNaam).toBe(VOORBEELD_NAAM);
    expect(document.map).toBe(session.werkgroepenMap);
    expect(document.opslagstatus).toBe('opgeslagen');

    const file = session.requireFile();
    const tellingen = countRecords(file.db);
    expect(tellingen.gemeenten).toBe(OOSTERSCHELDEREGIO.gemeenten.length);
    expect(tellingen.gemeenten).toBe(7);
    expect(tellingen.groepen).toBe(2);
    expect(tellingen.kandidaten).toBeGreaterThan(0);
    expect(tellingen.planningactiviteiten).toBeGreaterThan(0);
    expect(tellingen.bijeenkomsten).toBeGreaterThan(0);
    expect(tellingen.besluiten).toBeGreaterThan(0);
    expect(tellingen.openActiepunten).toBeLessThanOrEqual(tellingen.actiepunten);

    // The same numbers are on disk.
    const raw = await openRaw(file.path);
    expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat WHERE deleted_at IS NULL')).toBe(tellingen.kandidaten);
    expect(scalar(raw, 'SELECT COUNT(*) FROM bijeenkomst')).toBe(tellingen.bijeenkomsten);
    raw.close();

    // Opening it again keeps the user's explorations instead of recreating it.
    await file.write((db) => db.insert('groep', { naam: 'Eigen groep' }));
    await session.sluiten();
    await session.openVoorbeeld();
    expect(countRecords(session.requireFile().db).groepen).toBe(3);
    await session.shutdown();
  });

  test('a new Session on the same userData reopens the last file in start()', async () => {
    const first = await newSession();
    await first.session.nieuw({ naam: 'Werkgroep Blijvend', regio: 'Elders' });
    const path = first.session.requireFile().path;
    await first.session.shutdown();
    expect(await exists(lockPath(path))).toBe(false);

    const second = await newSession(first.userData);
    const state = await second.session.start();
    expect(state.melding).toBeNull();
    expect(state.document?.werkgroepNaam).toBe('Werkgroep Blijvend');
    expect(state.document?.bestandsnaam).toBe(basename(path));
    expect(state.recent).toHaveLength(1);
    expect(state.recent[0]).toMatchObject({
      bestandsnaam: basename(path),
      map: dirname(path),
      bestaat: true,
    });
    expect(second.session.requireFile().path).toBe(path);
    await second.session.shutdown();
  });

  test('start() with a last file that has gone missing says so and forgets it as last file', async () => {
    const first = await newSession();
    await first.session.nieuw({ naam: 'Verdwijnt', regio: 'Elders' });
    const path = first.session.requireFile().path;
    await first.session.shutdown();
    await fs.rm(path);

    const second = await newSession(first.userData);
    const state = await second.session.start();
    expect(state.document).toBeNull();
    expect(state.melding).toMatch(/kon niet worden geopend/);
    expect(state.recent[0]).toMatchObject({ bestandsnaam: basename(path), bestaat: false });
    expect((await settingsOf(first.userData)).laatsteBestand).toBeNull();
  });

  test('nieuw() adds the gemeenten of a known region, and none for another region', async () => {
    const { session } = await newSession();
    await session.nieuw({ naam: 'Werkgroep Oost', regio: 'Oosterschelderegio' });
    const oost = session.requireFile();
    expect(countRecords(oost.db).gemeenten).toBe(OOSTERSCHELDEREGIO.gemeenten.length);
    const namen = oost.db
      .all<{ naam: string }>(`SELECT naam FROM organisatie WHERE soort = 'gemeente'`)
      .map((r) => r.naam);
    expect(namen).toEqual(expect.arrayContaining(OOSTERSCHELDEREGIO.gemeenten.map((g) => `Gemeente ${g}`)));

    await session.nieuw({ naam: 'Werkgroep West', regio: 'Westland' });
    const west = session.requireFile();
    expect(getWerkgroep(west.db)).toMatchObject({ naam: 'Werkgroep West', regio: 'Westland' });
    expect(countRecords(west.db).organisaties).toBe(0);
    // Adopting the new file closed the previous one.
    expect(await exists(lockPath(oost.path))).toBe(false);
    await session.shutdown();
  });

  test('nieuw() with a name that is taken picks a free file name and a name with unsafe characters is cleaned', async () => {
    const { session } = await newSession();
    const a = (await session.nieuw({ naam: 'Werkgroep', regio: 'X' })).document.bestandsnaam;
    const b = (await session.nieuw({ naam: 'Werkgroep', regio: 'X' })).document.bestandsnaam;
    const c = (await session.nieuw({ naam: 'A/B: "test"?', regio: 'X' })).document;
    expect(a).toBe('Werkgroep.tafelwerk');
    expect(b).toBe('Werkgroep (2).tafelwerk');
    expect(c.bestandsnaam).not.toMatch(/[/\\:"?]/);
    expect(c.map).toBe(session.werkgroepenMap);
    await session.shutdown();
  });

  test('openRecent with an unknown id fails with NIET_GEVONDEN', async () => {
    const { session } = await newSession();
    await expect(session.openRecent('0123456789abcdef')).rejects.toMatchObject({ code: 'NIET_GEVONDEN' });
  });

  test('openRecent with a known id and openen() via the dialog open that file', async () => {
    const { session, answers, asked } = await newSession();
    await session.nieuw({ naam: 'Eerste', regio: 'X' });
    const eerste = session.requireFile().path;
    await session.nieuw({ naam: 'Tweede', regio: 'X' });
    const recent = await session.settings.recent();
    const id = recent.find((r) => r.bestandsnaam === basename(eerste))?.id as string;
    expect((await session.openRecent(id)).document.werkgroepNaam).toBe('Eerste');

    expect(await session.openen()).toBeNull();
    expect(asked.open).toBe(1);
    expect(session.requireFile().path).toBe(eerste);
    answers.open = join(session.werkgroepenMap, 'Tweede.tafelwerk');
    expect((await session.openen())?.document.werkgroepNaam).toBe('Tweede');
    await session.shutdown();
  });

  test('opslaanAls saves to the path from the dialog and continues there', async () => {
    const { session, answers, asked, userData } = await newSession();
    await session.nieuw({ naam: 'Origineel', regio: 'X' });
    const oud = session.requireFile().path;

    // Cancelled dialog: nothing happens.
    expect(await session.opslaanAls()).toBeNull();
    expect(asked.save).toEqual([oud]);
    expect(session.requireFile().path).toBe(oud);

    const doel = join(dirname(userData), 'Elders', 'Kopie');
    await fs.mkdir(dirname(doel), { recursive: true });
    answers.save = doel;
    const info = await session.opslaanAls();
    expect(info).toMatchObject({
      bestandsnaam: 'Kopie.tafelwerk',
      map: dirname(doel),
      werkgroepNaam: 'Origineel',
    });
    expect(session.requireFile().path).toBe(`${doel}.tafelwerk`);
    expect(await exists(`${doel}.tafelwerk`)).toBe(true);
    expect(await exists(lockPath(oud))).toBe(false);
    expect((await settingsOf(userData)).laatsteBestand).toBe(`${doel}.tafelwerk`);
    expect((await session.settings.recent())[0]?.bestandsnaam).toBe('Kopie.tafelwerk');
    await session.shutdown();
  });

  test('opslaanAls without an open file fails with GEEN_BESTAND_OPEN', async () => {
    const { session } = await newSession();
    await expect(session.opslaanAls()).rejects.toMatchObject({ code: 'GEEN_BESTAND_OPEN' });
  });

  test('sluiten closes the file and clears the last file, so the next launch starts empty', async () => {
    const first = await newSession();
    await first.session.nieuw({ naam: 'Dicht', regio: 'X' });
    const path = first.session.requireFile().path;
    expect(await first.session.sluiten()).toBeNull();
    expect(first.session.documentInfo()).toBeNull();
    expect(await exists(lockPath(path))).toBe(false);
    expect((await settingsOf(first.userData)).laatsteBestand).toBeNull();

    const second = await newSession(first.userData);
    const state = await second.session.start();
    expect(state.document).toBeNull();
    expect(state.recent.map((r) => r.bestandsnaam)).toEqual([basename(path)]);
  });
});
