import { TextInput, type TextInputProps } from '@mantine/core';
import { leesTijd } from './tijdTekst';

interface Props extends Pick<TextInputProps, 'label' | 'description' | 'error' | 'required' | 'disabled'> {
  /** 'HH:MM', '' when empty, or what is being typed. */
  value: string;
  onChange: (tijd: string) => void;
}

/**
 * A time field that shows and takes uu:mm (24 hours) whatever language the computer runs in:
 * Chromium's own time field would show 2:00 PM on an English one. What is typed is tidied into
 * uu:mm when the field is left (1400 → 14:00); what is no time stays, for the form's message.
 */
export function TijdVeld({ value, onChange, ...rest }: Props) {
  return (
    <TextInput
      {...rest}
      placeholder="uu:mm"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={() => {
        const tijd = leesTijd(value);
        if (tijd && tijd !== value) onChange(tijd);
      }}
    />
  );
}
