import { Select, Switch, Textarea, TextInput } from '@mantine/core';
import { menukaartOptieInvoer } from '../../../../../shared/api/schemas-sroi';
import {
  type MenukaartOptie,
  WAARDERINGSWIJZE_LABEL,
  WAARDERINGSWIJZEN,
  type Waarderingswijze,
} from '../../../../../shared/domain/menukaart';
import { useApiMutation } from '../../../api/client';
import { FormulierDialoog, naOpslaan, useVelden } from '../../../app/formulier';
import { tekstVeld } from '../../../app/tekstVeld';
import { zodErrors } from '../../../app/zodForm';

interface Velden {
  naam: string;
  omschrijving: string;
  waardering: Waarderingswijze | null;
  gearchiveerd: boolean;
}

const leeg: Velden = { naam: '', omschrijving: '', waardering: null, gearchiveerd: false };

const uit = (o: MenukaartOptie | null | undefined): Velden =>
  !o
    ? leeg
    : {
        naam: o.naam,
        omschrijving: o.omschrijving ?? '',
        waardering: o.waardering,
        gearchiveerd: o.gearchiveerdOp !== null,
      };

interface Props {
  /** The option to edit, `null` for a new one, `undefined` when closed. */
  optie: MenukaartOptie | null | undefined;
  onClose: () => void;
}

/** Add or edit a menukaart option; validated with the same schema main uses. */
export function MenukaartFormulier({ optie, onClose }: Props) {
  const opened = optie !== undefined;
  const f = useVelden(optie, uit);
  const { v, zet: set, fouten: errors, setFouten } = f;
  const opslaan = useApiMutation('sroi.menukaartOpslaan');

  const submit = () => {
    const input = {
      ...(optie ? { id: optie.id } : {}),
      naam: v.naam,
      omschrijving: v.omschrijving,
      waardering: v.waardering ?? '',
      gearchiveerd: v.gearchiveerd,
    };
    const found = zodErrors(menukaartOptieInvoer, input);
    setFouten(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(
      input as Parameters<typeof opslaan.mutate>[0],
      naOpslaan(
        (saved) =>
          saved.gearchiveerdOp
            ? `${saved.naam} is opgeslagen en gearchiveerd.`
            : `${saved.naam} is opgeslagen.`,
        onClose,
      ),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={optie ? 'Optie bewerken' : 'Optie toevoegen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <TextInput label="Naam" {...tekstVeld(f, 'naam')} required data-autofocus />
      <Textarea
        label="Omschrijving"
        description="Wat de aanbieder levert, in een of twee zinnen."
        {...tekstVeld(f, 'omschrijving')}
        autosize
        minRows={2}
        maxRows={6}
      />
      <Select
        label="Waardering"
        description="Hoe een realisatie met deze optie een waarde krijgt."
        data={WAARDERINGSWIJZEN.map((w) => ({ value: w, label: WAARDERINGSWIJZE_LABEL[w] }))}
        value={v.waardering}
        onChange={(w) => set('waardering', w as Waarderingswijze | null)}
        error={errors.waardering}
        required
        allowDeselect={false}
      />
      {optie && (
        <Switch
          label="Niet meer aanbieden (archiveren)"
          description="Bestaande realisaties met deze optie blijven staan."
          checked={v.gearchiveerd}
          onChange={(e) => set('gearchiveerd', e.currentTarget.checked)}
        />
      )}
    </FormulierDialoog>
  );
}
