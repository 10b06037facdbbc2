import type { Opdracht } from '../../../shared/opdrachten';

const IS_MAC = /Mac/.test(navigator.userAgent);

/** How a command's shortcut is shown: "Ctrl+N", or "⌘N" on macOS. */
export const sneltoetsTekst = (o: Opdracht): string | null =>
  o.toets ? (IS_MAC ? `⌘${o.toets}` : `Ctrl+${o.toets}`) : null;

/** The shortcut as Mantine's useHotkeys reads it ("mod" is Cmd on macOS, Ctrl elsewhere). */
export const sneltoetsVoorHotkeys = (o: Opdracht): string | null =>
  o.toets ? `mod+${o.toets.toLowerCase()}` : null;
