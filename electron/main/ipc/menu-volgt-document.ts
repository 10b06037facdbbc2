import type { ChannelName } from '../../../shared/api/contract';
import type { Handlers } from './handler-types';

/**
 * Channels after which the native menu can be out of date: they open, close, lock or protect a
 * file or change the recent files (`app.start` reopens the last file).
 */
export const raaktMenu = (kanaal: ChannelName): boolean =>
  kanaal === 'app.start' || kanaal.startsWith('document.') || kanaal.startsWith('beveiliging.');

/**
 * The same handlers, but after a call on a channel that can change what the native menu shows
 * (success or failure) `naWijziging` runs, so main rebuilds the menu from the new state.
 */
export function menuVolgtDocument(handlers: Handlers, naWijziging: () => void): Handlers {
  const gevolgd: Record<string, (input: never) => unknown> = { ...handlers };
  for (const kanaal of Object.keys(handlers) as ChannelName[]) {
    if (!raaktMenu(kanaal)) continue;
    const handler = handlers[kanaal] as (input: unknown) => unknown;
    gevolgd[kanaal] = async (input: unknown) => {
      try {
        return await handler(input);
      } finally {
        naWijziging();
      }
    };
  }
  return gevolgd as unknown as Handlers;
}
