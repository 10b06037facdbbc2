import { useEffect } from 'react';

/** The DOM id of a besluit's or action's row, which a link to it scrolls to. */
export const rijId = (id: string) => `rij-${id}`;

/**
 * Scrolls the row of `doel` (a besluit or action reached by a link) to the middle of the screen,
 * once it is there; runs after the app frame's scroll to the top of a new page.
 */
export function useInBeeld(doel: string | null): void {
  useEffect(() => {
    if (doel) document.getElementById(rijId(doel))?.scrollIntoView({ block: 'center' });
  }, [doel]);
}

/** A highlighted row's background: light, so every text colour on it keeps its contrast. */
export const GEMARKEERD = 'yellow.1';
