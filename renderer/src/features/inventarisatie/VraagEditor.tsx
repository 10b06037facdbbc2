import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { VRAAG_SOORT_LABEL, VRAAG_SOORTEN, type VraagSoort } from '../../../../shared/domain/inventarisatie';
import type { VraagConcept } from './sjabloonBewerken';

interface Props {
  vraag: VraagConcept;
  nummer: string;
  onChange: (vraag: VraagConcept) => void;
  onWeg: () => void;
  /** Messages by field ("tekst", "keuzes", …; "" for the question as a whole). */
  fouten: Record<string, string>;
}

const SOORTEN = VRAAG_SOORTEN.map((s) => ({ value: s, label: VRAAG_SOORT_LABEL[s] }));

/** One question of the template: text, explanation, kind, required, and the choices if it has them. */
export function VraagEditor({ vraag, nummer, onChange, onWeg, fouten }: Props) {
  const zet = <K extends keyof VraagConcept>(veld: K, waarde: VraagConcept[K]) =>
    onChange({ ...vraag, [veld]: waarde });
  const keuzevraag = vraag.soort === 'meerkeuze' || vraag.soort === 'enkelkeuze';
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <Textarea
          label={`Vraag ${nummer}`}
          autosize
          minRows={1}
          value={vraag.tekst}
          onChange={(e) => zet('tekst', e.currentTarget.value)}
          error={fouten.tekst}
          required
        />
        <TextInput
          label={`Toelichting bij vraag ${nummer}`}
          value={vraag.toelichting}
          onChange={(e) => zet('toelichting', e.currentTarget.value)}
          error={fouten.toelichting}
        />
        <SimpleGrid cols={2}>
          <Select
            label={`Soort vraag ${nummer}`}
            data={SOORTEN}
            value={vraag.soort}
            onChange={(s) => s && zet('soort', s as VraagSoort)}
            allowDeselect={false}
          />
          <Checkbox
            mt={30}
            label="Verplicht"
            aria-label={`Vraag ${nummer} is verplicht`}
            checked={vraag.verplicht}
            onChange={(e) => zet('verplicht', e.currentTarget.checked)}
          />
        </SimpleGrid>
        {keuzevraag && (
          <Textarea
            label={`Keuzes bij vraag ${nummer}`}
            description="Eén keuze per regel, minstens twee."
            autosize
            minRows={3}
            value={vraag.keuzesTekst}
            onChange={(e) => zet('keuzesTekst', e.currentTarget.value)}
            error={fouten.keuzes ?? fouten['']}
          />
        )}
        {vraag.soort === 'aanbod' && (
          <Text size="sm" c={fouten[''] || fouten.opties ? 'red.9' : 'dimmed'}>
            {fouten[''] ??
              fouten.opties ??
              `Mogelijkheden: ${vraag.opties.map((o) => o.naam).join(', ') || '—'}`}
          </Text>
        )}
        {!keuzevraag && vraag.soort !== 'aanbod' && fouten[''] && (
          <Text size="sm" c="red.9">
            {fouten['']}
          </Text>
        )}
        <Group justify="flex-end">
          <Button size="xs" variant="subtle" color="red" c="red.9" onClick={onWeg}>
            Vraag {nummer} weghalen
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
