import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { werkgroepInvoer } from '../../../../shared/api/schemas';
import { useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout } from '../../app/notify';
import { WerkgroepVelden } from '../../app/WerkgroepVelden';
import { zodErrors } from '../../app/zodForm';

/** Asks for a name and region and creates the werkgroep's file in the user's data folder. */
export function NieuweWerkgroepModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [values, setValues] = useState({ naam: '', regio: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nieuw = useApiMutation('document.nieuw');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = zodErrors(werkgroepInvoer, values);
    setErrors(found);
    if (Object.keys(found).length) return;
    nieuw.mutate(values, {
      onSuccess: () => {
        setValues({ naam: '', regio: '' });
        onClose();
      },
      onError: toonFout,
    });
  };

  return (
    <Dialoog opened={opened} onClose={onClose} title="Nieuwe werkgroep">
      <form onSubmit={submit} noValidate>
        <Stack>
          <WerkgroepVelden values={values} errors={errors} onChange={setValues} nieuw />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button type="submit" loading={nieuw.isPending}>
              Werkgroep aanmaken
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialoog>
  );
}
