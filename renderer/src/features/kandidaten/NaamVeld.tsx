import { Text, TextInput } from '@mantine/core';

interface Props {
  waarde: string;
  onChange: (naam: string) => void;
  fout?: string;
  /** A name is stored and names are not switched on: main did not send it, so it cannot be edited. */
  verbergen: boolean;
}

/**
 * The optional full name. It is personal data, so an existing name is not sent to the screen just
 * because someone opened the form: it is there only when names are switched on.
 */
export function NaamVeld({ waarde, onChange, fout, verbergen }: Props) {
  const beschrijving =
    'Niet verplicht. Een naam is een persoonsgegeven: alleen zichtbaar als iemand erom vraagt.';
  // The screen does not even have the stored name: it stays as it is unless names are switched on.
  if (verbergen)
    return (
      <div>
        <Text size="sm" fw={500}>
          Naam en initialen (optioneel)
        </Text>
        <Text size="sm" c="dimmed" mt={4}>
          Er is een naam of zijn initialen vastgelegd; die blijven verborgen en ongewijzigd. Zet "Naam tonen"
          aan om ze te wijzigen.
        </Text>
      </div>
    );
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
