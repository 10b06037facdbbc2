import { PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { wachtwoord as wachtwoordSchema } from '../../../../shared/api/schemas';

export const ZELFDE_FOUT = 'De twee wachtwoorden zijn niet gelijk. Typ ze nog eens.';

/** Mantine's show/hide button needs a Dutch name for screen readers. */
/** Each show toggle has its own name, so a screen reader user knows which field it shows. */
export const TOON_WACHTWOORD = { 'aria-label': 'Wachtwoord tonen' };
const TOON_HERHALING = { 'aria-label': 'Herhaling tonen' };

/**
 * A new passphrase typed twice. `controleer` gives the Dutch messages main would give (same schema)
 * plus the mismatch, which only the screen can check; it returns the passphrase when all is well.
 */
export function useNieuwWachtwoord() {
  const [nieuw, setNieuw] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const [fouten, setFouten] = useState<{ nieuw?: string; herhaling?: string }>({});

  const controleer = (): string | null => {
    const ongeldig = wachtwoordSchema.safeParse(nieuw).error?.issues[0]?.message;
    const verschilt = !ongeldig && nieuw !== herhaling ? ZELFDE_FOUT : undefined;
    setFouten({ nieuw: ongeldig, herhaling: verschilt });
    return ongeldig || verschilt ? null : nieuw;
  };
  const leeg = () => {
    setNieuw('');
    setHerhaling('');
    setFouten({});
  };
  return { nieuw, setNieuw, herhaling, setHerhaling, fouten, setFouten, controleer, leeg };
}

type Props = ReturnType<typeof useNieuwWachtwoord> & { label: string; autoFocus?: boolean };

/** The two fields of `useNieuwWachtwoord`; typing in one clears its message. */
export function NieuwWachtwoordVelden({ label, autoFocus, ...f }: Props) {
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label}
        description="Minstens 12 tekens. Een korte zin van een paar woorden is sterk en makkelijk te onthouden."
        value={f.nieuw}
        onChange={(e) => {
          f.setNieuw(e.currentTarget.value);
          f.setFouten((o) => ({ ...o, nieuw: undefined }));
        }}
        error={f.fouten.nieuw}
        autoComplete="new-password"
        data-autofocus={autoFocus || undefined}
        visibilityToggleButtonProps={TOON_WACHTWOORD}
      />
      <PasswordInput
        label="Herhaal het wachtwoord"
        value={f.herhaling}
        onChange={(e) => {
          f.setHerhaling(e.currentTarget.value);
          f.setFouten((o) => ({ ...o, herhaling: undefined }));
        }}
        error={f.fouten.herhaling}
        autoComplete="new-password"
        visibilityToggleButtonProps={TOON_HERHALING}
      />
    </Stack>
  );
}
