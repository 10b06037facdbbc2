import { Text } from '@mantine/core';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { HuidigWachtwoordVeld, useHuidigWachtwoord } from './HuidigWachtwoord';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The new recovery code main made; shown once by the caller. */
  onGemaakt: (herstelcode: string) => void;
}

/**
 * Replaces the recovery code, e.g. when someone else may have seen it. The passphrase stays; main
 * makes a new data key, so the old code opens nothing saved from now on.
 */
export function NieuweHerstelcodeDialoog({ opened, onClose, onGemaakt }: Props) {
  const huidig = useHuidigWachtwoord();
  const maken = useApiMutation('beveiliging.nieuweHerstelcode');
  const sluit = () => {
    huidig.leeg();
    onClose();
  };

  const submit = () => {
    if (!huidig.ingevuld()) return;
    maken.mutate(
      { wachtwoord: huidig.wachtwoord },
      {
        onError: huidig.bijFout,
        onSuccess: ({ herstelcode }) => {
          sluit();
          onGemaakt(herstelcode);
        },
      },
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="Nieuwe herstelcode"
      onSubmit={submit}
      bezig={maken.isPending}
      opslaanLabel="Nieuwe herstelcode maken"
    >
      <Text size="sm">
        U krijgt een nieuwe herstelcode. De oude herstelcode opent dit bestand en de reservekopieën daarna
        niet meer; alleen een kopie die eerder buiten Tafelwerk is gemaakt, opent er nog mee, met de gegevens
        van toen. Uw wachtwoord blijft hetzelfde.
      </Text>
      <HuidigWachtwoordVeld label="Wachtwoord" veld={huidig.veld} />
    </FormulierDialoog>
  );
}
