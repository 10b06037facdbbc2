import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  value: string;
  onChange: (tekst: string) => void;
  error: string | undefined;
}

/** An amount typed as Dutch text ("40.000"); an empty field means the item does not count. */
export function BedragVeld({ label, value, onChange, error }: Props) {
  return (
    <TextInput
      label={label}
      placeholder="telt niet mee"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      inputMode="decimal"
      leftSection="€"
      leftSectionPointerEvents="none"
    />
  );
}
