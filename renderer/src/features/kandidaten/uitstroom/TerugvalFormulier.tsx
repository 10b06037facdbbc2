import { Text, Textarea, TextInput } from '@mantine/core';
import { type TerugvalInvoer, terugvalInvoer } from '../../../../../shared/api/schemas-kandidaten';
import { vandaagIso } from '../../../../../shared/format/nl';
import { useApiMutation } from '../../../api/client';
import { DatumVeld } from '../../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../../app/formulier';
import { zodErrors } from '../../../app/zodForm';

interface Velden {
  datum: string;
  reden: string;
  volgendeStap: string;
}

const maakVelden = (): Velden => ({ datum: vandaagIso(), reden: '', volgendeStap: '' });

interface Props {
  kandidaatId: string;
  opened: boolean;
  onClose: () => void;
}

/** A fallback: added to the history with its reason and the next step; nothing earlier is removed. */
export function TerugvalFormulier({ kandidaatId, opened, onClose }: Props) {
  const { v, zet, fouten, setFouten } = useVelden(opened, maakVelden);
  const vastleggen = useApiMutation('kandidaten.terugval');

  const submit = () => {
    const invoer: TerugvalInvoer = { kandidaatId, ...v };
    const gevonden = zodErrors(terugvalInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    vastleggen.mutate(
      invoer,
      naOpslaan(() => 'De terugval is vastgelegd.', onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title="Terugval vastleggen"
      onSubmit={submit}
      bezig={vastleggen.isPending}
    >
      <Text size="sm" c="dimmed">
        Een terugval komt bij de geschiedenis; eerdere uitstroom, stappen en metingen blijven staan.
      </Text>
      <DatumVeld
        label="Datum"
        value={v.datum}
        onChange={(d) => zet('datum', d)}
        error={fouten.datum}
        required
      />
      <Textarea
        label="Reden"
        description="Zonder gevoelige details; bijvoorbeeld 'contract niet verlengd'."
        value={v.reden}
        onChange={(e) => zet('reden', e.currentTarget.value)}
        error={fouten.reden}
        autosize
        minRows={2}
        required
        data-autofocus
      />
      <TextInput
        label="Volgende stap"
        value={v.volgendeStap}
        onChange={(e) => zet('volgendeStap', e.currentTarget.value)}
        error={fouten.volgendeStap}
      />
    </FormulierDialoog>
  );
}
