import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { HerstelcodeDialoog } from './HerstelcodeDialoog';
import { NieuwWachtwoordVelden, useNieuwWachtwoord } from './NieuwWachtwoordVelden';
import { VasteDialoog } from './VasteDialoog';

/**
 * After opening with the recovery code the old passphrase is forgotten (or known to someone who
 * should not): a new one is chosen before anything else. Main allows it without the old one, and
 * answers with a new recovery code (the one just used may have been seen), shown once here.
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
  const [herstelcode, setHerstelcode] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const nieuw = velden.controleer();
    if (!nieuw) return;
    wijzigen.mutate(
      { huidig: '', nieuw },
      {
        onError: toonFout,
        onSuccess: (antwoord) => {
          velden.leeg();
          toonSucces(
            'Het nieuwe wachtwoord is ingesteld. Bewaar de nieuwe herstelcode; de oude opent dit bestand niet meer.',
          );
          setHerstelcode(antwoord.herstelcode);
        },
      },
    );
  };

  return (
    <>
      <HerstelcodeDialoog
        herstelcode={herstelcode}
        vervangt
        onClose={() => {
          setHerstelcode(null);
          onKlaar();
        }}
      />
      <VasteDialoog opened={opened && herstelcode === null} title="Kies een nieuw wachtwoord">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text>
              U opende het bestand met de herstelcode. Kies nu een nieuw wachtwoord; daarmee opent u het
              bestand voortaan.
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
    </>
  );
}
