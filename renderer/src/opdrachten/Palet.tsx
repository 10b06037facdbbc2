import { Kbd } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { useState } from 'react';
import type { DocumentInfo } from '../../../shared/domain/types';
import { opdrachtStaat } from '../../../shared/opdrachten';
import { useApiQuery } from '../api/client';
import { useVoerUit } from './opdrachtContext';
import { gegevensRegels, opdrachtRegels, paginaRegels, recenteRegels } from './paletRegels';

/** More would only make the list long: the user types on to narrow it. */
const HOOGSTENS = 40;

/**
 * The command palette (Ctrl+K): commands, recent files and pages at once; typing also finds
 * candidates (by code), organisations, meetings and groups. Without an open werkgroep it offers
 * only what makes sense then. The records are read only while the palette is open.
 */
export function Palet({ document }: { document: DocumentInfo | null }) {
  const voerUit = useVoerUit();
  const [open, setOpen] = useState(false);
  const [zoek, setZoek] = useState('');
  const staat = opdrachtStaat(document);
  const zoeken = open && staat.open && zoek.trim() !== '';
  const recent = useApiQuery('document.recent', {}, open);
  const kandidaten = useApiQuery('kandidaten.lijst', { metNamen: false }, zoeken);
  const organisaties = useApiQuery('organisaties.lijst', {}, zoeken);
  const bijeenkomsten = useApiQuery('bijeenkomsten.lijst', {}, zoeken);
  const groepen = useApiQuery('groepen.lijst', {}, zoeken);

  const regels = [
    ...opdrachtRegels(staat, voerUit),
    ...(staat.open ? paginaRegels() : []),
    ...recenteRegels(recent.data ?? [], voerUit),
    ...(zoeken
      ? gegevensRegels({
          kandidaten: kandidaten.data ?? [],
          organisaties: organisaties.data ?? [],
          bijeenkomsten: bijeenkomsten.data ?? [],
          groepen: groepen.data ?? [],
        })
      : []),
  ];

  return (
    <Spotlight
      actions={regels}
      // The shortcut is the command list's (useSneltoetsen, or the native menu in Electron).
      shortcut={null}
      query={zoek}
      onQueryChange={setZoek}
      onSpotlightOpen={() => setOpen(true)}
      onSpotlightClose={() => setOpen(false)}
      limit={HOOGSTENS}
      highlightQuery
      scrollable
      maxHeight={420}
      // Spotlight's dialog has no title of its own: a name for screen readers (and axe).
      attributes={{ content: { 'aria-label': 'Zoeken en opdrachten' } }}
      nothingFound={`Niets gevonden voor "${zoek.trim()}"`}
      searchProps={{
        placeholder: staat.open
          ? 'Zoek een pagina, opdracht, kandidaatcode, organisatie…'
          : 'Zoek een opdracht of recent bestand…',
        'aria-label': 'Zoekterm',
        rightSection: <Kbd size="xs">Esc</Kbd>,
      }}
    />
  );
}
