import { Group, Radio } from '@mantine/core';
import type { JaNee } from './weergave';

interface Props {
  label: string;
  waarde: JaNee;
  onChange: (j: JaNee) => void;
  /** The words for "not known yet", which differ per question ("onbekend", "nog niet"). */
  onbekendLabel?: string;
}

/** Yes / no / not known: a nullable boolean as three radio buttons with one group label. */
export function JaNeeKeuze({ label, waarde, onChange, onbekendLabel = 'Onbekend' }: Props) {
  return (
    <Radio.Group label={label} value={waarde} onChange={(j) => onChange(j as JaNee)}>
      <Group mt={6} gap="md">
        <Radio value="ja" label="Ja" />
        <Radio value="nee" label="Nee" />
        <Radio value="onbekend" label={onbekendLabel} />
      </Group>
    </Radio.Group>
  );
}
