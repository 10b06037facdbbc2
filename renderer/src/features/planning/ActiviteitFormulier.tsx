import { Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { activiteitInvoer } from '../../../../shared/api/schemas-planning';
import type { PlanningVerwijzingen } from '../../../../shared/domain/bijeenkomsten';
import {
  ACTIVITEIT_STATUS_LABEL,
  ACTIVITEIT_STATUSSEN,
  type Activiteit,
  type ActiviteitStatus,
  type Planning,
} from '../../../../shared/domain/planning';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { MaandVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { Verwijderen } from '../../app/Verwijderen';
import { zodErrors } from '../../app/zodForm';
import { meldVerwijderd } from '../../ongedaan/melden';
import { ActiviteitVerwijzingen } from './ActiviteitVerwijzingen';
import { wachtendenOp } from './terugzetten';

interface Velden {
  faseId: string | null;
  titel: string;
  eigenaar: string;
  startMaand: string;
  eindMaand: string;
  status: ActiviteitStatus;
  afhankelijkVan: string | null;
}

/** What the form opens on: an activity to change, or a new one (perhaps in a given phase). */
export type ActiviteitBron = Activiteit | { nieuw: true; faseId: string | null };

const uit = (b: ActiviteitBron | undefined): Velden => {
  if (b && !('nieuw' in b)) return { ...b, eigenaar: b.eigenaar ?? '' };
  const maand = vandaagIso().slice(0, 7);
  return {
    faseId: b?.faseId ?? null,
    titel: '',
    eigenaar: '',
    startMaand: maand,
    eindMaand: maand,
    status: 'gepland',
    afhankelijkVan: null,
  };
};

const STATUS_KEUZES = ACTIVITEIT_STATUSSEN.map((s) => ({ value: s, label: ACTIVITEIT_STATUS_LABEL[s] }));

interface Props {
  /** `undefined` when closed. */
  bron: ActiviteitBron | undefined;
  planning: Planning;
  /** The besluiten and actions that concern activities, to list this one's. */
  verwijzingen: PlanningVerwijzingen | undefined;
  onClose: () => void;
}

/** Add or change an activity: its phase, months, status and what it waits for. */
export function ActiviteitFormulier({ bron, planning, verwijzingen, onClose }: Props) {
  const f = useVelden(bron, uit);
  const { v, zet, fouten, setFouten } = f;
  const opslaan = useApiMutation('planning.activiteitOpslaan');
  const verwijderen = useApiMutation('planning.activiteitVerwijderen');
  const [weg, setWeg] = useState(false);
  const bestaand = bron && !('nieuw' in bron) ? bron : null;
  const anderen = planning.fasen
    .flatMap((fase) => fase.activiteiten)
    .filter((a) => a.id !== bestaand?.id)
    .map((a) => ({ value: a.id, label: a.titel }));

  const submit = () => {
    const input = {
      ...(bestaand ? { id: bestaand.id } : {}),
      faseId: v.faseId ?? '',
      titel: v.titel,
      eigenaar: v.eigenaar.trim() || null,
      startMaand: v.startMaand,
      eindMaand: v.eindMaand,
      status: v.status,
      afhankelijkVan: v.afhankelijkVan,
    };
    const gevonden = zodErrors(activiteitInvoer, input);
    if (gevonden.faseId) gevonden.faseId = 'Kies een fase.';
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      input,
      naOpslaan(() => `"${input.titel.trim()}" is opgeslagen.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={bron !== undefined}
      onClose={onClose}
      title={bestaand ? 'Activiteit wijzigen' : 'Activiteit toevoegen'}
      onSubmit={submit}
      bezig={opslaan.isPending}
      size="lg"
      links={
        bestaand && (
          <Button variant="subtle" color="red" c="red.9" onClick={() => setWeg(true)}>
            Verwijderen
          </Button>
        )
      }
    >
      {/* First: reached by a link from a meeting, the chain is what the user came to see. */}
      {bestaand && <ActiviteitVerwijzingen activiteitId={bestaand.id} verwijzingen={verwijzingen} />}
      {/* Two fields a row: with the chain above, the dialog fits a 1280×720 screen without scrolling. */}
      <TextInput label="Titel" {...tekstVeld(f, 'titel')} required data-autofocus />
      <SimpleGrid cols={2}>
        <Select
          label="Fase"
          data={planning.fasen.map((fase) => ({ value: fase.id, label: fase.naam }))}
          value={v.faseId}
          onChange={(id) => zet('faseId', id)}
          error={fouten.faseId}
          allowDeselect={false}
          required
        />
        <Select
          label="Status"
          data={STATUS_KEUZES}
          value={v.status}
          onChange={(s) => s && zet('status', s as ActiviteitStatus)}
          error={fouten.status}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <MaandVeld label="Eerste maand" {...datumVeld(f, 'startMaand')} required />
        <MaandVeld label="Laatste maand" {...datumVeld(f, 'eindMaand')} required />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label="Eigenaar" placeholder="Wie trekt dit? (mag leeg)" {...tekstVeld(f, 'eigenaar')} />
        <Select
          label="Wacht op"
          placeholder="Nergens op"
          data={anderen}
          value={v.afhankelijkVan}
          onChange={(id) => zet('afhankelijkVan', id)}
          error={fouten.afhankelijkVan}
          clearable
          searchable
          nothingFoundMessage="Geen activiteit gevonden"
        />
      </SimpleGrid>
      {bestaand && (
        <Verwijderen
          opened={weg}
          vraag={`"${bestaand.titel}" verwijderen?`}
          bezig={verwijderen.isPending}
          onClose={() => setWeg(false)}
          onBevestig={() =>
            verwijderen.mutate(
              { id: bestaand.id },
              {
                onError: toonFout,
                onSuccess: () => {
                  meldVerwijderd(
                    `"${bestaand.titel}"`,
                    'activiteit',
                    bestaand.id,
                    wachtendenOp(planning, verwijzingen, bestaand.id),
                  );
                  onClose();
                },
                onSettled: () => setWeg(false),
              },
            )
          }
        />
      )}
    </FormulierDialoog>
  );
}
