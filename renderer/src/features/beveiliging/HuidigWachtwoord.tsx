import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { toonFout } from '../../app/notify';
import { TOON_WACHTWOORD } from './NieuwWachtwoordVelden';

/**
 * The current passphrase, asked before a change to the protection (change it, a new recovery
 * code, remove it). A wrong one is said at the field and cleared; other errors are notified.
 */
export function useHuidigWachtwoord(leegMelding = 'Vul het wachtwoord in.') {
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  return {
    wachtwoord,
    leeg: () => {
      setWachtwoord('');
      setFout(undefined);
    },
    /** Whether it is filled in; if not, says so at the field. */
    ingevuld: () => {
      setFout(wachtwoord ? undefined : leegMelding);
      return wachtwoord !== '';
    },
    bijFout: (error: Error) => {
      if (!(error instanceof ApiError && error.error.code === 'WACHTWOORD_ONJUIST')) return toonFout(error);
      setFout(error.message);
      setWachtwoord('');
    },
    veld: {
      value: wachtwoord,
      error: fout,
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
        setWachtwoord(e.currentTarget.value);
        setFout(undefined);
      },
    },
  };
}

export function HuidigWachtwoordVeld({
  label,
  veld,
}: {
  label: string;
  veld: ReturnType<typeof useHuidigWachtwoord>['veld'];
}) {
  return (
    <PasswordInput
      label={label}
      {...veld}
      autoComplete="current-password"
      visibilityToggleButtonProps={TOON_WACHTWOORD}
      data-autofocus
    />
  );
}
