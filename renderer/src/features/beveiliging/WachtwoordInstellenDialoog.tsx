import { Text } from '@mantine/core';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { NieuwWachtwoordVelden, useNieuwWachtwoord } from './NieuwWachtwoordVelden';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The recovery code main made; shown once by the caller. */
  onIngesteld: (herstelcode: string) => void;
}

/** Protects the open file with a passphrase, typed twice so a typo cannot lock the user out. */
export function WachtwoordInstellenDialoog({ opened, onClose, onIngesteld }: Props) {
  const velden = useNieuwWachtwoord();
  const instellen = useApiMutation('beveiliging.instellen');
  const sluit = () => {
    velden.leeg();
    onClose();
  };

  const submit = () => {
    const wachtwoord = velden.controleer();
    if (!wachtwoord) return;
    instellen.mutate(
      { wachtwoord },
      {
        onError: toonFout,
        onSuccess: ({ herstelcode }) => {
          sluit();
          onIngesteld(herstelcode);
        },
      },
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={sluit}
      title="Wachtwoord instellen"
      onSubmit={submit}
      bezig={instellen.isPending}
      opslaanLabel="Wachtwoord instellen"
    >
      <Text size="sm">
        Daarna vraagt Tafelwerk het wachtwoord telkens als dit bestand wordt geopend. U krijgt ook een
        herstelcode voor als het wachtwoord vergeten is.
      </Text>
      <NieuwWachtwoordVelden label="Wachtwoord" autoFocus {...velden} />
    </FormulierDialoog>
  );
}
