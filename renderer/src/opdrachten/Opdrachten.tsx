import { spotlight } from '@mantine/spotlight';
import { type ReactNode, useCallback, useState } from 'react';
import type { DocumentInfo } from '../../../shared/domain/types';
import {
  isOpdrachtId,
  isVanToepassing,
  OPDRACHTEN,
  type OpdrachtId,
  opdrachtStaat,
  recentPlek,
  type VasteOpdrachtId,
} from '../../../shared/opdrachten';
import { call, useApiMutation } from '../api/client';
import { naOpenen, toonFout, toonSucces } from '../app/notify';
import { gaNaar } from '../app/useHashRoute';
import { useVergrendelen } from '../features/beveiliging/useVergrendelen';
import { BijeenkomstFormulier } from '../features/bijeenkomsten/BijeenkomstFormulier';
import { FoPakketDialoog } from '../features/evaluatie/FoPakketDialoog';
import { KopieVoorLidDialoog } from '../features/samenwerken/KopieVoorLidDialoog';
import { SamenvoegenDialoog } from '../features/samenwerken/SamenvoegenDialoog';
import { NieuweWerkgroepDialoog } from '../features/welkom/NieuweWerkgroepDialoog';
import { OpdrachtContext } from './opdrachtContext';
import { Palet } from './Palet';
import { useSneltoetsen } from './useSneltoetsen';

type Dialoog = 'nieuw' | 'bijeenkomst' | 'foPakket' | 'samenvoegen' | 'kopieVoorLid' | null;

/**
 * What every command does, for the in-app menu, the palette, the shortcuts and the native menu
 * alike; the dialogs the commands open live here, once. `document` is the open werkgroep (null on
 * the welcome and unlock screens, where only the commands that make sense then run).
 */
export function Opdrachten({ document, children }: { document: DocumentInfo | null; children: ReactNode }) {
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  const openen = useApiMutation('document.openen');
  const openRecent = useApiMutation('document.openRecent');
  const voorbeeld = useApiMutation('document.openVoorbeeld');
  const opslaanAls = useApiMutation('document.opslaanAls');
  const sluiten = useApiMutation('document.sluiten');
  const aanDeSlag = useApiMutation('werkgroep.aanDeSlagVerbergen');
  const { vergrendel } = useVergrendelen();
  const staat = opdrachtStaat(document);

  const doe: Record<VasteOpdrachtId, () => void> = {
    nieuw: () => setDialoog('nieuw'),
    openen: () => openen.mutate({}, naOpenen),
    opslaanAls: () =>
      opslaanAls.mutate(
        {},
        { onError: toonFout, onSuccess: (doc) => doc && toonSucces(`Opgeslagen als ${doc.bestandsnaam}`) },
      ),
    samenvoegen: () => setDialoog('samenvoegen'),
    kopieVoorLid: () => setDialoog('kopieVoorLid'),
    voorbeeld: () => voorbeeld.mutate({}, naOpenen),
    vergrendelen: vergrendel,
    sluiten: () => sluiten.mutate({}, { onError: toonFout }),
    palet: () => spotlight.open(),
    nieuweBijeenkomst: () => setDialoog('bijeenkomst'),
    foPakket: () => setDialoog('foPakket'),
    aanDeSlag: () =>
      aanDeSlag.mutate(
        { verborgen: false },
        {
          onError: toonFout,
          onSuccess: () => gaNaar('dashboard'),
        },
      ),
  };

  // The native menu sends a recent file by its place in main's list: read the list now and open
  // that file by id, as the welcome screen does.
  const openRecentePlek = async (plek: number) => {
    const recent = await call('document.recent', {}).catch(() => []);
    const bestand = recent[plek - 1];
    if (bestand?.bestaat) openRecent.mutate({ id: bestand.id }, naOpenen);
  };

  const voerUit = (id: OpdrachtId) => {
    if (!isOpdrachtId(id)) return;
    const plek = recentPlek(id);
    if (plek !== null) return void openRecentePlek(plek);
    const opdracht = OPDRACHTEN.find((o) => o.id === id);
    // A shortcut or menu item for something that does not apply now (Opslaan als with no file open).
    if (opdracht && isVanToepassing(opdracht, staat)) doe[opdracht.id]();
  };
  // The latest closure, under a stable identity, so listeners are not re-added on every render.
  const [laatste] = useState<{ voerUit: typeof voerUit }>({ voerUit });
  laatste.voerUit = voerUit;
  const stabiel = useCallback((id: OpdrachtId) => laatste.voerUit(id), [laatste]);
  useSneltoetsen(stabiel);

  const sluitDialoog = () => setDialoog(null);
  return (
    <OpdrachtContext.Provider value={stabiel}>
      {children}
      <Palet document={document} />
      <NieuweWerkgroepDialoog opened={dialoog === 'nieuw'} onClose={sluitDialoog} />
      {document && (
        <>
          <BijeenkomstFormulier
            bijeenkomst={dialoog === 'bijeenkomst' ? null : undefined}
            onClose={sluitDialoog}
          />
          <FoPakketDialoog opened={dialoog === 'foPakket'} onClose={sluitDialoog} />
          <SamenvoegenDialoog opened={dialoog === 'samenvoegen'} onClose={sluitDialoog} />
          <KopieVoorLidDialoog opened={dialoog === 'kopieVoorLid'} onClose={sluitDialoog} />
        </>
      )}
    </OpdrachtContext.Provider>
  );
}
