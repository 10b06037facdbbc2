import type { ChannelName } from '../../../shared/api/contract';

/**
 * Which queries a change makes stale. Changes to the data of the open file refresh the data
 * queries and the save state (`document.status`), never the session's own answers: `app.start`
 * (which stats every recent file), the recent list, the user's settings. Opening, closing, locking
 * a file or changing the session's settings refreshes everything. Data areas are not narrowed
 * further on purpose: a leerlijn step changes SROI, the capacity board and the dashboard too, and a
 * missed refresh shows a wrong figure; one refresh of a local file is cheap.
 */
const SESSIE = new Set(['app', 'document', 'beveiliging', 'instellingen', 'import']);

export function maaktVerouderd(wijziging: ChannelName | string, query: string): boolean {
  const gebied = wijziging.split('.')[0] ?? '';
  if (SESSIE.has(gebied)) return true;
  const queryGebied = query.split('.')[0] ?? '';
  return !SESSIE.has(queryGebied) || query === 'document.status';
}
