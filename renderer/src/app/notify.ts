import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { onthoudFout } from './foutmeldingen';

// Mantine's close button has no text of its own; screen readers need a name for it.
const sluiten = { closeButtonProps: { 'aria-label': 'Melding sluiten' } };

// An error stays until the user closes it: its message says what to do next, and a long one
// (a refused import names the cell and the fix) cannot be read in a few seconds.
export function toonFout(error: unknown): void {
  const message = error instanceof Error ? error.message : 'Er ging iets mis.';
  // In a read-only file every change gets the same answer: one notice, not one per keystroke.
  const vast = error instanceof ApiError && error.error.code === 'ALLEEN_LEZEN' ? 'alleen-lezen' : undefined;
  const id = notifications.show({
    ...sluiten,
    id: vast,
    color: 'red',
    title: 'Dat lukte niet',
    message,
    autoClose: false,
  });
  onthoudFout(id);
}

export function toonMelding(message: string): void {
  notifications.show({ ...sluiten, color: 'yellow', title: 'Let op', message, autoClose: false });
}

export function toonSucces(message: ReactNode): void {
  notifications.show({ ...sluiten, color: 'tafel', message, autoClose: 3000 });
}

/** Refusals an open command answers with a dialog of its own (unlock, file in use), not a notice. */
const EIGEN_DIALOOG = new Set(['WACHTWOORD_NODIG', 'BESTAND_IN_GEBRUIK']);

/**
 * Callbacks for any "open a file" command: errors as notifications, and a recovery notice if any.
 * A protected file is no error: main keeps it waiting and the unlock dialog asks for the passphrase.
 * Nor is a file someone else has open: the in-use dialog asks whether to take it over.
 */
export const naOpenen = {
  onError: (error: unknown) => {
    if (!(error instanceof ApiError && EIGEN_DIALOOG.has(error.error.code))) toonFout(error);
  },
  onSuccess: (result: { melding: string | null } | null) => {
    if (result?.melding) toonMelding(result.melding);
  },
};
