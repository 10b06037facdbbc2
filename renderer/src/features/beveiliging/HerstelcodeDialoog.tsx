import { Button, Checkbox, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Waarschuwing } from '../../app/Waarschuwing';
import { VasteDialoog } from './VasteDialoog';

/**
 * Shows the recovery code, once: main does not keep it. It closes only after the user confirms
 * having stored it, since without it a forgotten passphrase means the data is gone.
 */
export function HerstelcodeDialoog({
  herstelcode,
  vervangt = false,
  kopie,
  onClose,
}: {
  herstelcode: string | null;
  /** It replaces an earlier code, which no longer works: the dialog says so. */
  vervangt?: boolean;
  /** The code belongs to a copy just saved under this name, not to the open file: the dialog says so. */
  kopie?: string;
  onClose: () => void;
}) {
  const [bewaard, setBewaard] = useState(false);
  const sluit = () => {
    setBewaard(false);
    onClose();
  };

  return (
    <VasteDialoog
      opened={herstelcode !== null}
      title={kopie ? 'Herstelcode van de kopie' : vervangt ? 'Uw nieuwe herstelcode' : 'Uw herstelcode'}
    >
      <Stack>
        <Text>
          Bewaar deze code op een veilige plek, bijvoorbeeld in de kluis of de wachtwoordmanager van uw
          organisatie, niet bij deze laptop. Als het wachtwoord vergeten is, kunt u{' '}
          {kopie ? `de kopie ${kopie}` : 'het bestand'} alleen nog met deze code openen.
          {vervangt &&
            ' De vorige herstelcode opent dit bestand en de reservekopieën niet meer. Alleen een kopie die eerder buiten Tafelwerk is gemaakt, opent er nog mee, en bevat niets van wat daarna is opgeslagen.'}
        </Text>
        <Text
          ff="monospace"
          fz={26}
          fw={700}
          ta="center"
          py="md"
          bg="gray.0"
          style={{
            borderRadius: 'var(--mantine-radius-md)',
            letterSpacing: '0.05em',
            wordBreak: 'break-word',
          }}
          data-testid="herstelcode"
        >
          {herstelcode}
        </Text>
        <CopyButton value={herstelcode ?? ''}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} style={{ alignSelf: 'center' }}>
              {copied ? 'Gekopieerd' : 'Kopiëren'}
            </Button>
          )}
        </CopyButton>
        <Waarschuwing title="Tafelwerk kan niet helpen">
          Zonder wachtwoord én zonder herstelcode kan niemand de gegevens terughalen, ook Tafelwerk niet. De
          code wordt maar één keer getoond.
        </Waarschuwing>
        <Checkbox
          label="Ik heb de herstelcode veilig bewaard"
          checked={bewaard}
          onChange={(e) => setBewaard(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button onClick={sluit} disabled={!bewaard}>
            Sluiten
          </Button>
        </Group>
      </Stack>
    </VasteDialoog>
  );
}
