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
