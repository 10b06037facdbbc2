import { Select } from '@mantine/core';
import { useState } from 'react';
import { type WerkgroepInvoer, werkgroepInvoer } from '../../../../shared/api/schemas';
import { starttabelVoor } from '../../../../shared/domain/regios';
import { TABEL_PER_SLEUTEL, type TabelSleutel } from '../../../../shared/domain/waarderingstabellen';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { WerkgroepVelden } from '../../app/WerkgroepVelden';
import { zodErrors } from '../../app/zodForm';
import { PRESET_LABEL } from '../sroi/waardering/teksten';

const LEEG: WerkgroepInvoer = { naam: '', regio: '' };
const LATER = 'later';
const TABEL_KEUZES = [
  ...(Object.keys(TABEL_PER_SLEUTEL) as TabelSleutel[]).map((s) => ({ value: s, label: PRESET_LABEL[s] })),
  { value: LATER, label: 'Later kiezen (onder SROI → Waardering)' },
];

/**
 * Asks for a name, region and starting valuation table, and creates the werkgroep's file in the
 * user's data folder. The table follows the region until the user picks one, so leerlijn steps have
 * an SROI value from the start. Closing it after typing asks first; once closed, it opens empty.
 */
export function NieuweWerkgroepDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [values, setValues] = useState(LEEG);
  const [tabel, setTabel] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nieuw = useApiMutation('document.nieuw');
  const gekozen = tabel ?? starttabelVoor(values.regio);
  const sluit = () => {
    setValues(LEEG);
    setTabel(null);
    setErrors({});
    onClose();
  };

  const submit = () => {
    const found = zodErrors(werkgroepInvoer, values);
    setErrors(found);
    if (Object.keys(found).length) return;
    const waarderingstabel = gekozen === LATER ? null : (gekozen as TabelSleutel);
    nieuw.mutate({ ...values, waarderingstabel }, { onSuccess: sluit, onError: toonFout });
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="Nieuwe werkgroep"
      onSubmit={submit}
      bezig={nieuw.isPending}
      opslaanLabel="Werkgroep aanmaken"
    >
      <WerkgroepVelden
        values={values}
        errors={errors}
        onChange={setValues}
        nieuw
        voorRegio={
          <Select
            label="Waarderingstabel"
            description="Hiermee krijgen leerlijnstappen en realisaties meteen een SROI-waarde. Zolang u niets kiest, neemt Tafelwerk de tabel van uw regio, of die van Regio Utrecht als uw regio geen eigen tabel heeft. De bedragen kunt u later aanpassen."
            data={TABEL_KEUZES}
            // Before a region is typed there is nothing to follow yet: no table is shown as if chosen.
            value={tabel ?? (values.regio.trim() ? gekozen : null)}
            placeholder="Volgt de regio die u hieronder invult"
            onChange={(waarde) => setTabel(waarde)}
            allowDeselect={false}
          />
        }
      />
    </FormulierDialoog>
  );
}
