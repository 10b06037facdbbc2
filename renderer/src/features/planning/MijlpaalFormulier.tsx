import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { mijlpaalInvoer } from '../../../../shared/api/schemas-planning';
import type { Mijlpaal } from '../../../../shared/domain/planning';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { Verwijderen } from '../../app/Verwijderen';
import { zodErrors } from '../../app/zodForm';
import { meldVerwijderd } from '../../ongedaan/melden';

interface Props {
  /** The milestone to change, `null` for a new one, `undefined` when closed. */
  mijlpaal: Mijlpaal | null | undefined;
  onClose: () => void;
}

/** Add or change a milestone: a moment the werkgroep works towards, such as a meeting of the FO. */
export function MijlpaalFormulier({ mijlpaal, onClose }: Props) {
  const f = useVelden(mijlpaal, (b) => ({ naam: b?.naam ?? '', datum: b?.datum ?? vandaagIso() }));
  const opslaan = useApiMutation('planning.mijlpaalOpslaan');
  const verwijderen = useApiMutation('planning.mijlpaalVerwijderen');
  const [weg, setWeg] = useState(false);

  const submit = () => {
    const input = { ...(mijlpaal ? { id: mijlpaal.id } : {}), naam: f.v.naam, datum: f.v.datum };
    const gevonden = zodErrors(mijlpaalInvoer, input);
    f.setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      input,
      naOpslaan(() => `Mijlpaal "${input.naam.trim()}" is opgeslagen.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={mijlpaal !== undefined}
      onClose={onClose}
      title={mijlpaal ? 'Mijlpaal wijzigen' : 'Mijlpaal toevoegen'}
      onSubmit={submit}
      bezig={opslaan.isPending}
      links={
        mijlpaal && (
          <Button variant="subtle" color="red" c="red.9" onClick={() => setWeg(true)}>
            Verwijderen
          </Button>
        )
      }
    >
      <TextInput label="Naam van de mijlpaal" {...tekstVeld(f, 'naam')} required data-autofocus />
      <DatumVeld label="Datum" {...datumVeld(f, 'datum')} required />
      {mijlpaal && (
        <Verwijderen
          opened={weg}
          vraag={`Mijlpaal "${mijlpaal.naam}" verwijderen?`}
          bezig={verwijderen.isPending}
          onClose={() => setWeg(false)}
          onBevestig={() =>
            verwijderen.mutate(
              { id: mijlpaal.id },
              {
                onError: toonFout,
                onSuccess: () => {
                  meldVerwijderd(`Mijlpaal "${mijlpaal.naam}"`, 'mijlpaal', mijlpaal.id);
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
