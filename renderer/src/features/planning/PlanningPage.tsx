import { Alert, Button, Group, Loader, Stack, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  type Activiteit,
  type Fase,
  type Mijlpaal,
  type Planning,
  voorgesteldeFase,
} from '../../../../shared/domain/planning';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonExportGelukt } from '../../app/exportGelukt';
import { toonFout } from '../../app/notify';
import { meldMetOngedaan } from '../../ongedaan/melden';
import { type ActiviteitBron, ActiviteitFormulier } from './ActiviteitFormulier';
import { FaseFormulier } from './FaseFormulier';
import { Gantt } from './Gantt';
import type { Wijzig } from './GanttBalk';
import { LegePlanning } from './LegePlanning';
import { Lijst } from './Lijst';
import { MijlpaalFormulier } from './MijlpaalFormulier';
import { zetMaandenTerug } from './terugzetten';

/**
 * The plan van aanpak: phases and activities over the months, with milestones. The Gantt shows
 * it in time and lets bars be dragged; the list shows the same as tables, with how many besluiten
 * and actions concern each activity. `#/planning/<id>` opens that activity's details (the links
 * from a meeting's besluiten and actions).
 */
export function PlanningPage({ id = null }: { id?: string | null }) {
  const planning = useApiQuery('planning.ophalen', {});
  const verwijzingen = useApiQuery('planning.verwijzingen', {});
  const opslaan = useApiMutation('planning.activiteitOpslaan');
  const exporteren = useApiMutation('planning.exporteren');
  const client = useQueryClient();
  const [activiteit, setActiviteit] = useState<ActiviteitBron | undefined>();
  const [fase, setFase] = useState<Fase | null | undefined>();
  const [mijlpaal, setMijlpaal] = useState<Mijlpaal | null | undefined>();
  const vandaag = vandaagIso();
  const gevraagd = planning.data?.fasen.flatMap((f) => f.activiteiten).find((a) => a.id === id);
  // Opened once when the page is reached by an activity's link; after closing, the planning stays.
  const geopend = useRef(false);
  useEffect(() => {
    if (!gevraagd || geopend.current) return;
    geopend.current = true;
    setActiviteit(gevraagd);
  }, [gevraagd]);

  // A dragged bar is saved at once; the answer is the new planning, shown before the refetch so
  // the bar does not jump back for a moment.
  const wijzig: Wijzig = (a, maanden, klaar) => {
    const { volgorde: _, id, ...rest } = a;
    opslaan.mutate(
      { ...rest, id, ...maanden },
      {
        onError: toonFout,
        onSuccess: (nieuw: Planning) => {
          client.setQueryData(['planning.ophalen', {}], nieuw);
          meldMetOngedaan(
            `"${a.titel}" verplaatst.`,
            `"${a.titel}" staat weer op de maanden van daarvoor.`,
            () => zetMaandenTerug(a),
          );
        },
        onSettled: klaar,
      },
    );
  };

  const exporteer = () =>
    exporteren.mutate(
      {},
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('De planning is opgeslagen als', r.pad),
      },
    );

  if (planning.isError) return <Alert color="red">{planning.error.message}</Alert>;
  if (planning.isPending) return <Loader aria-label="Planning laden" />;
  const p = planning.data;

  const formulieren = (
    <>
      <ActiviteitFormulier
        bron={activiteit}
        planning={p}
        verwijzingen={verwijzingen.data}
        onClose={() => setActiviteit(undefined)}
      />
      <FaseFormulier fase={fase} onClose={() => setFase(undefined)} />
      <MijlpaalFormulier mijlpaal={mijlpaal} onClose={() => setMijlpaal(undefined)} />
    </>
  );

  // The dialogs stay in one place in the tree whether the planning is empty or not. The first phase
  // turns the empty page into the Gantt view; had the dialogs moved with it, the phase dialog would
  // mount anew, still open and empty, and its save would never close it (the old one was gone).
  if (p.fasen.length === 0)
    return (
      <>
        <LegePlanning onFaseToevoegen={() => setFase(null)} />
        {formulieren}
      </>
    );

  const openActiviteit = (a: Activiteit) => setActiviteit(a);
  return (
    <>
      <Stack gap="md">
        <Group justify="flex-end">
          <Button variant="light" onClick={exporteer} loading={exporteren.isPending}>
            Exporteren naar Excel
          </Button>
          <Button variant="default" onClick={() => setFase(null)}>
            Fase toevoegen
          </Button>
          <Button variant="default" onClick={() => setMijlpaal(null)}>
            Mijlpaal toevoegen
          </Button>
          <Button
            onClick={() =>
              setActiviteit({ nieuw: true, faseId: voorgesteldeFase(p.fasen, vandaag)?.id ?? null })
            }
          >
            Activiteit toevoegen
          </Button>
        </Group>
        <Tabs defaultValue="gantt" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="gantt">Gantt</Tabs.Tab>
            <Tabs.Tab value="lijst">Lijst</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="gantt" pt="md">
            <Gantt
              planning={p}
              vandaag={vandaag}
              onActiviteit={openActiviteit}
              onMijlpaal={setMijlpaal}
              onWijzig={wijzig}
            />
          </Tabs.Panel>
          <Tabs.Panel value="lijst" pt="md">
            <Lijst
              planning={p}
              verwijzingen={verwijzingen.data}
              vandaag={vandaag}
              onActiviteit={openActiviteit}
              onFase={setFase}
              onMijlpaal={setMijlpaal}
            />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      {formulieren}
    </>
  );
}
