import { useApiQuery } from '../../api/client';

/**
 * True in a copy made for a werkgroep member without personal data: it has no names to show and
 * refuses new candidates, so pages leave out what would only lead to an empty switch or a refusal.
 */
export function useZonderPersoonsgegevens(): boolean {
  return useApiQuery('document.status', {}).data?.zonderPersoonsgegevens === true;
}
