import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { type MetingInvoer, metingInvoer } from '../../../../../shared/api/schemas-kandidaten';
import { TREDEN } from '../../../../../shared/domain/kandidaten';
import { vandaagIso } from '../../../../../shared/format/nl';
import { useApiMutation } from '../../../api/client';
import { DatumVeld } from '../../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../../app/formulier';
import { zodErrors } from '../../../app/zodForm';
import { tredeTekst } from '../weergave';

interface Velden {
  datum: string;
  trede: string | null;
  toelichting: string;
}

const maakVelden = (): Velden => ({ datum: vandaagIso(), trede: null, toelichting: '' });

interface Props {
  kandidaatId: string;
  opened: boolean;
  onClose: () => void;
}

/** A new measurement on the participatieladder; the first one is the nulmeting. */
export function MetingFormulier({ kandidaatId, opened, onClose }: Props) {
  const { v, zet, fouten, setFouten } = useVelden(opened, maakVelden);
  const meten = useApiMutation('kandidaten.meten');

  const submit = () => {
    const invoer = {
      kandidaatId,
      datum: v.datum,
      trede: v.trede === null ? Number.NaN : Number(v.trede),
      toelichting: v.toelichting,
    };
    const gevonden = zodErrors(metingInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    meten.mutate(
      invoer as MetingInvoer,
      naOpslaan(() => 'De meting is vastgelegd.', onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title="Meting toevoegen"
      onSubmit={submit}
      bezig={meten.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeld
          label="Datum"
          value={v.datum}
          onChange={(d) => zet('datum', d)}
          error={fouten.datum}
          required
        />
        <Select
          label="Trede"
          data={TREDEN.map((t) => ({ value: String(t), label: tredeTekst(t) }))}
          value={v.trede}
          onChange={(t) => zet('trede', t)}
          error={fouten.trede}
          required
          allowDeselect={false}
          comboboxProps={{ width: 340, position: 'bottom-start' }}
          data-autofocus
        />
      </SimpleGrid>
      <TextInput
        label="Toelichting"
        description="Kort: wat is er veranderd?"
        value={v.toelichting}
        onChange={(e) => zet('toelichting', e.currentTarget.value)}
        error={fouten.toelichting}
      />
    </FormulierDialoog>
  );
}
