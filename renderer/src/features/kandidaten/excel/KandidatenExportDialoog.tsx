import { Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation } from '../../../api/client';
import { toonExportGelukt } from '../../../app/exportGelukt';
import { FormulierDialoog } from '../../../app/formulier';
import { toonFout } from '../../../app/notify';
import { Waarschuwing } from '../../../app/Waarschuwing';
import { useZonderPersoonsgegevens } from '../../samenwerken/useZonderPersoonsgegevens';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/**
 * The export "Kandidaten en trajecten". Pseudonymised unless the user ticks names or barrier
 * details, and then a warning says plainly what the file holds and how to share it.
 */
export function KandidatenExportDialoog({ opened, onClose }: Props) {
  // A copy without personal data has no names or notes to add: no choice, and no warning about them.
  const zonderPersoonsgegevens = useZonderPersoonsgegevens();
  const [metNamen, setMetNamen] = useState(false);
  const [metBelemmeringen, setMetBelemmeringen] = useState(false);
  const exporteren = useApiMutation('kandidaten.exporteren');

  // Privacy by default: every opening starts with both boxes off again.
  const sluit = () => {
    setMetNamen(false);
    setMetBelemmeringen(false);
    onClose();
  };
  const exporteer = () =>
    exporteren.mutate(
      { metNamen, metBelemmeringen },
      {
        onError: toonFout,
        onSuccess: (r) => {
          // null: the user cancelled the save dialog; the choice stays open.
          if (!r) return;
          toonExportGelukt('De kandidaten en trajecten zijn opgeslagen als', r.pad);
          sluit();
        },
      },
    );

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="Kandidaten en trajecten exporteren"
      onSubmit={exporteer}
      bezig={exporteren.isPending}
      opslaanLabel="Exporteren"
    >
      <Text size="sm">
        Eén regel per kandidaat met de huidige stap, de trede bij de start en nu en de uitstroom, en een blad
        met alle stappen. Kandidaten staan er standaard alleen met hun code in.
      </Text>
      {zonderPersoonsgegevens ? (
        <Text size="sm" data-testid="export-zonder-persoonsgegevens">
          Deze kopie heeft geen namen, plannen of notities over kandidaten; die kunnen er dus ook niet in.
        </Text>
      ) : (
        <Stack gap="xs">
          <Checkbox
            label="Namen opnemen"
            checked={metNamen}
            onChange={(e) => setMetNamen(e.currentTarget.checked)}
          />
          <Checkbox
            label="Belemmeringen en resultaatnotities opnemen (gezondheid, schulden)"
            checked={metBelemmeringen}
            onChange={(e) => setMetBelemmeringen(e.currentTarget.checked)}
          />
        </Stack>
      )}
      {(metNamen || metBelemmeringen) && (
        <Waarschuwing title="Dit bestand bevat persoonsgegevens" role="alert">
          {metNamen && 'Met namen is het bestand niet meer gepseudonimiseerd. '}
          {metBelemmeringen &&
            'Met de belemmeringen staan er bijzondere persoonsgegevens in (gezondheid, schulden). '}
          Deel het alleen via een beveiligde weg, nooit als gewone bijlage per e-mail, en verwijder het als
          het niet meer nodig is.
        </Waarschuwing>
      )}
    </FormulierDialoog>
  );
}
