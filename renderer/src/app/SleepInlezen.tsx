import { Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { GesleeptVoorbeeld } from '../../../shared/domain/import';
import type { DocumentInfo } from '../../../shared/domain/types';
import { call } from '../api/client';
import { InleesDialoog } from '../features/inventarisatie/InleesDialoog';
import { KandidatenImportDialoog } from '../features/kandidaten/excel/KandidatenImportDialoog';
import { ImportDialoog } from '../features/organisaties/ImportDialoog';
import { leesBytes, sleeptBestanden, weigeringVan } from './gesleeptBestanden';
import { toonFout, toonMelding } from './notify';
import './SleepInlezen.css';

const GEEN_WERKGROEP =
  'Open eerst een werkgroep. Daarna kunt u een organisatielijst, kandidatenlijst of ingevulde formulieren ' +
  'in het venster neerzetten om ze in te lezen.';

/**
 * Excel files dropped anywhere on the window: a drop zone while dragging, then the preview of the
 * import main recognised (organisation list, candidate list, returned forms). Nothing is stored
 * until the preview is confirmed; the menu items remain the way for keyboard and screen reader.
 */
export function SleepInlezen({ document }: { document: DocumentInfo | null }) {
  const [boven, setBoven] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [gesleept, setGesleept] = useState<GesleeptVoorbeeld | null>(null);
  const diepte = useRef(0);
  const open = document !== null;

  useEffect(() => {
    const binnen = (e: DragEvent) => {
      if (!sleeptBestanden(e)) return;
      e.preventDefault();
      diepte.current++;
      if (open) setBoven(true);
    };
    const erover = (e: DragEvent) => {
      if (!sleeptBestanden(e)) return;
      // Without this the drop is the browser's: it would try to show the file instead.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = open ? 'copy' : 'none';
    };
    const weg = (e: DragEvent) => {
      if (!sleeptBestanden(e)) return;
      diepte.current = Math.max(0, diepte.current - 1);
      if (diepte.current === 0) setBoven(false);
    };
    const los = (e: DragEvent) => {
      if (!sleeptBestanden(e)) return;
      e.preventDefault();
      diepte.current = 0;
      setBoven(false);
      if (!open) {
        toonMelding(GEEN_WERKGROEP);
        return;
      }
      void leesIn(Array.from(e.dataTransfer?.files ?? []));
    };
    const leesIn = async (bestanden: File[]) => {
      const weigering = weigeringVan(bestanden);
      if (weigering) {
        toonFout(new Error(weigering));
        return;
      }
      setBezig(true);
      try {
        setGesleept(await call('import.slepen', { bestanden: await leesBytes(bestanden) }));
      } catch (err) {
        toonFout(err);
      } finally {
        setBezig(false);
      }
    };
    window.addEventListener('dragenter', binnen);
    window.addEventListener('dragover', erover);
    window.addEventListener('dragleave', weg);
    window.addEventListener('drop', los);
    return () => {
      window.removeEventListener('dragenter', binnen);
      window.removeEventListener('dragover', erover);
      window.removeEventListener('dragleave', weg);
      window.removeEventListener('drop', los);
    };
  }, [open]);

  const sluiten = () => setGesleept(null);
  return (
    <>
      {(boven || bezig) && open && <Sleepvlak bezig={bezig} />}
      {gesleept?.soort === 'organisaties' && (
        <ImportDialoog voorbeeld={gesleept.voorbeeld} onClose={sluiten} />
      )}
      {gesleept?.soort === 'kandidaten' && (
        <KandidatenImportDialoog voorbeeld={gesleept.voorbeeld} onClose={sluiten} />
      )}
      {gesleept?.soort === 'formulieren' && (
        <InleesDialoog voorbeeld={gesleept.voorbeeld} onClose={sluiten} />
      )}
    </>
  );
}

/** The visible drop zone over the whole window; announced, and never in the way of the drop. */
function Sleepvlak({ bezig }: { bezig: boolean }) {
  return (
    <div className="sleepvlak" role="status" aria-live="polite" data-testid="sleepvlak">
      <Stack align="center" gap="xs" className="sleepvlak-kader">
        {bezig && <Loader aria-hidden />}
        <Text fw={700} size="xl">
          {bezig ? 'Bezig met lezen…' : 'Laat los om in te lezen'}
        </Text>
        <Text>Een organisatielijst, een kandidatenlijst of ingevulde inventarisatieformulieren (.xlsx).</Text>
        <Text size="sm">
          U ziet eerst wat er wordt ingelezen; er wordt niets opgeslagen voordat u bevestigt.
        </Text>
      </Stack>
    </div>
  );
}
