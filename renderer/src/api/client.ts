import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { kanaalVan } from '../../../shared/api/client';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/api/contract';
import type { AppError } from '../../../shared/api/result';
import { wisFouten } from '../app/foutmeldingen';
import { bewaarAllesNu, vergeetAlles } from '../app/typenBewaren';
import { legeStapel } from '../ongedaan/stapel';
import { maaktVerouderd } from './verversen';

/** A failed call, carrying the Dutch message from main. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/**
 * Commands after which another file (or none) is open. Text still being typed belongs to the file
 * open now, so it is saved first; once another file opened, the old file's forms are forgotten.
 * (Save as keeps the same data open, so its forms stay.)
 */
const WISSELT_BESTAND = new Set<ChannelName>([
  'document.nieuw',
  'document.openVoorbeeld',
  'document.openen',
  'document.openRecent',
  'document.sluiten',
  'document.vergrendelen',
  'document.ontgrendelen',
  'document.overnemen',
  'document.alleenLezen',
  'document.herladen',
]);

/** Calls one channel and unwraps the Result envelope. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const fn = kanaalVan(window.api, channel);
  if (!fn)
    throw new ApiError({
      code: 'ONBEKEND_KANAAL',
      message: 'Tafelwerk is niet goed gestart: de verbinding ontbreekt.',
    });
  if (WISSELT_BESTAND.has(channel) || channel === 'document.opslaanAls') await bewaarAllesNu();
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  // A cancelled Openen answers null: the same file stays open, with its forms.
  if (WISSELT_BESTAND.has(channel) && !(channel === 'document.openen' && result.data === null)) {
    vergeetAlles();
    // An undo of the old file's changes must not write into the one open now.
    legeStapel();
    wisFouten();
  }
  // Text a read-only file refused is sent again, now to the own copy that can keep it.
  if (channel === 'document.opslaanAls' && result.data !== null) void bewaarAllesNu();
  return result.data;
}

/**
 * A query over a read channel; refreshed after every change. `behoudVorige` keeps showing the
 * previous answer while a new input (a filter) loads, so the page does not jump; only for views
 * where old and new answers are of the same thing.
 */
export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: InputOf<C>,
  enabled = true,
  behoudVorige = false,
) {
  return useQuery({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    enabled,
    placeholderData: behoudVorige ? keepPreviousData : undefined,
  });
}

/** A mutation over a write channel; afterwards the queries it can touch are refreshed (`verversen.ts`). */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [channel],
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSettled: () =>
      client.invalidateQueries({ predicate: (q) => maaktVerouderd(channel, String(q.queryKey[0])) }),
  });
}
