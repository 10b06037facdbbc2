import { Button, Group, Stack, Text } from '@mantine/core';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { NieuwWachtwoordVelden, useNieuwWachtwoord } from './NieuwWachtwoordVelden';
import { VasteDialoog } from './VasteDialoog';

/**
 * After opening with the recovery code the old passphrase is forgotten (or known to someone who
 * should not): a new one is chosen before anything else. Main allows it without the old one.
 */
export function VerplichtNieuwWachtwoordDialoog({
  opened,
  onKlaar,
}: {
  opened: boolean;
  onKlaar: () => void;
}) {
  const velden = useNieuwWachtwoord();
  const wijzigen = useApiMutation('beveiliging.wijzigen');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const nieuw = velden.controleer();
    if (!nieuw) return;
    wijzigen.mutate(
      { huidig: '', nieuw },
      {
        onError: toonFout,
        onSuccess: () => {
          velden.leeg();
          toonSucces('Het nieuwe wachtwoord is ingesteld. De herstelcode blijft geldig.');
          onKlaar();
        },
      },
    );
  };

  return (
    <VasteDialoog opened={opened} title="Kies een nieuw wachtwoord">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            U opende het bestand met de herstelcode. Kies nu een nieuw wachtwoord; daarmee opent u het bestand
            voortaan.
          </Text>
          <NieuwWachtwoordVelden label="Nieuw wachtwoord" autoFocus {...velden} />
          <Group justify="flex-end">
            <Button type="submit" loading={wijzigen.isPending}>
              Wachtwoord instellen
            </Button>
          </Group>
        </Stack>
      </form>
    </VasteDialoog>
  );
}
