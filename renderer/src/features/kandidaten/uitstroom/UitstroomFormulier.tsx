import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { type UitstroomInvoer, uitstroomInvoer } from '../../../../../shared/api/schemas-kandidaten';
import {
  UITSTROOM_LABEL,
  UITSTROOM_SOORTEN,
  UITSTROOM_ZONDER_PLEK,
  type Uitstroom,
  type UitstroomSoort,
} from '../../../../../shared/domain/kandidaten';
import { vandaagIso } from '../../../../../shared/format/nl';
import { useApiMutation } from '../../../api/client';
import { DatumVeld } from '../../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../../app/formulier';
import { zodErrors } from '../../../app/zodForm';
import { JaNeeKeuze } from '../JaNeeKeuze';
import { type JaNee, naarJaNee, tekstVan, uitJaNee } from '../weergave';

interface Velden {
  soort: UitstroomSoort | null;
  datum: string;
  toelichting: string;
  na6Maanden: JaNee;
  na12Maanden: JaNee;
}

const maakVelden = (u: Uitstroom | null | undefined): Velden => ({
  soort: u?.soort ?? null,
  datum: u?.datum ?? vandaagIso(),
  toelichting: tekstVan(u?.toelichting),
  na6Maanden: naarJaNee(u?.na6Maanden ?? null),
  na12Maanden: naarJaNee(u?.na12Maanden ?? null),
});

interface Props {
  kandidaatId: string;
  /** The outcome to update (e.g. its follow-up checks), `null` for a new one, `undefined` when closed. */
  uitstroom: Uitstroom | null | undefined;
  onClose: () => void;
}

/** Where the candidate went, and later whether they still work there after 6 and 12 months. */
export function UitstroomFormulier({ kandidaatId, uitstroom, onClose }: Props) {
  const { v, zet, fouten, setFouten } = useVelden(uitstroom, maakVelden);
  const opslaan = useApiMutation('kandidaten.uitstroomOpslaan');

  const submit = () => {
    const invoer = {
      ...(uitstroom ? { id: uitstroom.id } : {}),
      kandidaatId,
      soort: v.soort ?? '',
      datum: v.datum,
      toelichting: v.toelichting,
      na6Maanden: uitJaNee(v.na6Maanden),
      na12Maanden: uitJaNee(v.na12Maanden),
    };
    const gevonden = zodErrors(uitstroomInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      invoer as UitstroomInvoer,
      naOpslaan(() => 'De uitstroom is vastgelegd.', onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={uitstroom !== undefined}
      onClose={onClose}
      title={uitstroom ? 'Uitstroom bijwerken' : 'Uitstroom vastleggen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Uitstroom naar"
          data={UITSTROOM_SOORTEN.map((s) => ({ value: s, label: UITSTROOM_LABEL[s] }))}
          value={v.soort}
          onChange={(s) => zet('soort', s as UitstroomSoort | null)}
          error={fouten.soort}
          required
          allowDeselect={false}
          data-autofocus
        />
        <DatumVeld
          label="Datum"
          value={v.datum}
          onChange={(d) => zet('datum', d)}
          error={fouten.datum}
          required
        />
      </SimpleGrid>
      {v.soort && UITSTROOM_ZONDER_PLEK.includes(v.soort) && (
        <Text size="sm" c="dimmed">
          Bij deze uitstroom krijgt de kandidaat de status "Gestopt".
        </Text>
      )}
      <TextInput
        label="Toelichting"
        value={v.toelichting}
        onChange={(e) => zet('toelichting', e.currentTarget.value)}
        error={fouten.toelichting}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <JaNeeKeuze
          label="Na 6 maanden nog aan het werk?"
          waarde={v.na6Maanden}
          onChange={(j) => zet('na6Maanden', j)}
          onbekendLabel="Nog niet bekend"
        />
        <JaNeeKeuze
          label="Na 12 maanden nog aan het werk?"
          waarde={v.na12Maanden}
          onChange={(j) => zet('na12Maanden', j)}
          onbekendLabel="Nog niet bekend"
        />
      </SimpleGrid>
    </FormulierDialoog>
  );
}
