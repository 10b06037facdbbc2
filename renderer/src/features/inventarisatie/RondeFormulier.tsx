import { MultiSelect, Select, Text, TextInput } from '@mantine/core';
import { rondeInvoer } from '../../../../shared/api/schemas-inventarisatie';
import type { Ronde } from '../../../../shared/domain/inventarisatie';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { zodErrors } from '../../app/zodForm';
import { sjabloonLabel } from './weergave';

interface Velden {
  naam: string;
  sjabloonId: string | null;
  deadline: string;
  organisatieIds: string[];
}

const leeg = (): Velden => ({ naam: '', sjabloonId: null, deadline: '', organisatieIds: [] });

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Called with the new round, so the page can show it. */
  onOpgeslagen: (ronde: Ronde) => void;
}

/** A new inventarisatie round: which form, to whom, and by when. */
export function RondeFormulier({ opened, onClose, onOpgeslagen }: Props) {
  const { v, zet, fouten, setFouten } = useVelden(opened, leeg);
  const sjablonen = useApiQuery('inventarisatie.sjablonen', {}, opened);
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const opslaan = useApiMutation('inventarisatie.rondeOpslaan');

  // The newest version is the sensible default; the list comes newest first within each name.
  const sjabloonId = v.sjabloonId ?? sjablonen.data?.[0]?.id ?? null;

  // Gemeenten ask the questions; they are not asked themselves.
  const gevraagd = (organisaties.data ?? []).filter((o) => o.soort !== 'gemeente');

  const submit = () => {
    const input = {
      naam: v.naam.trim(),
      sjabloonId: sjabloonId ?? '',
      deadline: v.deadline === '' ? null : v.deadline,
      organisatieIds: v.organisatieIds,
    };
    const gevonden = zodErrors(rondeInvoer, input);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      input,
      naOpslaan((r) => {
        onOpgeslagen(r);
        return `De ronde "${r.naam}" is aangemaakt.`;
      }, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title="Nieuwe ronde"
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
      opslaanLabel="Ronde aanmaken"
    >
      <TextInput
        label="Naam van de ronde"
        placeholder="Bijvoorbeeld Inventarisatie najaar"
        value={v.naam}
        onChange={(e) => zet('naam', e.currentTarget.value)}
        error={fouten.naam}
        required
        data-autofocus
      />
      <Select
        label="Formulier"
        data={(sjablonen.data ?? []).map((s) => ({ value: s.id, label: sjabloonLabel(s) }))}
        value={sjabloonId}
        onChange={(id) => zet('sjabloonId', id)}
        error={fouten.sjabloonId}
        allowDeselect={false}
        required
      />
      <DatumVeld
        label="Antwoord uiterlijk"
        w={220}
        value={v.deadline}
        onChange={(d) => zet('deadline', d)}
        error={fouten.deadline}
      />
      <MultiSelect
        label="Organisaties"
        description="De organisaties die het formulier krijgen. Gemeenten staan er niet tussen."
        data={gevraagd.map((o) => ({ value: o.id, label: o.naam }))}
        value={v.organisatieIds}
        onChange={(ids) => zet('organisatieIds', ids)}
        error={fouten.organisatieIds}
        searchable
        required
        nothingFoundMessage="Geen organisatie gevonden"
      />
      {organisaties.isSuccess && gevraagd.length === 0 && (
        <Text size="sm" c="dimmed">
          Er zijn nog geen zorgaanbieders of andere organisaties; voeg ze eerst toe onder Organisaties.
        </Text>
      )}
    </FormulierDialoog>
  );
}
