import { Alert } from '@mantine/core';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonSucces } from '../../app/notify';
import { HuidigWachtwoordVeld, useHuidigWachtwoord } from './HuidigWachtwoord';

/** Stores the open file unencrypted again, after a warning and the passphrase. */
export function BeveiligingUitzettenDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const huidig = useHuidigWachtwoord();
  const uitzetten = useApiMutation('beveiliging.uitzetten');
  const sluit = () => {
    huidig.leeg();
    onClose();
  };

  const submit = () => {
    if (!huidig.ingevuld()) return;
    uitzetten.mutate(
      { wachtwoord: huidig.wachtwoord },
      {
        onError: huidig.bijFout,
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
      <HuidigWachtwoordVeld label="Wachtwoord" veld={huidig.veld} />
    </FormulierDialoog>
  );
}
