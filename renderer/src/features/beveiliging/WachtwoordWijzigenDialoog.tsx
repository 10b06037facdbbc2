import { Text } from '@mantine/core';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonSucces } from '../../app/notify';
import { HuidigWachtwoordVeld, useHuidigWachtwoord } from './HuidigWachtwoord';
import { NieuwWachtwoordVelden, useNieuwWachtwoord } from './NieuwWachtwoordVelden';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The new recovery code that comes with the new passphrase; shown once by the caller. */
  onGewijzigd: (herstelcode: string) => void;
}

/**
 * A new passphrase for the open file; the current one proves it is the user's to change. It comes
 * with a new recovery code: the old passphrase and the old code open nothing saved from now on.
 */
export function WachtwoordWijzigenDialoog({ opened, onClose, onGewijzigd }: Props) {
  const velden = useNieuwWachtwoord();
  const huidig = useHuidigWachtwoord('Vul het huidige wachtwoord in.');
  const wijzigen = useApiMutation('beveiliging.wijzigen');
  const sluit = () => {
    velden.leeg();
    huidig.leeg();
    onClose();
  };

  const submit = () => {
    const ingevuld = huidig.ingevuld();
    const nieuw = velden.controleer();
    if (!ingevuld || !nieuw) return;
    wijzigen.mutate(
      { huidig: huidig.wachtwoord, nieuw },
      {
        onError: huidig.bijFout,
        onSuccess: ({ herstelcode }) => {
          sluit();
          toonSucces(
            'Het wachtwoord is gewijzigd. Bewaar de nieuwe herstelcode; de oude opent dit bestand niet meer.',
          );
          onGewijzigd(herstelcode);
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
      <Text size="sm">
        U krijgt ook een nieuwe herstelcode. Het oude wachtwoord en de oude herstelcode openen dit bestand en
        de reservekopieën daarna niet meer; alleen een kopie die eerder buiten Tafelwerk is gemaakt, opent er
        nog mee, met de gegevens van toen.
      </Text>
      <HuidigWachtwoordVeld label="Huidig wachtwoord" veld={huidig.veld} />
      <NieuwWachtwoordVelden label="Nieuw wachtwoord" {...velden} />
    </FormulierDialoog>
  );
}
