import { type ChannelName, contract } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/api/result';
import { AppFault } from '../errors';
import type { Handlers } from './handlers';

const isChannel = (name: string): name is ChannelName => Object.hasOwn(contract, name);

/**
 * One entry point for every call from the renderer: look up the channel, validate the input with
 * its zod schema, run the handler, and wrap the outcome in a Result. Nothing is thrown across.
 */
export async function invokeChannel(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return fail('ONBEKEND_KANAAL', `Onbekende opdracht: ${String(channel).slice(0, 60)}.`);
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join(' ');
    return fail('ONGELDIGE_INVOER', message || 'De invoer is ongeldig.');
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok((await handler(parsed.data)) ?? null);
  } catch (error) {
    if (error instanceof AppFault) return fail(error.code, error.message);
    // Unexpected: log for IT, show a plain message. Never echo internals (paths, SQL) to the screen.
    console.error(`[tafelwerk] ${channel}:`, error);
    return fail(
      'INTERNE_FOUT',
      'Er ging iets onverwachts mis. Probeer het opnieuw; blijft het misgaan, herstart Tafelwerk.',
    );
  }
}

/** The part of Electron's ipcMain we use; a fake in unit tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame?: { url: string } | null }, input: unknown) => unknown,
  ): void;
}

/**
 * Registers every contract channel. `isTrustedSender` rejects calls from any frame that is
 * not our own renderer (e.g. after an unexpected navigation).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: string | undefined) => boolean,
): ChannelName[] {
  const names = Object.keys(contract) as ChannelName[];
  for (const name of names) {
    ipcMain.handle(name, (event, input) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return fail('ONGELDIGE_INVOER', 'Deze opdracht komt niet van het Tafelwerk-venster en is geweigerd.');
      }
      return invokeChannel(handlers, name, input);
    });
  }
  return names;
}
