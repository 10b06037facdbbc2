import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  waarde: string;
  onChange: (naam: string) => void;
  fout?: string;
  /** A name is stored and the user has not chosen to show names: keep it off the screen. */
  verbergen: boolean;
}

/**
 * The optional full name. It is personal data, so an existing name is not put on screen just
 * because someone opened the form: it shows only when names are on or after one deliberate click.
 */
export function NaamVeld({ waarde, onChange, fout, verbergen }: Props) {
  const [onthuld, setOnthuld] = useState(false);
  const beschrijving = 'Niet verplicht. Persoonsgegeven: alleen zichtbaar als iemand er om vraagt.';
  if (verbergen && !onthuld) {
    return (
      <div>
        <Text size="sm" fw={500}>
          Naam (optioneel)
        </Text>
        <Group gap="xs" mt={4}>
          <Text size="sm" c="dimmed">
            Er is een naam vastgelegd; die is verborgen.
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => setOnthuld(true)}>
            Naam tonen om te wijzigen
          </Button>
        </Group>
      </div>
    );
  }
  return (
    <TextInput
      label="Naam (optioneel)"
      description={beschrijving}
      value={waarde}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={fout}
      autoComplete="off"
    />
  );
}
