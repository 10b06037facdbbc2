import type { SpotlightActionData, SpotlightActionGroupData } from '@mantine/spotlight';
import type { Bijeenkomst } from '../../../shared/domain/bijeenkomsten';
import type { Groep, KandidaatRegel } from '../../../shared/domain/kandidaten';
import { type Organisatie, SOORT_LABEL } from '../../../shared/domain/organisaties';
import type { RecentFile } from '../../../shared/domain/types';
import {
  isVanToepassing,
  OPDRACHTEN,
  type Opdracht,
  type OpdrachtId,
  type OpdrachtStaat,
  recentOpdracht,
} from '../../../shared/opdrachten';
import { GEBIEDEN } from '../app/navigation';
import { gaNaar } from '../app/useHashRoute';
import { bijeenkomstNaam } from '../features/bijeenkomsten/weergave';
import type { VoerUit } from './opdrachtContext';
import { sneltoetsTekst } from './sneltoets';

const groep = (naam: string, actions: SpotlightActionData[]): SpotlightActionGroupData[] =>
  actions.length ? [{ group: naam, actions }] : [];

/** The commands that apply now (the palette itself left out), with their shortcut shown. */
export function opdrachtRegels(staat: OpdrachtStaat, voerUit: VoerUit): SpotlightActionGroupData[] {
  const regels = (OPDRACHTEN as readonly Opdracht[])
    .filter((o) => o.id !== 'palet' && isVanToepassing(o, staat))
    .map((o) => ({
      id: `opdracht-${o.id}`,
      label: o.label,
      description: o.uitleg,
      keywords: o.trefwoorden,
      rightSection: sneltoetsTekst(o),
      onClick: () => voerUit(o.id as OpdrachtId),
    }));
  return groep('Opdrachten', regels);
}

/** Recent files that still exist, opened the way the menus open them (by their place in the list). */
export function recenteRegels(recent: readonly RecentFile[], voerUit: VoerUit): SpotlightActionGroupData[] {
  const regels = recent.flatMap((r, index) => {
    const id = recentOpdracht(index + 1);
    return r.bestaat && id
      ? [{ id: `recent-${r.id}`, label: r.bestandsnaam, description: r.map, onClick: () => voerUit(id) }]
      : [];
  });
  return groep('Recente bestanden', regels);
}

export const paginaRegels = (): SpotlightActionGroupData[] =>
  groep(
    "Pagina's",
    GEBIEDEN.map((g) => ({ id: `pagina-${g.pad}`, label: g.label, onClick: () => gaNaar(g.pad) })),
  );

export interface Gegevens {
  kandidaten: readonly KandidaatRegel[];
  organisaties: readonly Organisatie[];
  bijeenkomsten: readonly Bijeenkomst[];
  groepen: readonly Groep[];
}

/**
 * The werkgroep's records. A candidate is found by code only: names stay out of the palette, as
 * they stay out of every list until the user turns on "Namen tonen" there.
 */
export function gegevensRegels(g: Gegevens): SpotlightActionGroupData[] {
  return [
    ...groep(
      'Kandidaten',
      g.kandidaten.map((k) => ({
        id: `kandidaat-${k.id}`,
        label: k.code,
        description: k.groep ? `Kandidaat · ${k.groep}` : 'Kandidaat',
        onClick: () => gaNaar(`kandidaten/${encodeURIComponent(k.id)}`),
      })),
    ),
    ...groep(
      'Organisaties',
      g.organisaties.map((o) => ({
        id: `organisatie-${o.id}`,
        label: o.naam,
        description: SOORT_LABEL[o.soort],
        onClick: () => gaNaar(`organisaties/${encodeURIComponent(o.id)}`),
      })),
    ),
    ...groep(
      'Bijeenkomsten',
      g.bijeenkomsten.map((b) => ({
        id: `bijeenkomst-${b.id}`,
        label: bijeenkomstNaam(b),
        onClick: () => gaNaar(`bijeenkomsten/${encodeURIComponent(b.id)}`),
      })),
    ),
    ...groep(
      'Groepen',
      g.groepen.map((gr) => ({
        id: `groep-${gr.id}`,
        label: gr.naam,
        description: 'Groep',
        onClick: () => gaNaar(`groepen/${encodeURIComponent(gr.id)}`),
      })),
    ),
  ];
}
