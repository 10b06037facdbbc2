import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { faseInvoer } from '../../../../shared/api/schemas-planning';
import type { Fase } from '../../../../shared/domain/planning';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { tekstVeld } from '../../app/tekstVeld';
import { Verwijderen } from '../../app/Verwijderen';
import { zodErrors } from '../../app/zodForm';
import { meldVerwijderd } from '../../ongedaan/melden';

interface Props {
  /** The phase to rename, `null` for a new one, `undefined` when closed. */
  fase: Fase | null | undefined;
  onClose: () => void;
}

/** Add a phase or rename one; a phase without activities can be deleted here too. */
export function FaseFormulier({ fase, onClose }: Props) {
  const f = useVelden(fase, (b) => ({ naam: b?.naam ?? '' }));
  const opslaan = useApiMutation('planning.faseOpslaan');
  const verwijderen = useApiMutation('planning.faseVerwijderen');
  const [weg, setWeg] = useState(false);

  const submit = () => {
    const input = { ...(fase ? { id: fase.id } : {}), naam: f.v.naam };
    const gevonden = zodErrors(faseInvoer, input);
    f.setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      input,
      naOpslaan(() => `Fase "${input.naam.trim()}" is opgeslagen.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={fase !== undefined}
      onClose={onClose}
      title={fase ? 'Fase wijzigen' : 'Fase toevoegen'}
      onSubmit={submit}
      bezig={opslaan.isPending}
      links={
        fase && (
          <Button variant="subtle" color="red" c="red.9" onClick={() => setWeg(true)}>
            Verwijderen
          </Button>
        )
      }
    >
      <TextInput label="Naam van de fase" {...tekstVeld(f, 'naam')} required data-autofocus />
      {fase && (
        <Verwijderen
          opened={weg}
          vraag={`Fase "${fase.naam}" verwijderen? Dat kan alleen als er geen activiteiten meer in staan.`}
          bezig={verwijderen.isPending}
          onClose={() => setWeg(false)}
          onBevestig={() =>
            verwijderen.mutate(
              { id: fase.id },
              {
                onError: toonFout,
                onSuccess: () => {
                  meldVerwijderd(`Fase "${fase.naam}"`, 'fase', fase.id);
                  onClose();
                },
                onSettled: () => setWeg(false),
              },
            )
          }
        />
      )}
    </FormulierDialoog>
  );
}
