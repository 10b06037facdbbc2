import { Autocomplete, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { WerkgroepInvoer } from '../../../shared/api/schemas';
import { BEKENDE_REGIOS } from '../../../shared/domain/regios';

interface Props {
  values: WerkgroepInvoer;
  errors: Record<string, string>;
  onChange: (values: WerkgroepInvoer) => void;
  /** When creating a werkgroep, explain that a known region brings its gemeenten along. */
  nieuw?: boolean;
  /**
   * Fields shown between the name and the region. The region's list of known regions opens
   * downward over whatever follows it, so a field with help text goes above it, not below.
   */
  voorRegio?: ReactNode;
}

/** Name and region of a werkgroep: the same fields when creating one and in Instellingen. */
export function WerkgroepVelden({ values, errors, onChange, nieuw = false, voorRegio }: Props) {
  return (
    <>
      <TextInput
        label="Naam van de werkgroep"
        placeholder={nieuw ? 'Bijvoorbeeld: Werkgroep SROI Oosterschelderegio' : undefined}
        value={values.naam}
        onChange={(e) => onChange({ ...values, naam: e.currentTarget.value })}
        error={errors.naam}
        required
        data-autofocus={nieuw || undefined}
      />
      {voorRegio}
      <Autocomplete
        label="Regio"
        description={
          nieuw ? 'Kiest u de Oosterschelderegio, dan staan de zeven gemeenten er meteen in.' : undefined
        }
        placeholder={nieuw ? 'Bijvoorbeeld: Oosterschelderegio' : undefined}
        data={BEKENDE_REGIOS.map((p) => p.naam)}
        value={values.regio}
        onChange={(regio) => onChange({ ...values, regio })}
        error={errors.regio}
        required
      />
    </>
  );
}
