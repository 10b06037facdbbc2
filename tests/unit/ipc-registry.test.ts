import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { type IpcMainLike, invokeChannel, registerIpc } from '../../electron/main/ipc/registry';
import { Session } from '../../electron/main/services/session';
import { isTrustedRendererUrl } from '../../electron/main/window-options';
import { buildApi } from '../../shared/api/client';
import { contract, KANAALNAMEN } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { dialogen } from './helpers/dialogs';
import { DUTCH_ONLY } from './helpers/nederlands';
import { openRaw, scalar, tempDir } from './helpers/temp';

type Listener = Parameters<IpcMainLike['handle']>[1];

const TRUSTED = 'file:///opt/Tafelwerk/resources/app.asar/out/renderer/index.html';

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const calls: string[] = [];
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      calls.push(channel);
      listeners.set(channel, listener);
    },
  };
  /** What the renderer's ipcRenderer.invoke would get back. */
  const invokeFrom = async (senderFrame: { url: string } | null, channel: string, input: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return (await listener({ senderFrame }, input)) as Result<unknown>;
  };
  const invoke = (channel: string, input: unknown) => invokeFrom({ url: TRUSTED }, channel, input);
  return { ipcMain, calls, invoke, invokeFrom };
}

async function setup() {
  const root = await tempDir();
  const session = await Session.create({
    userData: join(root, 'userData'),
    dialogs: dialogen(),
  });
  const handlers = createHandlers(session);
  const ipc = fakeIpcMain();
  const names = registerIpc(ipc.ipcMain, handlers, (url) => isTrustedRendererUrl(url, undefined, TRUSTED));
  return { session, handlers, names, ...ipc };
}

describe('registerIpc', () => {
  test('registers exactly the contract channels, each handled by the map of its own area', async () => {
    const { calls, names, session } = await setup();
    expect(new Set(calls).size).toBe(calls.length);
    expect([...calls].sort()).toEqual(Object.keys(contract).sort());
    expect([...calls].sort()).toEqual([...KANAALNAMEN].sort());
    expect([...names].sort()).toEqual([...calls].sort());
    await session.shutdown();
  });

  test.each([
    ['empty name', { naam: '', regio: 'Regio' }, /Vul de naam van de werkgroep in\./],
    ['blank name', { naam: '   ', regio: 'Regio' }, /Vul de naam van de werkgroep in\./],
    ['missing region', { naam: 'Naam' }, /Regio ontbreekt/],
    ['too long', { naam: 'x'.repeat(121), regio: 'Regio' }, /te lang/],
    ['extra keys', { naam: 'Naam', regio: 'Regio', pad: '/etc/passwd' }, /pad/],
    ['a number', 42, /ongeldig/i],
    ['an array', [], /ongeldig/i],
    ['a string', 'naam', /ongeldig/i],
  ])(
    'werkgroep.bijwerken with %s → ONGELDIGE_INVOER in Dutch, nothing changes',
    async (_, input, message) => {
      const { invoke, session } = await setup();
      await session.nieuw({ naam: 'Ongewijzigd', regio: 'Regio' });
      const result = await invoke('werkgroep.bijwerken', input);
      expect(result).toEqual({
        ok: false,
        error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(message) },
      });
      if (!result.ok) expect(result.error.message).toMatch(DUTCH_ONLY);
      const after = await invoke('werkgroep.ophalen', {});
      expect(after).toMatchObject({ ok: true, data: { naam: 'Ongewijzigd' } });
      await session.shutdown();
    },
  );

  test('other channels validate too: extra keys on an empty input, a malformed recent id, a wrong type', async () => {
    const { invoke, session } = await setup();
    for (const [channel, input] of [
      ['app.start', { iets: 1 }],
      ['document.openRecent', { id: '../../geheim' }],
      ['document.recentVergeten', {}],
      ['instellingen.bijwerken', { gebruikersnaam: 12 }],
    ] as const) {
      const result = await invoke(channel, input);
      expect({ channel, result }).toEqual({
        channel,
        result: {
          ok: false,
          error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(DUTCH_ONLY) },
        },
      });
    }
    await session.shutdown();
  });

  test('a call from an untrusted frame is refused without running the handler', async () => {
    const root = await tempDir();
    const session = await Session.create({
      userData: join(root, 'userData'),
      dialogs: dialogen(),
    });
    const handlers = createHandlers(session);
    const spy = vi.spyOn(handlers, 'instellingen.bijwerken');
    const ipc = fakeIpcMain();
    registerIpc(ipc.ipcMain, handlers, (url) => isTrustedRendererUrl(url, undefined, TRUSTED));

    const frames = [{ url: 'https://evil.example' }, { url: 'http://localhost:5173/' }, { url: '' }, null];
    for (const frame of frames) {
      const result = await ipc.invokeFrom(frame, 'instellingen.bijwerken', { gebruikersnaam: 'Indringer' });
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/geweigerd/) } });
    }
    expect(spy).not.toHaveBeenCalled();
    expect(session.settings.gebruiker.gebruikersnaam).toBe('');

    const ok = await ipc.invoke('instellingen.bijwerken', { gebruikersnaam: 'Anne' });
    expect(ok).toEqual({ ok: true, data: { gebruikersnaam: 'Anne', vergrendelNaMinuten: 0 } });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('channels that need a file answer GEEN_BESTAND_OPEN when none is open', async () => {
    const { invoke } = await setup();
    for (const channel of ['werkgroep.ophalen', 'werkgroep.tellingen', 'document.opslaanAls'] as const) {
      const result = await invoke(channel, {});
      expect({ channel, result }).toMatchObject({
        channel,
        result: {
          ok: false,
          error: { code: 'GEEN_BESTAND_OPEN', message: expect.stringMatching(/geen werkgroepbestand/) },
        },
      });
    }
    const bijwerken = await invoke('werkgroep.bijwerken', { naam: 'X', regio: 'Y' });
    expect(bijwerken).toMatchObject({ ok: false, error: { code: 'GEEN_BESTAND_OPEN' } });
    expect(await invoke('document.status', {})).toEqual({ ok: true, data: null });
  });

  test('a valid werkgroep.bijwerken is saved to disk with a change record', async () => {
    const { invoke, session } = await setup();
    await invoke('instellingen.bijwerken', { gebruikersnaam: 'Secretaris' });
    const opened = await invoke('document.nieuw', { naam: 'Voor', regio: 'Oosterschelderegio' });
    expect(opened).toMatchObject({
      ok: true,
      data: { document: { werkgroepNaam: 'Voor', opslagstatus: 'opgeslagen' } },
    });
    const path = session.requireFile().path;

    const result = await invoke('werkgroep.bijwerken', { naam: '  Na  ', regio: 'Zeeland' });
    expect(result).toMatchObject({ ok: true, data: { naam: 'Na', regio: 'Zeeland' } });

    // While still open: the save has landed on disk.
    const raw = await openRaw(path);
    expect(scalar(raw, 'SELECT naam FROM werkgroep')).toBe('Na');
    expect(scalar(raw, 'SELECT regio FROM werkgroep')).toBe('Zeeland');
    expect(scalar(raw, `SELECT auteur FROM wijziging WHERE soort = 'werkgroep'`)).toBe('Secretaris');
    raw.close();

    await invoke('document.sluiten', {});
    const reopened = await Session.create({
      userData: join(path, '..', '..', 'userData-2'),
      dialogs: dialogen({ chooseFileToOpen: async () => path }),
    });
    const { document } = (await reopened.openen()) ?? {};
    expect(document?.werkgroepNaam).toBe('Na');
    await reopened.shutdown();
  });
});

describe('invokeChannel', () => {
  test('an unknown channel answers ONBEKEND_KANAAL', async () => {
    const { handlers, session } = await setup();
    for (const channel of ['bestaat.niet', 'toString', '__proto__', 'constructor']) {
      const result = await invokeChannel(handlers, channel, {});
      expect({ channel, result }).toMatchObject({
        channel,
        result: { ok: false, error: { code: 'ONBEKEND_KANAAL' } },
      });
    }
    const result = await invokeChannel(handlers, 'x'.repeat(500), {});
    expect(result.ok ? '' : result.error.message.length).toBeLessThan(100);
    await session.shutdown();
  });

  test('an unexpected error becomes INTERNE_FOUT without leaking details', async () => {
    const { handlers, session } = await setup();
    const broken = {
      ...handlers,
      'document.recent': () => {
        throw new Error('SQLITE_IOERR at /home/geheim/pad');
      },
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await invokeChannel(broken, 'document.recent', undefined);
    quiet.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNE_FOUT' } });
    expect(JSON.stringify(result)).not.toMatch(/geheim|SQLITE/);
    await session.shutdown();
  });
});

describe('buildApi', () => {
  test('builds area.verb functions that call the transport with the channel name', async () => {
    const sent: [string, unknown][] = [];
    const api = buildApi(KANAALNAMEN, async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, data: channel };
    });
    expect(await api.werkgroep.bijwerken({ naam: 'A', regio: 'B' })).toEqual({
      ok: true,
      data: 'werkgroep.bijwerken',
    });
    await api.document.openRecent({ id: 'abc' });
    await api.app.start(undefined as never);
    expect(sent).toEqual([
      ['werkgroep.bijwerken', { naam: 'A', regio: 'B' }],
      ['document.openRecent', { id: 'abc' }],
      ['app.start', {}],
    ]);

    const built = Object.entries(api).flatMap(([area, verbs]) =>
      Object.keys(verbs).map((verb) => `${area}.${verb}`),
    );
    expect(built.sort()).toEqual([...KANAALNAMEN].sort());
  });
});
