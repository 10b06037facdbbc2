import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call, useApiMutation } from '../../api/client';
import { metBestandsnaam } from '../../app/exportGelukt';
import { toonFout, toonSucces } from '../../app/notify';

/** How often the export's progress is asked: quick enough to move smoothly, cheap for main. */
const ELKE_MS = 250;

/**
 * Starts the FO-pakket in main and follows its progress until the file is written or failed.
 * Main does the work in the background so the window stays responsive while the workbook grows.
 */
export function useFoPakket(evaluatieId: string) {
  const starten = useApiMutation('evaluatie.foPakket');
  const [taak, setTaak] = useState<string | null>(null);
  const voortgang = useQuery({
    queryKey: ['evaluatie.foPakketVoortgang', taak],
    queryFn: () => call('evaluatie.foPakketVoortgang', { taak: taak ?? '' }),
    enabled: taak !== null,
    refetchInterval: ELKE_MS,
    gcTime: 0,
  });

  const klaar = voortgang.data?.pad ?? null;
  const fout = voortgang.data?.fout ?? (voortgang.isError ? voortgang.error.message : null);
  useEffect(() => {
    if (!taak) return;
    if (klaar) toonSucces(metBestandsnaam('Het FO-pakket is opgeslagen als', klaar));
    else if (fout) toonFout(new Error(fout));
    else return;
    setTaak(null);
  }, [taak, klaar, fout]);

  const maak = () =>
    starten.mutate(
      { evaluatieId },
      // null: the save dialog was cancelled, which needs no message.
      { onError: toonFout, onSuccess: (r) => r && setTaak(r.taak) },
    );

  return {
    maak,
    bezig: starten.isPending || taak !== null,
    voortgang: taak ? (voortgang.data ?? null) : null,
  };
}
