import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { evaluatieTekst } from '../../../../shared/api/schemas-monitoring';
import type { Evaluatie } from '../../../../shared/domain/monitoring';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { useBewaarTijdensTypen } from '../../app/useBewaarTijdensTypen';
import { gaNaar } from '../../app/useHashRoute';
import { Verwijderen } from '../../app/Verwijderen';
import { zodErrors } from '../../app/zodForm';
import { meldVerwijderd } from '../../ongedaan/melden';
import { Kerncijfers } from '../monitoring/Kerncijfers';
import { EvaluatieKop } from './EvaluatieKop';
import { EvaluatieTekst, tekstVelden } from './EvaluatieTekst';
import { FoVoortgang } from './FoVoortgang';
import { Indicatoren } from './Indicatoren';
import { useFoPakket } from './useFoPakket';
import { VastgelegdeLessen } from './VastgelegdeLessen';
import { VerzendenDialoog } from './VerzendenDialoog';

/** The evaluation page itself: frozen figures and lessons, the werkgroep's text, and the FO steps. */
export function EvaluatieInhoud({ evaluatie: e }: { evaluatie: Evaluatie }) {
  const opslaan = useApiMutation('evaluatie.opslaan');
  // Saved while typed; a refresh of the figures (a new record) leaves text being typed alone.
  const f = useBewaarTijdensTypen({
    sleutel: `evaluatie:${e.id}`,
    bron: e,
    uitBron: tekstVelden,
    opslaan: (v) => opslaan.mutateAsync({ id: e.id, ...v }),
    controleer: (v) => zodErrors(evaluatieTekst, { id: e.id, ...v }),
  });
  const vernieuwen = useApiMutation('evaluatie.vernieuwen');
  const verzenden = useApiMutation('evaluatie.verzenden');
  const verwijderen = useApiMutation('evaluatie.verwijderen');
  const fo = useFoPakket(e.id);
  const [vraag, setVraag] = useState<'verzenden' | 'verwijderen' | null>(null);
  const concept = e.status === 'concept';
  const gewijzigd = concept && f.nietOpgeslagen;

  // The FO-pakket takes what is stored, so what is on screen is stored first.
  const foPakket = async () => {
    if (await f.bewaarNu()) fo.maak();
  };
  const markeerVerzonden = async () => {
    if (!(await f.bewaarNu())) return setVraag(null);
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
      <EvaluatieTekst f={f} alleenLezen={!concept} />
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
                meldVerwijderd(`"${e.titel}"`, 'evaluatie', e.id);
                gaNaar('evaluatie');
              },
            },
          )
        }
      />
    </Stack>
  );
}
