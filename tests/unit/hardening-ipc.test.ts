import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createHandlers } from '../../electron/main/ipc/handlers';
import {
  type IpcMainLike,
  isTrustedSenderFrame,
  registerIpc,
  type SenderFrame,
} from '../../electron/main/ipc/registry';
import { Session } from '../../electron/main/services/session';
import { isTrustedRendererUrl } from '../../electron/main/window-options';
import type { Result } from '../../shared/api/result';
import { dialogen } from './helpers/dialogs';
import { tempDir } from './helpers/temp';

type Listener = Parameters<IpcMainLike['handle']>[1];

const TRUSTED = 'file:///opt/Tafelwerk/resources/app.asar/out/renderer/index.html';
const trustedUrl = (url: string | undefined) => isTrustedRendererUrl(url, undefined, TRUSTED);

describe('isTrustedSenderFrame', () => {
  const top = { url: TRUSTED, parent: null };
  test.each([
    ['the top frame of our renderer', top, true],
    ['a fake without parent (older tests)', { url: TRUSTED }, true],
    ['a subframe, even at our own URL', { url: TRUSTED, parent: top }, false],
    ['a subframe elsewhere', { url: 'https://evil.example/', parent: top }, false],
    ['another top-level page', { url: 'https://evil.example/', parent: null }, false],
    ['a destroyed frame (null)', null, false],
    ['no frame at all', undefined, false],
  ])('%s → %s', (_, frame, expected) => {
    expect(isTrustedSenderFrame(frame as SenderFrame | null | undefined, trustedUrl)).toBe(expected);
  });
});

async function setup() {
  const root = await tempDir();
  const session = await Session.create({ userData: join(root, 'userData'), dialogs: dialogen() });
  const handlers = createHandlers(session);
  const listeners = new Map<string, Listener>();
  registerIpc(
    {
      handle(channel, listener) {
        listeners.set(channel, listener);
      },
    },
    handlers,
    trustedUrl,
  );
  const invokeFrom = async (senderFrame: SenderFrame | null, channel: string, input: unknown) =>
    (await listeners.get(channel)?.({ senderFrame }, input)) as Result<unknown>;
  return { session, handlers, invokeFrom };
}

describe('registerIpc: sender frame and schema checks before any handler runs', () => {
  test('a subframe of the trusted page is refused and the handler never runs', async () => {
    const { session, handlers, invokeFrom } = await setup();
    const spy = vi.spyOn(handlers, 'instellingen.bijwerken');
    const top = { url: TRUSTED, parent: null };
    const result = await invokeFrom({ url: TRUSTED, parent: top }, 'instellingen.bijwerken', {
      gebruikersnaam: 'Indringer',
    });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/geweigerd/) } });
    expect(spy).not.toHaveBeenCalled();
    expect(session.settings.gebruiker.gebruikersnaam).toBe('');

    expect(await invokeFrom(top, 'instellingen.bijwerken', { gebruikersnaam: 'Anne' })).toMatchObject({
      ok: true,
      data: { gebruikersnaam: 'Anne' },
    });
    expect(spy).toHaveBeenCalledTimes(1);
    await session.shutdown();
  });

  test.each([
    ['an unknown key', { gebruikersnaam: 'Anne', isAdmin: true }],
    ['a wrong type', { gebruikersnaam: 12 }],
    ['a prototype key', JSON.parse('{"gebruikersnaam":"Anne","__proto__":{"x":1}}')],
    ['an array', ['Anne']],
    ['a string', 'Anne'],
  ])('%s is refused with ONGELDIGE_INVOER and never reaches the handler', async (_, input) => {
    const { session, handlers, invokeFrom } = await setup();
    const spy = vi.spyOn(handlers, 'instellingen.bijwerken');
    const result = await invokeFrom({ url: TRUSTED, parent: null }, 'instellingen.bijwerken', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'ONGELDIGE_INVOER' } });
    expect(spy).not.toHaveBeenCalled();
    expect(session.settings.gebruiker.gebruikersnaam).toBe('');
    await session.shutdown();
  });
});
