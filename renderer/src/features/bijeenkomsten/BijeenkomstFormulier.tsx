import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { bijeenkomstInvoer } from '../../../../shared/api/schemas-planning';
import {
  BIJEENKOMST_SOORT_LABEL,
  BIJEENKOMST_SOORTEN,
  type Bijeenkomst,
  type BijeenkomstSoort,
} from '../../../../shared/domain/bijeenkomsten';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { TijdVeld } from '../../app/TijdVeld';
import { datumVeld, tekstVeld, tijdVeld } from '../../app/tekstVeld';
import { leesTijd } from '../../app/tijdTekst';
import { gaNaar } from '../../app/useHashRoute';
import { zodErrors } from '../../app/zodForm';
import { bijeenkomstNaam } from './weergave';

export interface BijeenkomstVelden {
  soort: BijeenkomstSoort;
  datum: string;
  tijd: string;
  plaats: string;
}

export const bijeenkomstVelden = (b: Bijeenkomst | null | undefined): BijeenkomstVelden => ({
  soort: b?.soort ?? 'werkgroep',
  datum: b?.datum ?? vandaagIso(),
  tijd: b?.tijd ?? '',
  plaats: b?.plaats ?? '',
});

/**
 * The form values as the channel takes them (empty time and place are "not set"). A time still being
 * typed (Enter in the field) is tidied as leaving the field would; no time stays, for the message.
 */
export const alsInvoer = (v: BijeenkomstVelden) => ({
  soort: v.soort,
  datum: v.datum,
  tijd: v.tijd.trim() === '' ? null : (leesTijd(v.tijd) ?? v.tijd),
  plaats: v.plaats,
});

interface VeldenProps {
  f: ReturnType<typeof useVelden<BijeenkomstVelden, unknown>>;
}

/** Type, date, time and place: shared by this form and the preparation dialog. */
export function BijeenkomstVeldenInvoer({ f }: VeldenProps) {
  return (
    <>
      <Select
        label="Soort bijeenkomst"
        data={BIJEENKOMST_SOORTEN.map((s) => ({ value: s, label: BIJEENKOMST_SOORT_LABEL[s] }))}
        value={f.v.soort}
        onChange={(s) => s && f.zet('soort', s as BijeenkomstSoort)}
        error={f.fouten.soort}
        allowDeselect={false}
        required
      />
      <SimpleGrid cols={2}>
        <DatumVeld label="Datum" {...datumVeld(f, 'datum')} required />
        <TijdVeld label="Tijd" {...tijdVeld(f, 'tijd')} />
      </SimpleGrid>
      <TextInput label="Plaats" placeholder="Bijvoorbeeld Gemeentehuis Goes" {...tekstVeld(f, 'plaats')} />
    </>
  );
}

interface Props {
  /** The meeting to edit, `null` for a new one, `undefined` when closed. */
  bijeenkomst: Bijeenkomst | null | undefined;
  onClose: () => void;
}

/** Add or edit a meeting's type, date, time and place; a new meeting opens on its own page. */
export function BijeenkomstFormulier({ bijeenkomst, onClose }: Props) {
  const f = useVelden(bijeenkomst, bijeenkomstVelden);
  const opslaan = useApiMutation('bijeenkomsten.opslaan');
  const submit = () => {
    const input = { ...(bijeenkomst ? { id: bijeenkomst.id } : {}), ...alsInvoer(f.v) };
    const fouten = zodErrors(bijeenkomstInvoer, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return;
    opslaan.mutate(
      input,
      naOpslaan((b) => {
        if (!bijeenkomst) gaNaar(`bijeenkomsten/${b.id}`);
        return `${bijeenkomstNaam(b)} is opgeslagen.`;
      }, onClose),
    );
  };
  return (
    <FormulierDialoog
      opened={bijeenkomst !== undefined}
      onClose={onClose}
      title={bijeenkomst ? 'Bijeenkomst bewerken' : 'Bijeenkomst toevoegen'}
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <BijeenkomstVeldenInvoer f={f} />
    </FormulierDialoog>
  );
}
