/** The areas of the app, in menu order. */
export interface Gebied {
  pad: string;
  label: string;
}

export const GEBIEDEN: readonly Gebied[] = [
  { pad: 'dashboard', label: 'Dashboard' },
  {
    pad: 'planning',
    label: 'Planning',
  },
  {
    pad: 'bijeenkomsten',
    label: 'Bijeenkomsten',
  },
  {
    pad: 'inventarisatie',
    label: 'Inventarisatie',
  },
  {
    pad: 'kandidaten',
    label: 'Kandidaten',
  },
  {
    pad: 'groepen',
    label: 'Groepen',
  },
  {
    pad: 'capaciteit',
    label: 'Capaciteit',
  },
  {
    pad: 'organisaties',
    label: 'Organisaties',
  },
  {
    pad: 'sroi',
    label: 'SROI',
  },
  {
    pad: 'evaluatie',
    label: 'Evaluatie',
  },
  { pad: 'instellingen', label: 'Instellingen' },
];

export const zoekGebied = (pad: string) => GEBIEDEN.find((a) => a.pad === pad) ?? GEBIEDEN[0];
