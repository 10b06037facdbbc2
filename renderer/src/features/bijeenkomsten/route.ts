/** The tabs of a meeting's page, in the order they are shown. */
export const BIJEENKOMST_TABS = ['agenda', 'aanwezigen', 'besluiten', 'acties'] as const;
export type BijeenkomstTab = (typeof BIJEENKOMST_TABS)[number];

/** Where a meeting's path points: the meeting, the tab (agenda when none), and a besluit or action to show. */
export interface BijeenkomstRoute {
  id: string;
  tab: BijeenkomstTab;
  /** The besluit or action the link was about: scrolled into view and highlighted. */
  doel: string | null;
}

/** Reads `<id>`, `<id>/<tab>` or `<id>/<tab>/<besluit or action>`; an unknown tab is the agenda. */
export function leesBijeenkomstPad(pad: string): BijeenkomstRoute {
  const [id = '', tab = '', doel = ''] = pad.split('/');
  const bekend = (BIJEENKOMST_TABS as readonly string[]).includes(tab);
  return { id, tab: bekend ? (tab as BijeenkomstTab) : 'agenda', doel: bekend && doel ? doel : null };
}

/** The hash of a meeting, optionally at a tab and a besluit or action on it. */
export function bijeenkomstHref(id: string, tab?: BijeenkomstTab, doel?: string | null): string {
  return `#/${bijeenkomstPad(id, tab, doel)}`;
}

/** The same as a path for `gaNaar`. */
export function bijeenkomstPad(id: string, tab?: BijeenkomstTab, doel?: string | null): string {
  return ['bijeenkomsten', id, tab, tab && doel].filter(Boolean).join('/');
}
