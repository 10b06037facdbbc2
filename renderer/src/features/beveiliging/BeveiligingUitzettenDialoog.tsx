import { Alert, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError, useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout, toonSucces } from '../../app/notify';
import { toonKnop } from './NieuwWachtwoordVelden';

/** Stores the open file unencrypted again, after a warning and the passphrase. */
export function BeveiligingUitzettenDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const uitzetten = useApiMutation('beveiliging.uitzetten');
  const sluit = () => {
    setWachtwoord('');
    setFout(undefined);
    onClose();
  };

  const submit = () => {
    if (!wachtwoord) return setFout('Vul het wachtwoord in.');
    uitzetten.mutate(
      { wachtwoord },
      {
        onError: (error) => {
          if (!(error instanceof ApiError && error.error.code === 'WACHTWOORD_ONJUIST'))
            return toonFout(error);
          setFout(error.message);
          setWachtwoord('');
        },
        onSuccess: () => {
          sluit();
          toonSucces('De beveiliging is uitgezet. Het bestand wordt niet meer versleuteld opgeslagen.');
        },
      },
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="Beveiliging uitzetten"
      onSubmit={submit}
      bezig={uitzetten.isPending}
      opslaanLabel="Beveiliging uitzetten"
    >
      <Alert color="red" title="Het bestand wordt onversleuteld opgeslagen">
        Daarna kan iedereen die het bestand of een reservekopie ervan in handen krijgt, de persoonsgegevens
        erin lezen. Doe dit alleen als het bestand op een andere manier goed beveiligd is.
      </Alert>
      <PasswordInput
        label="Wachtwoord"
        value={wachtwoord}
        onChange={(e) => {
          setWachtwoord(e.currentTarget.value);
          setFout(undefined);
        }}
        error={fout}
        autoComplete="current-password"
        visibilityToggleButtonProps={toonKnop}
        data-autofocus
      />
    </FormulierDialoog>
  );
}
