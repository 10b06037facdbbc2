import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { evaluatieMaken } from '../../../../shared/api/schemas-monitoring';
import { ditJaar } from '../../../../shared/klok';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { gaNaar } from '../../app/useHashRoute';
import { zodErrors } from '../../app/zodForm';
import { HELE_WERKGROEP } from './LesFormulier';
import { ditKalenderjaar } from './weergave';

interface Velden {
  titel: string;
  van: string;
  tot: string;
  groep: string;
}

const velden = (): Velden => ({ titel: '', ...ditKalenderjaar(), groep: HELE_WERKGROEP });

/** Take a new evaluation: the figures and lessons of the period are frozen now; it then opens. */
export function NieuweEvaluatieDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const f = useVelden(opened, velden);
  const groepen = useApiQuery('groepen.lijst', {}, opened).data ?? [];
  const maken = useApiMutation('evaluatie.maken');

  const submit = () => {
    const input = {
      titel: f.v.titel,
      van: f.v.van,
      tot: f.v.tot,
      groepId: f.v.groep === HELE_WERKGROEP ? null : f.v.groep,
    };
    const fouten = zodErrors(evaluatieMaken, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return;
    maken.mutate(
      input,
      naOpslaan((e) => {
        gaNaar(`evaluatie/${e.id}`);
        return `${e.titel} is gemaakt; de cijfers zijn vastgelegd.`;
      }, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title="Evaluatie maken"
      onSubmit={submit}
      bezig={maken.isPending}
      opslaanLabel="Evaluatie maken"
    >
      <TextInput
        label="Titel"
        placeholder={`Bijvoorbeeld Evaluatie ${ditJaar()} voor de FO`}
        {...tekstVeld(f, 'titel')}
        required
        data-autofocus
      />
      <SimpleGrid cols={2}>
        <DatumVeld label="Van" {...datumVeld(f, 'van')} required />
        <DatumVeld label="Tot en met" {...datumVeld(f, 'tot')} required />
      </SimpleGrid>
      <Select
        label="Groep"
        data={[
          { value: HELE_WERKGROEP, label: 'Hele werkgroep' },
          ...groepen.map((g) => ({ value: g.id, label: g.naam })),
        ]}
        value={f.v.groep}
        onChange={(g) => g && f.zet('groep', g, 'groepId')}
        error={f.fouten.groepId}
        allowDeselect={false}
      />
      <Text size="sm" c="dimmed">
        Tafelwerk legt de cijfers en de lessen van deze periode nu vast. Zolang de evaluatie een concept is,
        kunt u ze later vernieuwen.
      </Text>
    </FormulierDialoog>
  );
}
