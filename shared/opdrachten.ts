/**
 * The app's commands, written once: the palette (Ctrl+K), the keyboard shortcuts, the in-app
 * Bestand menu and the native Bestand menu all read this list. What a command does lives in the
 * renderer (`renderer/src/opdrachten/`); main only sends an id from this list to the page.
 */

/**
 * When a command makes sense: always, with a werkgroep open, with a protected one open, or with a
 * full werkgroep open (not a member's copy without personal data).
 */
export type Wanneer = 'altijd' | 'metWerkgroep' | 'beveiligd' | 'volledig';

/** What decides which commands apply: is a werkgroep open, is it protected, is it a member's copy. */
export interface OpdrachtStaat {
  open: boolean;
  beveiligd: boolean;
  /** A member's copy without personal data is open (absent: no). */
  zonderPersoonsgegevens?: boolean;
}

export interface Opdracht {
  id: string;
  label: string;
  /** One line under the label in the palette: what the command does, for a user who does not know it yet. */
  uitleg: string;
  /** Words the palette also matches on. */
  trefwoorden?: string;
  /** The letter of the shortcut with Ctrl (Cmd on macOS). */
  toets?: string;
  /** The shortcut works while typing in a field too (it types nothing there). */
  ookInTekstveld?: boolean;
  wanneer: Wanneer;
  /** In the Bestand menus (in-app and native), in list order: above or below the recent files. */
  inBestandMenu?: 'boven' | 'onder';
}

export const OPDRACHTEN = [
  {
    id: 'nieuw',
    label: 'Nieuwe werkgroep…',
    uitleg: 'Begin een leeg werkgroepbestand voor uw regio.',
    toets: 'N',
    wanneer: 'altijd',
    inBestandMenu: 'boven',
  },
  {
    id: 'openen',
    label: 'Openen…',
    uitleg: 'Open een werkgroepbestand van deze computer of een gedeelde map.',
    trefwoorden: 'bestand',
    toets: 'O',
    wanneer: 'altijd',
    inBestandMenu: 'boven',
  },
  {
    id: 'opslaanAls',
    label: 'Opslaan als…',
    uitleg: 'Bewaar het werkgroepbestand ook onder een andere naam of op een andere plek.',
    trefwoorden: 'kopie bestand',
    wanneer: 'metWerkgroep',
    inBestandMenu: 'boven',
  },
  {
    id: 'samenvoegen',
    label: 'Samenvoegen met…',
    uitleg: 'Haal de wijzigingen uit de kopie van een collega binnen; u ziet eerst wat er verandert.',
    trefwoorden: 'kopie collega laptop',
    wanneer: 'metWerkgroep',
    inBestandMenu: 'boven',
  },
  {
    id: 'kopieVoorLid',
    label: 'Kopie voor een werkgroeplid…',
    uitleg: 'Een kopie zonder namen en andere persoonsgegevens, voor een lid dat die niet mag zien.',
    trefwoorden: 'zonder persoonsgegevens namen avg delen',
    // A copy is made from the full file; from a copy it would only repeat it (a trial saw it offered).
    wanneer: 'volledig',
    inBestandMenu: 'boven',
  },
  {
    id: 'voorbeeld',
    label: 'Voorbeeldwerkgroep openen',
    uitleg: 'Bekijk een ingevulde voorbeeldwerkgroep met verzonnen gegevens.',
    wanneer: 'altijd',
    inBestandMenu: 'boven',
  },
  {
    id: 'vergrendelen',
    label: 'Vergrendelen',
    uitleg: 'Sluit het beveiligde bestand af; openen kan weer met het wachtwoord.',
    trefwoorden: 'wachtwoord',
    wanneer: 'beveiligd',
    inBestandMenu: 'onder',
  },
  {
    id: 'sluiten',
    // Not just "Sluiten": in the palette that reads as closing the palette itself.
    label: 'Werkgroep sluiten',
    uitleg: 'Sluit het werkgroepbestand en ga terug naar het beginscherm.',
    trefwoorden: 'werkgroep bestand',
    wanneer: 'metWerkgroep',
    inBestandMenu: 'onder',
  },
  {
    id: 'palet',
    label: 'Zoeken en opdrachten…',
    uitleg: 'Zoek een pagina, een opdracht, een kandidaat op code, een organisatie of een bijeenkomst.',
    toets: 'K',
    ookInTekstveld: true,
    wanneer: 'altijd',
  },
  {
    id: 'nieuweBijeenkomst',
    label: 'Nieuwe bijeenkomst…',
    uitleg: 'Plan een bijeenkomst met datum, plaats en agenda.',
    trefwoorden: 'vergadering',
    wanneer: 'metWerkgroep',
  },
  {
    id: 'foPakket',
    label: 'FO-pakket maken…',
    uitleg: 'Maak het Excel-pakket voor de Fysieke Overlegtafel.',
    trefwoorden: 'evaluatie export',
    wanneer: 'metWerkgroep',
  },
  {
    id: 'aanDeSlag',
    label: 'Aan de slag tonen',
    uitleg: 'Toon de lijst met eerste stappen weer.',
    trefwoorden: 'beginnen lijst dashboard',
    // A member's copy has no list (setting up belongs to the original), and showing it again there
    // would also show it again for the original, which shares the werkgroep's id.
    wanneer: 'volledig',
  },
] as const satisfies readonly Opdracht[];

/** The one-way event from main's menu to the page; it carries only an id from this list. */
export const OPDRACHT_KANAAL = 'opdracht';

/** As many recent files as main remembers (user-settings.ts): `recent-1` opens the first. */
export const RECENT_PLEKKEN = 10;

export type VasteOpdrachtId = (typeof OPDRACHTEN)[number]['id'];
export type RecentOpdrachtId = `recent-${number}`;
export type OpdrachtId = VasteOpdrachtId | RecentOpdrachtId;

const VASTE_IDS: ReadonlySet<string> = new Set(OPDRACHTEN.map((o) => o.id));

/** The id of the command that opens the n-th recent file (1-based), or null past the list. */
export function recentOpdracht(plek: number): RecentOpdrachtId | null {
  return Number.isInteger(plek) && plek >= 1 && plek <= RECENT_PLEKKEN ? `recent-${plek}` : null;
}

/** The 1-based place of a recent-file command, or null for any other command. */
export function recentPlek(id: OpdrachtId): number | null {
  const m = /^recent-([1-9][0-9]?)$/.exec(id);
  return m && recentOpdracht(Number(m[1])) ? Number(m[1]) : null;
}

/**
 * True only for an id from the fixed list (a command or a recent-file place): what crosses from
 * main to the page is checked on both sides, so nothing else can reach the renderer's handlers.
 */
export function isOpdrachtId(waarde: unknown): waarde is OpdrachtId {
  if (typeof waarde !== 'string') return false;
  return VASTE_IDS.has(waarde) || recentPlek(waarde as OpdrachtId) !== null;
}

export const opdracht = (id: VasteOpdrachtId): Opdracht => OPDRACHTEN.find((o) => o.id === id) as Opdracht;

/** The Bestand menu's commands above or below its recent files. */
export const bestandOpdrachten = (plek: 'boven' | 'onder'): readonly Opdracht[] =>
  (OPDRACHTEN as readonly Opdracht[]).filter((o) => o.inBestandMenu === plek);

/** The state for the commands from the open document, or null on the welcome screen. */
export const opdrachtStaat = (
  document: { beveiligd: boolean; zonderPersoonsgegevens: boolean } | null,
): OpdrachtStaat => ({
  open: document !== null,
  beveiligd: document?.beveiligd === true,
  zonderPersoonsgegevens: document?.zonderPersoonsgegevens === true,
});

/** Whether a command applies in the current state (no werkgroep open, open, protected, a member's copy). */
export function isVanToepassing(o: Opdracht, staat: OpdrachtStaat): boolean {
  if (o.wanneer === 'altijd') return true;
  if (o.wanneer === 'metWerkgroep') return staat.open;
  if (o.wanneer === 'volledig') return staat.open && staat.zonderPersoonsgegevens !== true;
  return staat.open && staat.beveiligd;
}

/** The Electron accelerator of a command's shortcut (CmdOrCtrl, so Cmd on macOS). */
export const versneller = (o: Opdracht): string | undefined => (o.toets ? `CmdOrCtrl+${o.toets}` : undefined);

/**
 * `window.opdrachten`: present only in Electron, where the native menu sends its commands. The
 * callback gets a checked command id and nothing else; the returned function stops listening.
 */
export interface OpdrachtBrug {
  opOpdracht(luister: (id: OpdrachtId) => void): () => void;
}
