import { type HotkeyItem, useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { OPDRACHTEN, type Opdracht, type OpdrachtId } from '../../../shared/opdrachten';
import type { VoerUit } from './opdrachtContext';
import { sneltoetsVoorHotkeys } from './sneltoets';

const sneltoetsen = (voerUit: VoerUit, ookInTekstveld: boolean): HotkeyItem[] =>
  (OPDRACHTEN as readonly Opdracht[]).flatMap((o) => {
    const toets = sneltoetsVoorHotkeys(o);
    if (!toets || (o.ookInTekstveld === true) !== ookInTekstveld) return [];
    return [[toets, () => voerUit(o.id as OpdrachtId), { preventDefault: true }] satisfies HotkeyItem];
  });

/** No fields are skipped for a shortcut that types nothing (Ctrl+K); the rest leave fields alone. */
const NERGENS: string[] = [];

/**
 * The keyboard shortcuts of the command list, and the native menu's commands.
 *
 * In Electron the native menu carries the same shortcuts as accelerators and sends its commands
 * through the preload's `window.opdrachten`; the page then listens for no keys itself, so one key
 * press never runs a command twice. In the browser host there is no native menu and the page
 * handles the keys. Ctrl+N and Ctrl+O leave text fields alone (a form in progress should not be
 * covered by another dialog mid-word); Ctrl+K opens the palette from anywhere.
 */
export function useSneltoetsen(voerUit: VoerUit): void {
  const brug = window.opdrachten;
  useHotkeys(brug ? [] : sneltoetsen(voerUit, true), NERGENS);
  useHotkeys(brug ? [] : sneltoetsen(voerUit, false));
  useEffect(() => window.opdrachten?.opOpdracht(voerUit), [voerUit]);
}
