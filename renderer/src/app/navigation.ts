/** The areas of the app, in menu order. `gereed` marks the ones that are built. */
export interface Area {
  pad: string;
  label: string;
  gereed: boolean;
  /** What the area will do, said plainly while it is not built yet. */
  komt: string;
}

export const AREAS: readonly Area[] = [
  { pad: 'dashboard', label: 'Dashboard', gereed: true, komt: '' },
  {
    pad: 'planning',
    label: 'Planning',
    gereed: true,
    komt: 'het plan van aanpak met fasen en activiteiten per maand (Gantt), en de export naar Excel',
  },
  {
    pad: 'bijeenkomsten',
    label: 'Bijeenkomsten',
    gereed: true,
    komt: 'bijeenkomsten met agenda, besluitenlijst en actielijst, en de volgende bijeenkomst voorbereid uit actuele gegevens',
  },
  {
    pad: 'inventarisatie',
    label: 'Inventarisatie',
    gereed: true,
    komt: 'inventarisatierondes onder organisaties, met een Excel-formulier dat ingevuld terugkomt, en een overzicht van de uitkomsten',
  },
  {
    pad: 'kandidaten',
    label: 'Kandidaten',
    gereed: true,
    komt: 'kandidaten met persoonlijk plan, leerlijn, participatieladder en uitstroom, privacy voorop',
  },
  {
    pad: 'groepen',
    label: 'Groepen',
    gereed: true,
    komt: 'groepen van vijf à zes kandidaten met de organisaties die hen begeleiden',
  },
  {
    pad: 'capaciteit',
    label: 'Capaciteit',
    gereed: true,
    komt: 'het capaciteitsbord (aangeboden tegen benodigde plaatsen) en de aanbestedingskalender',
  },
  {
    pad: 'organisaties',
    label: 'Organisaties',
    gereed: true,
    komt: 'gemeenten, zorgaanbieders en andere partners, met contactgegevens, contracten en capaciteit',
  },
  {
    pad: 'sroi',
    label: 'SROI',
    gereed: true,
    komt: 'de SROI-verplichting per contract en de waardering van de inzet met de menukaart en de bouwblokkentabel',
  },
  {
    pad: 'evaluatie',
    label: 'Evaluatie',
    gereed: true,
    komt: 'monitoring, geleerde lessen en het evaluatieverslag voor de Fysieke Overlegtafel',
  },
  { pad: 'instellingen', label: 'Instellingen', gereed: true, komt: '' },
];

export const findArea = (pad: string) => AREAS.find((a) => a.pad === pad) ?? AREAS[0];
