import { Alert } from '@mantine/core';
import { groepsgrootteMelding } from '../../../../shared/domain/kandidaten';
import { meervoud } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { Waarschuwing } from '../../app/Waarschuwing';
import { meldMetOngedaan, terugschrijven } from '../../ongedaan/melden';

/** What the user hears after placing: how many moved, into which group (never who). */
export function plaatsMelding(geplaatst: number, groep: string): string {
  if (geplaatst === 0) return `Deze kandidaten stonden al in groep ${groep}.`;
  return `${meervoud(geplaatst, 'kandidaat', 'kandidaten')} in groep ${groep} geplaatst.`;
}

/**
 * Places a selection of candidates in one group with one call (one write, one log line), then
 * says what happened and lets the caller close its dialog or clear its selection.
 */
export function usePlaatsInGroep(naPlaatsen: () => void) {
  const plaatsen = useApiMutation('groepen.plaatsen');
  const plaats = (groepId: string, kandidaatIds: string[]) =>
    plaatsen.mutate(
      { groepId, kandidaatIds },
      {
        onError: toonFout,
        onSuccess: ({ groep, geplaatst, vorige }) => {
          if (vorige.length > 0)
            meldMetOngedaan(
              plaatsMelding(geplaatst, groep.naam),
              `De plaatsing in groep ${groep.naam} is teruggedraaid.`,
              () => terugschrijven('groepen.terugplaatsen', { groepId: groep.id, vorige }),
            );
          else toonSucces(plaatsMelding(geplaatst, groep.naam));
          naPlaatsen();
        },
      },
    );
  return { plaats, bezig: plaatsen.isPending };
}

/** The group-size norm (5 à 6) said before placing: a warning above it, a hint below it. */
export function GroepsgrootteWaarschuwing({ nu, erbij }: { nu: number; erbij: number }) {
  const melding = groepsgrootteMelding(nu, erbij);
  if (!melding) return null;
  if (melding.soort === 'klein')
    return (
      <Alert color="gray" data-testid="groepsgrootte">
        {melding.tekst}
      </Alert>
    );
  return (
    <Waarschuwing title="Groter dan afgesproken" data-testid="groepsgrootte">
      {melding.tekst} U kunt ze toch plaatsen.
    </Waarschuwing>
  );
}
