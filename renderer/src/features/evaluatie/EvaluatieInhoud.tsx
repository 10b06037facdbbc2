import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { evaluatieTekst } from '../../../../shared/api/schemas-monitoring';
import type { Evaluatie } from '../../../../shared/domain/monitoring';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { useVelden } from '../../app/formulier';
import { toonFout, toonSucces } from '../../app/notify';
import { gaNaar } from '../../app/useHashRoute';
import { Verwijderen } from '../../app/Verwijderen';
import { zodErrors } from '../../app/zodForm';
import { Kerncijfers } from '../monitoring/Kerncijfers';
import { EvaluatieKop } from './EvaluatieKop';
import { EvaluatieTekst, isGewijzigd, tekstVelden } from './EvaluatieTekst';
import { FoVoortgang } from './FoVoortgang';
import { Indicatoren } from './Indicatoren';
import { useFoPakket } from './useFoPakket';
import { VastgelegdeLessen } from './VastgelegdeLessen';
import { VerzendenDialoog } from './VerzendenDialoog';

/** The evaluation page itself: frozen figures and lessons, the werkgroep's text, and the FO steps. */
export function EvaluatieInhoud({ evaluatie: e }: { evaluatie: Evaluatie }) {
  // Keyed on the id, not the record: a refresh of the figures must not wipe text being typed.
  const f = useVelden(e.id, () => tekstVelden(e));
  const opslaan = useApiMutation('evaluaties.opslaan');
  const vernieuwen = useApiMutation('evaluaties.vernieuwen');
  const verzenden = useApiMutation('evaluaties.verzenden');
  const verwijderen = useApiMutation('evaluaties.verwijderen');
  const fo = useFoPakket(e.id);
  const [vraag, setVraag] = useState<'verzenden' | 'verwijderen' | null>(null);
  const concept = e.status === 'concept';
  const gewijzigd = concept && isGewijzigd(f.v, e);

  /** Saves the text; false when it did not pass the checks or main refused it. */
  const bewaar = async (): Promise<boolean> => {
    const input = { id: e.id, ...f.v };
    const fouten = zodErrors(evaluatieTekst, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return false;
    try {
      await opslaan.mutateAsync(input);
      return true;
    } catch (fout) {
      toonFout(fout);
      return false;
    }
  };

  const slaOp = async () => {
    if (await bewaar()) toonSucces('De conclusies en voorstellen zijn opgeslagen.');
  };
  // The FO-pakket takes what is stored, so what is on screen is stored first.
  const foPakket = async () => {
    if (!gewijzigd || (await bewaar())) fo.maak();
  };
  const markeerVerzonden = async () => {
    if (gewijzigd && !(await bewaar())) return setVraag(null);
    verzenden.mutate(
      { id: e.id },
      {
        onError: toonFout,
        onSuccess: (v) => toonSucces(`${v.titel} is gemarkeerd als verzonden naar de FO.`),
        onSettled: () => setVraag(null),
      },
    );
  };

  return (
    <Stack gap="lg">
      <Anchor href="#/evaluatie" size="sm" c="tafel.8">
        ← Alle evaluaties
      </Anchor>
      <EvaluatieKop
        evaluatie={e}
        foBezig={fo.bezig}
        onFoPakket={foPakket}
        onVerzenden={() => setVraag('verzenden')}
        onVerwijderen={() => setVraag('verwijderen')}
      />
      {fo.bezig && <FoVoortgang voortgang={fo.voortgang} />}
      <Paper withBorder p="sm" bg="gray.0">
        <Group justify="space-between">
          <Text size="sm" data-testid="vastgelegd">
            Cijfers vastgelegd op {formatDatum(e.vastgelegdOp)}.{' '}
            {concept
              ? 'Latere wijzigingen tellen pas mee als u de cijfers vernieuwt.'
              : 'Zo zijn ze naar de FO gegaan.'}
          </Text>
          {concept && (
            <Button
              variant="default"
              size="xs"
              loading={vernieuwen.isPending}
              onClick={() =>
                vernieuwen.mutate(
                  { id: e.id },
                  { onError: toonFout, onSuccess: () => toonSucces('De cijfers zijn vernieuwd.') },
                )
              }
            >
              Cijfers vernieuwen
            </Button>
          )}
        </Group>
      </Paper>
      <Indicatoren cijfers={e.cijfers} />
      <Kerncijfers cijfers={e.cijfers} />
      <VastgelegdeLessen lessen={e.lessen} />
      <EvaluatieTekst
        f={f}
        alleenLezen={!concept}
        gewijzigd={gewijzigd}
        bezig={opslaan.isPending}
        onOpslaan={slaOp}
      />
      <VerzendenDialoog
        opened={vraag === 'verzenden'}
        eerstOpslaan={gewijzigd}
        bezig={opslaan.isPending || verzenden.isPending}
        onClose={() => setVraag(null)}
        onBevestig={markeerVerzonden}
      />
      <Verwijderen
        opened={vraag === 'verwijderen'}
        vraag={`"${e.titel}" verwijderen, met de vastgelegde cijfers, conclusies en voorstellen? De lessen zelf blijven bewaard.`}
        bezig={verwijderen.isPending}
        onClose={() => setVraag(null)}
        onBevestig={() =>
          verwijderen.mutate(
            { id: e.id },
            {
              onError: (fout) => {
                setVraag(null);
                toonFout(fout);
              },
              onSuccess: () => {
                toonSucces(`${e.titel} is verwijderd.`);
                gaNaar('evaluatie');
              },
            },
          )
        }
      />
    </Stack>
  );
}
