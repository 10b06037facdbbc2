import { Select, type SelectProps, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { actieInvoer } from '../../../../shared/api/schemas-planning';
import {
  ACTIE_STATUS_LABEL,
  ACTIE_STATUSSEN,
  type Actiepunt,
  type ActieStatus,
} from '../../../../shared/domain/bijeenkomsten';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';
import { KetenKeuze, useActiviteitKeuzes } from './Keten';
import { besluitLabel, bijeenkomstNaam } from './weergave';

interface Velden {
  omschrijving: string;
  eigenaar: string;
  deadline: string;
  status: ActieStatus;
  bijeenkomstId: string | null;
  besluitId: string | null;
  activiteitId: string | null;
}

interface Props {
  /** The action to edit, `null` for a new one, `undefined` when closed. */
  actie: Actiepunt | null | undefined;
  /** The meeting a new action comes from. */
  bijeenkomstId?: string | null;
  /** The besluit a new action follows from (*Actie toevoegen* at a besluit). */
  besluitId?: string | null;
  /** The planning activity a new action concerns: at a besluit, the besluit's own activity. */
  activiteitId?: string | null;
  onClose: () => void;
}

/**
 * Add or edit an action: what, who, by when, its status, the meeting it came from, the besluit it
 * follows from (that meeting's or an earlier one's) and the planning activity it concerns.
 */
export function ActieFormulier({
  actie,
  bijeenkomstId = null,
  besluitId = null,
  activiteitId = null,
  onClose,
}: Props) {
  const opened = actie !== undefined;
  const f = useVelden(
    actie,
    (a): Velden => ({
      omschrijving: a?.omschrijving ?? '',
      eigenaar: a?.eigenaar ?? '',
      deadline: a?.deadline ?? '',
      status: a?.status ?? 'open',
      bijeenkomstId: a ? a.bijeenkomstId : bijeenkomstId,
      besluitId: a ? a.besluitId : besluitId,
      activiteitId: a ? a.activiteitId : activiteitId,
    }),
  );
  const bijeenkomsten = useApiQuery('bijeenkomsten.lijst', {}, opened);
  const besluiten = useApiQuery('bijeenkomsten.besluiten', {}, opened);
  const activiteitKeuzes = useActiviteitKeuzes(opened);
  // A later meeting's besluit cannot have led to this action: the list offers this meeting's and earlier ones.
  const datum = bijeenkomsten.data?.find((b) => b.id === f.v.bijeenkomstId)?.datum;
  const besluitKeuzes = (besluiten.data ?? [])
    .filter((b) => datum === undefined || b.bijeenkomstDatum <= datum)
    .map((b) => ({ value: b.id, label: besluitLabel(b) }));
  // The label is shortened at a word; the option shows the whole besluit under it, and as its title.
  const volledig = new Map((besluiten.data ?? []).map((b) => [b.id, b.tekst]));
  const besluitOptie: SelectProps['renderOption'] = ({ option }) => (
    <Stack gap={0} title={volledig.get(option.value)} data-testid="besluit-optie">
      <Text size="sm">{option.label}</Text>
      {volledig.get(option.value) !== option.label.replace(/^Besluit \d+: /, '') && (
        <Text size="xs" c="gray.8">
          {volledig.get(option.value)}
        </Text>
      )}
    </Stack>
  );

  const opslaan = useApiMutation('bijeenkomsten.actieOpslaan');
  const submit = () => {
    const input = {
      ...(actie ? { id: actie.id } : {}),
      ...f.v,
      deadline: f.v.deadline === '' ? null : f.v.deadline,
    };
    const fouten = zodErrors(actieInvoer, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return;
    opslaan.mutate(
      input,
      naOpslaan((a) => `Actie "${a.omschrijving}" is opgeslagen.`, onClose),
    );
  };
  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={actie ? 'Actie bewerken' : 'Actie toevoegen'}
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <Textarea
        label="Actie"
        autosize
        minRows={2}
        {...tekstVeld(f, 'omschrijving')}
        required
        data-autofocus
      />
      <SimpleGrid cols={2}>
        <TextInput label="Eigenaar" placeholder="Wie pakt het op?" {...tekstVeld(f, 'eigenaar')} />
        <DatumVeld label="Uiterlijk" {...datumVeld(f, 'deadline')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select
          label="Status"
          data={ACTIE_STATUSSEN.map((s) => ({ value: s, label: ACTIE_STATUS_LABEL[s] }))}
          value={f.v.status}
          onChange={(s) => s && f.zet('status', s as ActieStatus)}
          allowDeselect={false}
        />
      </SimpleGrid>
      {/* A meeting's name and date do not fit half a dialog at 1024 pixels: this one has the row. */}
      <Select
        label="Uit bijeenkomst"
        placeholder="Geen"
        data={(bijeenkomsten.data ?? []).map((b) => ({ value: b.id, label: bijeenkomstNaam(b) }))}
        value={f.v.bijeenkomstId}
        onChange={(id) => f.zet('bijeenkomstId', id)}
        clearable
      />
      <KetenKeuze
        label="Bij besluit"
        description="Het besluit waar deze actie uit volgt, als dat er is."
        data={besluitKeuzes}
        renderOption={besluitOptie}
        value={f.v.besluitId}
        onChange={(id) => f.zet('besluitId', id)}
        error={f.fouten.besluitId}
      />
      <KetenKeuze
        label="Activiteit in de planning"
        data={activiteitKeuzes}
        value={f.v.activiteitId}
        onChange={(id) => f.zet('activiteitId', id)}
        error={f.fouten.activiteitId}
      />
    </FormulierDialoog>
  );
}
