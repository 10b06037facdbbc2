import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName, InputOf } from '../../../shared/api/contract';
import type { HERSTELBAAR } from '../../../shared/api/schemas';
import { call } from '../api/client';
import { maaktVerouderd } from '../api/verversen';
import { toonFout, toonSucces } from '../app/notify';
import { heeftOngedaan, neem, voegToe } from './stapel';

let client: QueryClient | null = null;
let volgnummer = 0;
let bezig = false;

/** The query cache undo refreshes after its write; set by `useOngedaan` in the app frame. */
export function zetQueryClient(c: QueryClient | null): void {
  client = c;
}

/**
 * An undo's write: the same channel, validation, write queue and audit log as any change, then the
 * refresh a mutation would do (`useApiMutation` cannot be used: the page that made the change may be gone).
 */
export async function terugschrijven<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<void> {
  try {
    await call(channel, input);
  } finally {
    await client?.invalidateQueries({ predicate: (q) => maaktVerouderd(channel, String(q.queryKey[0])) });
  }
}

/**
 * Says what just happened with an *Ongedaan maken* button, and keeps the way back on the page's
 * stack (Ctrl+Z takes the newest). The notice closes by itself; Ctrl+Z still works after that.
 * `teruggezet` is what is said once the undo is done: the state that is back ("Actie X staat weer open.").
 */
export function meldMetOngedaan(melding: string, teruggezet: string, herstel: () => Promise<unknown>): void {
  volgnummer += 1;
  const id = `ongedaan-${volgnummer}`;
  voegToe({ id, melding, teruggezet, herstel });
  notifications.show({
    id,
    color: 'tafel',
    autoClose: 10_000,
    closeButtonProps: { 'aria-label': 'Melding sluiten' },
    message: (
      <Stack gap="xs" align="flex-start" data-testid="ongedaan-melding">
        <Text size="sm">{melding}</Text>
        <Button size="compact-sm" variant="default" onClick={() => void maakOngedaan(id)}>
          Ongedaan maken
        </Button>
      </Stack>
    ),
  });
}

/** Takes back one change (by its notice, or else the newest) and says so; one at a time. */
export async function maakOngedaan(id?: string): Promise<void> {
  if (bezig || !heeftOngedaan()) return;
  const item = neem(id);
  if (!item) return;
  bezig = true;
  notifications.hide(item.id);
  try {
    await item.herstel();
    toonSucces(item.teruggezet);
  } catch (e) {
    toonFout(e);
  } finally {
    bezig = false;
  }
}

type Herstelbaar = (typeof HERSTELBAAR)[number];

/**
 * After a delete whose record keeps its content under a tombstone: "<wat> verwijderd." with
 * *Ongedaan maken*, whose undo brings the record back (`werkgroep.herstellen`) and says "<wat> is
 * teruggezet.", then runs `daarna` for links the delete had to cut (activities that waited for a
 * deleted one, a meeting's actions). `wat` names the record as a sentence starts: `Besluit 4`.
 */
export function meldVerwijderd(
  wat: string,
  soort: Herstelbaar,
  id: string,
  daarna?: () => Promise<unknown>,
): void {
  meldMetOngedaan(`${wat} verwijderd.`, `${wat} is teruggezet.`, async () => {
    await terugschrijven('werkgroep.herstellen', { soort, id });
    await daarna?.();
  });
}
