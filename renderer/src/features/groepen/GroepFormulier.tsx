import { MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type GroepInvoer, groepInvoer } from '../../../../shared/api/schemas-kandidaten';
import type { Groep } from '../../../../shared/domain/kandidaten';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';

interface Velden {
  naam: string;
  startdatum: string;
  terugkoppeldatum: string;
  organisatieIds: string[];
}

const maakVelden = (g: Groep | null | undefined): Velden => ({
  naam: g?.naam ?? '',
  startdatum: g?.startdatum ?? '',
  terugkoppeldatum: g?.terugkoppeldatum ?? '',
  organisatieIds: g?.organisatieIds ?? [],
});

interface Props {
  /** The group to edit, `null` for a new one, `undefined` when closed. */
  groep: Groep | null | undefined;
  onClose: () => void;
}

/** Add or edit a group: its name, dates and the organisations that take its candidates on. */
export function GroepFormulier({ groep, onClose }: Props) {
  const opened = groep !== undefined;
  const f = useVelden(groep, maakVelden);
  const { v, zet, fouten, setFouten } = f;
  // Archived organisations too, so a group that still names one keeps showing it.
  const organisaties = useApiQuery('organisaties.lijst', { metGearchiveerd: true }, opened);
  const opslaan = useApiMutation('groepen.opslaan');
  const keuzes = (organisaties.data ?? []).filter(
    (o) => o.soort !== 'gemeente' && (o.gearchiveerdOp === null || v.organisatieIds.includes(o.id)),
  );

  const submit = () => {
    const invoer: GroepInvoer = {
      ...(groep ? { id: groep.id } : {}),
      ...v,
      startdatum: v.startdatum || null,
      terugkoppeldatum: v.terugkoppeldatum || null,
    };
    const gevonden = zodErrors(groepInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      invoer,
      naOpslaan((g) => `Groep "${g.naam}" is opgeslagen.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={groep ? 'Groep bewerken' : 'Groep toevoegen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <TextInput
        label="Naam van de groep"
        placeholder="Bijvoorbeeld Groep 1 – maart"
        {...tekstVeld(f, 'naam')}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeld label="Startdatum" {...datumVeld(f, 'startdatum')} />
        <DatumVeld
          label="Terugkoppeldatum"
          description="Wanneer de voortgang van de groep wordt teruggekoppeld."
          // Below the field, so both date fields line up.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...datumVeld(f, 'terugkoppeldatum')}
        />
      </SimpleGrid>
      <MultiSelect
        label="Deelnemende organisaties"
        description="De aanbieders en werkgevers die de kandidaten van deze groep begeleiden."
        data={keuzes.map((o) => ({ value: o.id, label: o.naam }))}
        value={v.organisatieIds}
        onChange={(ids) => zet('organisatieIds', ids)}
        error={fouten.organisatieIds}
        searchable
        nothingFoundMessage="Geen organisatie gevonden"
      />
    </FormulierDialoog>
  );
}
