import { notifications } from '@mantine/notifications';

export function toonFout(error: unknown): void {
  const message = error instanceof Error ? error.message : 'Er ging iets mis.';
  notifications.show({ color: 'red', title: 'Dat lukte niet', message, autoClose: 8000 });
}

export function toonMelding(message: string): void {
  notifications.show({ color: 'yellow', title: 'Let op', message, autoClose: false });
}

export function toonSucces(message: string): void {
  notifications.show({ color: 'tafel', message, autoClose: 3000 });
}

/** Callbacks for any "open a file" command: errors as notifications, and a recovery notice if any. */
export const naOpenen = {
  onError: toonFout,
  onSuccess: (result: { melding: string | null } | null) => {
    if (result?.melding) toonMelding(result.melding);
  },
};
