import { notifications } from '@mantine/notifications';

/** The error notices shown and not yet hidden by this module (notify.ts adds each). */
const fouten = new Set<string>();

export function onthoudFout(id: string): void {
  fouten.add(id);
}

/**
 * Hides the error notices still shown. Called when another file opens (api/client.ts): an error
 * about the previous file stayed over the next one's pages until closed by hand, and read as if it
 * were about the file now open. A separate module, so the client does not import notify.ts,
 * which imports the client.
 */
export function wisFouten(): void {
  for (const id of fouten) notifications.hide(id);
  fouten.clear();
}
