import { notifications } from '@mantine/notifications';

/** A change that can be taken back: what the notice said, and the write that undoes it. */
export interface Ongedaan {
  /** The notice's id, so taking the change back (or forgetting it) also closes its notice. */
  id: string;
  /** What happened, as the notice said it: "Besluit 4 verwijderd." */
  melding: string;
  /**
   * What the undo did, said after it: "Besluit 4 is teruggezet." Its own sentence, as "Ongedaan
   * gemaakt: besluit 4 verwijderd." read as if the undo had deleted it.
   */
  teruggezet: string;
  herstel: () => Promise<unknown>;
}

/**
 * The changes of the open page, newest last. Kept outside React (like typenBewaren.ts), so the
 * notice's button and Ctrl+Z still work after the component that made the change is gone (a
 * deleted meeting's page), and so the api client can forget them when another file opens.
 */
let stapel: Ongedaan[] = [];

export function voegToe(item: Ongedaan): void {
  stapel.push(item);
}

/** Takes one change off the stack: the one with this id, or else the newest. */
export function neem(id?: string): Ongedaan | undefined {
  const i = id ? stapel.findIndex((o) => o.id === id) : stapel.length - 1;
  if (i < 0) return undefined;
  const [item] = stapel.splice(i, 1);
  return item;
}

export function heeftOngedaan(): boolean {
  return stapel.length > 0;
}

/**
 * Forgets every change, on page change and on file change: an undo must never write into a page the
 * user no longer sees, or into another file. Their notices go too, so no button is left that does nothing.
 */
export function legeStapel(): void {
  for (const o of stapel) notifications.hide(o.id);
  stapel = [];
}
