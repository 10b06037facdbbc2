/** The areas of the app, in menu order. */
export interface Area {
  pad: string;
  label: string;
}

export const AREAS: readonly Area[] = [
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

export const findArea = (pad: string) => AREAS.find((a) => a.pad === pad) ?? AREAS[0];
