import {
  Checkbox,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useId } from 'react';
import type { Vraag } from '../../../../shared/domain/inventarisatie';
import type { Invoer } from './antwoordInvoer';

interface Props {
  vraag: Vraag;
  invoer: Invoer;
  onChange: (invoer: Invoer) => void;
  fout?: string;
}

const JANEE = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
  { value: '', label: 'Leeg' },
];

/** One question of the form as a field that fits its kind. */
export function AntwoordVeld({ vraag, invoer, onChange, fout }: Props) {
  const id = useId();
  const gemeen = {
    label: vraag.tekst,
    description: vraag.toelichting ?? undefined,
    required: vraag.verplicht,
    error: fout,
  };
  switch (invoer.soort) {
    case 'open':
      return (
        <Textarea
          {...gemeen}
          autosize
          minRows={2}
          maxRows={8}
          value={invoer.tekst}
          onChange={(e) => onChange({ soort: 'open', tekst: e.currentTarget.value })}
        />
      );
    case 'getal':
      return (
        <NumberInput
          {...gemeen}
          w={220}
          min={0}
          decimalSeparator=","
          thousandSeparator="."
          value={invoer.getal}
          onChange={(getal) => onChange({ soort: 'getal', getal })}
        />
      );
    case 'enkelkeuze':
      return (
        <Select
          {...gemeen}
          data={vraag.keuzes}
          value={invoer.keuze}
          onChange={(keuze) => onChange({ soort: 'enkelkeuze', keuze })}
          clearable
          placeholder="Kies…"
        />
      );
    case 'meerkeuze':
      return (
        <Checkbox.Group
          {...gemeen}
          value={invoer.keuzes}
          onChange={(keuzes) => onChange({ soort: 'meerkeuze', keuzes })}
        >
          <Stack gap={6} mt={6}>
            {vraag.keuzes.map((k) => (
              <Checkbox key={k} value={k} label={k} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'janee':
      // SegmentedControl is a radiogroup; the wrapper's label names it.
      return (
        <Input.Wrapper {...gemeen} labelElement="div" id={id}>
          <div>
            <SegmentedControl
              aria-labelledby={`${id}-label`}
              data={JANEE}
              value={invoer.keuze}
              onChange={(keuze) => onChange({ soort: 'janee', keuze: keuze as 'ja' | 'nee' | '' })}
            />
          </div>
        </Input.Wrapper>
      );
    case 'aanbod':
      return <AanbodVeld vraag={vraag} invoer={invoer} onChange={onChange} fout={fout} />;
  }
}

function AanbodVeld({
  vraag,
  invoer,
  onChange,
  fout,
}: Props & { invoer: Extract<Invoer, { soort: 'aanbod' }> }) {
  const kopId = useId();
  const zet = (code: string, rij: { aangeboden: boolean; plaatsen: number | string }) =>
    onChange({ soort: 'aanbod', rijen: { ...invoer.rijen, [code]: rij } });
  return (
    <Stack gap={4}>
      <Group gap={4}>
        <Text fw={500} size="sm" id={kopId}>
          {vraag.tekst}
        </Text>
        {vraag.verplicht && (
          <Text span c="red.9" size="sm" aria-hidden>
            *
          </Text>
        )}
      </Group>
      {vraag.toelichting && (
        <Text size="xs" c="dimmed">
          {vraag.toelichting}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        Vink aan wat de organisatie kan bieden; het aantal plaatsen mag leeg blijven als dat nog niet bekend
        is.
      </Text>
      <Table aria-labelledby={kopId} withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Mogelijkheid</Table.Th>
            <Table.Th>Aangeboden</Table.Th>
            <Table.Th>Plaatsen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {vraag.opties.map((o) => {
            const rij = invoer.rijen[o.code] ?? { aangeboden: false, plaatsen: '' };
            return (
              <Table.Tr key={o.code}>
                <Table.Td>{o.naam}</Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${o.naam}: aangeboden`}
                    checked={rij.aangeboden}
                    onChange={(e) => zet(o.code, { ...rij, aangeboden: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${o.naam}: plaatsen`}
                    w={110}
                    size="xs"
                    min={0}
                    allowDecimal={false}
                    value={rij.plaatsen}
                    onChange={(plaatsen) => zet(o.code, { ...rij, plaatsen })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {fout && (
        <Text size="sm" c="red.9" role="alert">
          {fout}
        </Text>
      )}
    </Stack>
  );
}
