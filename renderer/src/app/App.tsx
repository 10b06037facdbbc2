import { Center, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useApiQuery } from '../api/client';
import { WelkomPage } from '../features/welkom/WelkomPage';
import { toonMelding } from './notify';
import { Shell } from './Shell';
import { StartFout } from './StartFout';

/** Starts the session (reopening the last file) and shows either the welcome screen or the app. */
export function App() {
  const start = useApiQuery('app.start', {});
  const document = useApiQuery('document.status', {}, start.isSuccess);
  const shown = useRef(false);

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

  if (start.isError) return <StartFout error={start.error} />;
  if (start.isPending || document.isPending) {
    return (
      <Center h="100vh" component="main">
        <Loader aria-label="Tafelwerk wordt geladen" />
      </Center>
    );
  }
  if (!document.data) return <WelkomPage />;
  return <Shell document={document.data} />;
}
