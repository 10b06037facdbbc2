import { Center, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { OpenResult } from '../../../shared/domain/types';
import { zetVerschuiving } from '../../../shared/klok';
import { useApiQuery } from '../api/client';
import { OntgrendelDialoog, OntgrendelPage } from '../features/beveiliging/Ontgrendelen';
import { useVergrendelen } from '../features/beveiliging/useVergrendelen';
import { useVergrendelNaInactiviteit } from '../features/beveiliging/useVergrendelNaInactiviteit';
import { VerplichtNieuwWachtwoordDialoog } from '../features/beveiliging/VerplichtNieuwWachtwoordDialoog';
import { useWachtwoordGevraagd } from '../features/beveiliging/wachtwoordNodig';
import { GewijzigdOpSchijfDialoog } from '../features/samenwerken/GewijzigdOpSchijfDialoog';
import { InGebruikDialoog } from '../features/samenwerken/InGebruikDialoog';
import { WelkomPage } from '../features/welkom/WelkomPage';
import { Opdrachten } from '../opdrachten/Opdrachten';
import { toonMelding } from './notify';
import { Shell } from './Shell';
import { SleepInlezen } from './SleepInlezen';
import { StartFout } from './StartFout';

/**
 * Starts the session (reopening the last file) and shows the welcome screen, the unlock screen for
 * a protected file that waits for its passphrase, or the app. Every change refreshes app.start and
 * document.status, so what main says decides which of them shows.
 */
export function App() {
  const start = useApiQuery('app.start', {});
  const document = useApiQuery('document.status', {}, start.isSuccess);
  const instellingen = useApiQuery('instellingen.ophalen', {}, start.isSuccess);
  const open = document.data ?? null;
  const shown = useRef(false);
  const [gevraagd, wisVraag] = useWachtwoordGevraagd(open !== null);
  const [nieuwWachtwoordNodig, setNieuwWachtwoordNodig] = useState(false);
  const { vergrendel } = useVergrendelen();
  useVergrendelNaInactiviteit(
    open?.beveiligd === true,
    instellingen.data?.vergrendelNaMinuten ?? 0,
    vergrendel,
  );

  useEffect(() => {
    if (start.data?.melding && !shown.current) {
      shown.current = true;
      toonMelding(start.data.melding);
    }
  }, [start.data]);

  useEffect(() => {
    const naam = document.data?.bestandsnaam;
    window.document.title = naam ? `${naam} — Tafelwerk` : 'Tafelwerk';
  }, [document.data?.bestandsnaam]);

  // Locked (by hand or by the timer) before choosing: the next unlock asks again if need be.
  useEffect(() => {
    if (!open) setNieuwWachtwoordNodig(false);
  }, [open]);

  const naOntgrendelen = (result: OpenResult) => {
    wisVraag();
    if (result.viaHerstelcode) setNieuwWachtwoordNodig(true);
  };

  // One clock: the renderer reads "today" as main does (main's clock is shifted only in tests).
  if (start.data) zetVerschuiving(start.data.klokVerschuivingMs);

  if (start.isError) return <StartFout error={start.error} />;
  if (start.isPending || document.isPending) {
    return (
      <Center h="100vh" component="main">
        <Loader aria-label="Tafelwerk wordt geladen" />
      </Center>
    );
  }
  if (!open) {
    const wachtend = start.data.vergrendeld;
    return (
      <Opdrachten document={null}>
        {wachtend ? <OntgrendelPage naam={wachtend} onGeopend={naOntgrendelen} /> : <WelkomPage />}
        <InGebruikDialoog />
        <SleepInlezen document={null} />
      </Opdrachten>
    );
  }
  return (
    <Opdrachten document={open}>
      <Shell document={open} />
      <InGebruikDialoog />
      <SleepInlezen document={open} />
      <GewijzigdOpSchijfDialoog document={open} />
      {gevraagd && <OntgrendelDialoog melding={gevraagd} onClose={wisVraag} onGeopend={naOntgrendelen} />}
      <VerplichtNieuwWachtwoordDialoog
        opened={nieuwWachtwoordNodig}
        onKlaar={() => setNieuwWachtwoordNodig(false)}
      />
    </Opdrachten>
  );
}
