import { basename } from 'node:path';
import type { SaveStatus } from '../store/werkgroep-file';

/** What the user chose when a change could not be saved before closing. */
export type KeuzeBijOpslagfout = 'elders' | 'opnieuw' | 'toch_sluiten';

/** The question, in Dutch; the Electron dialog (dialogs.ts) shows it with three buttons. */
export interface OpslagfoutVraag {
  titel: string;
  melding: string;
  toelichting: string;
  knoppen: Record<KeuzeBijOpslagfout, string>;
}

/** The part of an open file that closing needs (WerkgroepFile). */
export interface TeSluitenBestand {
  readonly path: string;
  readonly saveStatus: SaveStatus;
  readonly wissenWacht: boolean;
  opslaanVoorSluiten(): Promise<boolean>;
  saveAs(path: string): Promise<void>;
}

export function opslagfoutVraag(file: TeSluitenBestand, extraFout: string | null): OpslagfoutVraag {
  const fout = extraFout ?? file.saveStatus.error;
  return {
    titel: 'Wijzigingen niet opgeslagen',
    melding: file.wissenWacht
      ? `Een verwijdering in ${basename(file.path)} staat nog niet op schijf: het bestand of een reservekopie bevat de verwijderde gegevens nog.`
      : `De laatste wijzigingen in ${basename(file.path)} staan nog niet op schijf.`,
    toelichting: [
      fout,
      'Elders opslaan: bewaar alles in een ander bestand, bijvoorbeeld op uw eigen computer.',
      'Opnieuw proberen: bijvoorbeeld nadat de netwerkmap weer bereikbaar is.',
      file.wissenWacht
        ? 'Toch sluiten: wijzigingen sinds de laatste opslag gaan verloren; de verwijdering wordt afgemaakt zodra u het bestand op deze computer weer opent.'
        : 'Toch sluiten: wijzigingen sinds de laatste opslag gaan verloren.',
    ]
      .filter(Boolean)
      .join('\n\n'),
    knoppen: { elders: 'Elders opslaan…', opnieuw: 'Opnieuw proberen', toch_sluiten: 'Toch sluiten' },
  };
}

/**
 * Before a file is closed (closing it, opening another, locking it, quitting): while a change or
 * an erasure is not on disk, the user decides: save elsewhere, try again, or close anyway. Never
 * silently: a failing save used to end in a close that dropped the change. Resolves when closing
 * may go ahead.
 */
export async function vraagVoorSluiten(
  file: TeSluitenBestand,
  vraag: (v: OpslagfoutVraag) => Promise<KeuzeBijOpslagfout>,
  kiesPad: (voorstel: string) => Promise<string | null>,
): Promise<KeuzeBijOpslagfout[]> {
  const gekozen: KeuzeBijOpslagfout[] = [];
  let extraFout: string | null = null;
  while (!(await file.opslaanVoorSluiten())) {
    const keuze = await vraag(opslagfoutVraag(file, extraFout));
    gekozen.push(keuze);
    extraFout = null;
    if (keuze === 'toch_sluiten') break;
    if (keuze !== 'elders') continue;
    const pad = await kiesPad(file.path);
    if (pad)
      await file.saveAs(pad).catch((e: unknown) => {
        extraFout = (e as Error).message;
      });
  }
  return gekozen;
}
