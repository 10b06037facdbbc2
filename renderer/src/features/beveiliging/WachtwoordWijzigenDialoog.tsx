import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError, useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout, toonSucces } from '../../app/notify';
import { NieuwWachtwoordVelden, toonKnop, useNieuwWachtwoord } from './NieuwWachtwoordVelden';

/** A new passphrase for the open file; the current one proves it is the user's to change. */
export function WachtwoordWijzigenDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const velden = useNieuwWachtwoord();
  const [huidig, setHuidig] = useState('');
  const [huidigFout, setHuidigFout] = useState<string | undefined>();
  const wijzigen = useApiMutation('beveiliging.wijzigen');
  const sluit = () => {
    velden.leeg();
    setHuidig('');
    setHuidigFout(undefined);
    onClose();
  };

  const submit = () => {
    const leeg = huidig ? undefined : 'Vul het huidige wachtwoord in.';
    setHuidigFout(leeg);
    const nieuw = velden.controleer();
    if (leeg || !nieuw) return;
    wijzigen.mutate(
      { huidig, nieuw },
      {
        onError: (error) => {
          if (!(error instanceof ApiError && error.error.code === 'WACHTWOORD_ONJUIST'))
            return toonFout(error);
          setHuidigFout(error.message);
          setHuidig('');
        },
        onSuccess: () => {
          sluit();
          toonSucces('Het wachtwoord is gewijzigd. De herstelcode blijft geldig.');
        },
      },
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="Wachtwoord wijzigen"
      onSubmit={submit}
      bezig={wijzigen.isPending}
      opslaanLabel="Wachtwoord wijzigen"
    >
      <PasswordInput
        label="Huidig wachtwoord"
        value={huidig}
        onChange={(e) => {
          setHuidig(e.currentTarget.value);
          setHuidigFout(undefined);
        }}
        error={huidigFout}
        autoComplete="current-password"
        visibilityToggleButtonProps={toonKnop}
        data-autofocus
      />
      <NieuwWachtwoordVelden label="Nieuw wachtwoord" {...velden} />
    </FormulierDialoog>
  );
}
