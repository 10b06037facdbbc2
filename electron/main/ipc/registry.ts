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

/** The part of Electron's WebFrameMain we check: its URL, and its parent (null for the top frame). */
export interface SenderFrame {
  url: string;
  parent?: unknown;
}

/**
 * A call is accepted only from the top-level frame (subframes never get the preload, but a
 * frame that is not the page itself is refused regardless) whose URL is our own renderer.
 */
export function isTrustedSenderFrame(
  frame: SenderFrame | null | undefined,
  isTrustedSender: (url: string | undefined) => boolean,
): boolean {
  if (!frame) return false;
  // Electron's WebFrameMain.parent is null for the top frame and a frame otherwise; fakes in
  // older tests leave it out (undefined), which counts as top-level.
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isTrustedSender(frame.url);
}

/** The part of Electron's ipcMain we use; a fake in unit tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame?: SenderFrame | null }, input: unknown) => unknown,
  ): void;
}

/**
 * Registers every contract channel. `isTrustedSender` rejects calls from any frame that is
 * not our own renderer (e.g. after an unexpected navigation); calls from subframes are refused too.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: string | undefined) => boolean,
): ChannelName[] {
  const names = Object.keys(contract) as ChannelName[];
  for (const name of names) {
    ipcMain.handle(name, (event, input) => {
      if (!isTrustedSenderFrame(event.senderFrame, isTrustedSender)) {
        return fail('ONGELDIGE_INVOER', 'Deze opdracht komt niet van het Tafelwerk-venster en is geweigerd.');
      }
      return invokeChannel(handlers, name, input);
    });
  }
  return names;
}
