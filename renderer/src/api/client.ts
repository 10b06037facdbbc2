import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/api/contract';
import type { AppError, Result } from '../../../shared/api/result';

/** A failed call, carrying the Dutch message from main. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** Calls one channel and unwraps the Result envelope. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const [area, verb] = channel.split('.') as [string, string];
  const group = (
    window.api as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<unknown>>>>
  )[area];
  const fn = group?.[verb];
  if (!fn)
    throw new ApiError({
      code: 'ONBEKEND_KANAAL',
      message: 'Tafelwerk is niet goed gestart: de verbinding ontbreekt.',
    });
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data as OutputOf<C>;
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

/** A mutation over a write channel; afterwards every query is refreshed (data and save state). */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [channel],
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSettled: () => client.invalidateQueries(),
  });
}
