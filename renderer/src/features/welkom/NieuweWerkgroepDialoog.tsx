import { useState } from 'react';
import { type WerkgroepInvoer, werkgroepInvoer } from '../../../../shared/api/schemas';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { WerkgroepVelden } from '../../app/WerkgroepVelden';
import { zodErrors } from '../../app/zodForm';

const LEEG: WerkgroepInvoer = { naam: '', regio: '' };

/**
 * Asks for a name and region and creates the werkgroep's file in the user's data folder. Closing it
 * after typing asks first; once closed, the next time it opens empty.
 */
export function NieuweWerkgroepDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [values, setValues] = useState(LEEG);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nieuw = useApiMutation('document.nieuw');
  const sluit = () => {
    setValues(LEEG);
    setErrors({});
    onClose();
  };

  const submit = () => {
    const found = zodErrors(werkgroepInvoer, values);
    setErrors(found);
    if (Object.keys(found).length) return;
    nieuw.mutate(values, { onSuccess: sluit, onError: toonFout });
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
      <WerkgroepVelden values={values} errors={errors} onChange={setValues} nieuw />
    </FormulierDialoog>
  );
}
