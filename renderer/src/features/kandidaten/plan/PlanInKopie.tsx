import { SimpleGrid, Stack } from '@mantine/core';
import type { PersoonlijkPlan } from '../../../../../shared/domain/kandidaten';
import { AlleenInWerkgroepbestand, NIET_IN_KOPIE } from '../../samenwerken/AlleenInWerkgroepbestand';
import { Gegeven } from '../GegevensTab';
import { naarJaNee } from '../weergave';

/** The plan's free texts and barriers, every one withheld from a member's copy. */
const WEGGELATEN = [
  'Wensen en dromen',
  'In eigen woorden',
  'Belemmeringen',
  'Wat wel kan',
  'Nodige vaardigheden',
  'Mogelijke scholing',
  'Doel',
  'Tussenstappen',
];

const BEGELEIDER: Record<ReturnType<typeof naarJaNee>, string> = {
  ja: 'Ja',
  nee: 'Nee',
  onbekend: 'Nog niet besproken',
};

/**
 * The persoonlijk plan in a copy without personal data: its texts and barriers are about the person
 * and were left out, and nothing here can be saved (main refuses it). Only whether a steady coach
 * helps is kept, as it is no free text.
 */
export function PlanInKopie({ plan }: { plan: PersoonlijkPlan }) {
  return (
    <Stack gap="md" maw={1000} aria-label="Persoonlijk plan" component="section">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
        {WEGGELATEN.map((label) => (
          <Gegeven key={label} label={label} waarde={NIET_IN_KOPIE} />
        ))}
        <Gegeven
          label="Helpt een vaste begeleider?"
          waarde={BEGELEIDER[naarJaNee(plan.vasteBegeleiderHelpt)]}
        />
      </SimpleGrid>
      <AlleenInWerkgroepbestand />
    </Stack>
  );
}
