import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/client';
import { toonFout } from '../../app/notify';

// What the shell needs to show the unlock screen; every other answer holds the werkgroep's data.
const BLIJFT = new Set(['app.start', 'document.status', 'instellingen.ophalen', 'document.recent']);

/**
 * Locks the open protected file: main saves, closes and forgets it. The werkgroep's data cached in
 * this window goes too, so nothing about the people in it stays in memory behind the unlock screen.
 */
export function useVergrendelen() {
  const client = useQueryClient();
  const vergrendelen = useApiMutation('document.vergrendelen');
  // mutateAsync, not mutate's callbacks: those are dropped when the caller (the Bestand menu)
  // unmounts, which it does as soon as the refreshed state shows the unlock screen.
  const vergrendel = () =>
    vergrendelen
      .mutateAsync({})
      .then(() => client.removeQueries({ predicate: (q) => !BLIJFT.has(String(q.queryKey[0])) }), toonFout);
  return { vergrendel, bezig: vergrendelen.isPending };
}
