import { Button, Input, SegmentedControl, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { lesInvoer } from '../../../../shared/api/schemas-monitoring';
import { LES_SOORT_LABEL, LES_SOORTEN, type Les, type LesSoort } from '../../../../shared/domain/monitoring';
import { formatDatum, vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { Verwijderen } from '../../app/Verwijderen';
import { zodErrors } from '../../app/zodForm';
import { meldVerwijderd } from '../../ongedaan/melden';
import { LES_VRAAG } from './weergave';

/** The Select has no empty value: this one stands for "the werkgroep as a whole". */
export const HELE_WERKGROEP = 'werkgroep';

interface Velden {
  soort: LesSoort;
  groep: string;
  datum: string;
  tekst: string;
}

const velden = (les: Les | null | undefined): Velden => ({
  soort: les?.soort ?? 'werkt',
  groep: les?.groepId ?? HELE_WERKGROEP,
  datum: les?.datum ?? vandaagIso(),
  tekst: les?.tekst ?? '',
});

interface Props {
  /** The lesson to edit, `null` for a new one, `undefined` when closed. */
  les: Les | null | undefined;
  groepen: { id: string; naam: string }[];
  onClose: () => void;
}

/** Write down or change a lesson; an existing one can also be deleted from here. */
export function LesFormulier({ les, groepen, onClose }: Props) {
  const f = useVelden(les, velden);
  const opslaan = useApiMutation('evaluatie.lesOpslaan');
  const verwijderen = useApiMutation('evaluatie.lesVerwijderen');
  const [weg, setWeg] = useState(false);

  const submit = () => {
    const input = {
      ...(les ? { id: les.id } : {}),
      groepId: f.v.groep === HELE_WERKGROEP ? null : f.v.groep,
      soort: f.v.soort,
      datum: f.v.datum,
      tekst: f.v.tekst,
    };
    const fouten = zodErrors(lesInvoer, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return;
    opslaan.mutate(
      input,
      naOpslaan(() => 'De les is opgeslagen.', onClose),
    );
  };

  return (
    <>
      <FormulierDialoog
        opened={les !== undefined && !weg}
        onClose={onClose}
        title={les ? 'Les wijzigen' : 'Les toevoegen'}
        size="lg"
        onSubmit={submit}
        bezig={opslaan.isPending}
        links={
          les && (
            <Button variant="subtle" color="red" c="red.9" onClick={() => setWeg(true)}>
              Verwijderen
            </Button>
          )
        }
      >
        <Input.Wrapper label="Soort les" description={LES_VRAAG[f.v.soort]} error={f.fouten.soort}>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-label="Soort les"
            value={f.v.soort}
            onChange={(s) => f.zet('soort', s as LesSoort)}
            data={LES_SOORTEN.map((s) => ({ value: s, label: LES_SOORT_LABEL[s] }))}
          />
        </Input.Wrapper>
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
        <DatumVeld label="Datum" {...datumVeld(f, 'datum')} required />
        <Textarea
          label="Les"
          description="Noem geen namen van kandidaten: de lessen gaan mee naar de FO."
          autosize
          minRows={3}
          {...tekstVeld(f, 'tekst')}
          required
        />
      </FormulierDialoog>
      <Verwijderen
        opened={weg}
        vraag={les ? `De les van ${formatDatum(les.datum)} verwijderen?` : ''}
        bezig={verwijderen.isPending}
        onClose={() => setWeg(false)}
        onBevestig={() =>
          les &&
          verwijderen.mutate(
            { id: les.id },
            {
              onError: toonFout,
              onSuccess: () => {
                meldVerwijderd(`De les van ${formatDatum(les.datum)}`, 'les', les.id);
                setWeg(false);
                onClose();
              },
            },
          )
        }
      />
    </>
  );
}
