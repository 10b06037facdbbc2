import { Button, Checkbox, Stack, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { ApiError } from '../../renderer/src/api/client';
import { SaveStatus } from '../../renderer/src/app/SaveStatus';
import { useBewaarTijdensTypen } from '../../renderer/src/app/useBewaarTijdensTypen';
import type { DocumentInfo } from '../../shared/domain/types';
import { Log, Waarde } from './uitlezen';

/** The open file as the header gets it: saved, at a fixed moment. */
export const OPGESLAGEN: DocumentInfo = {
  bestandsnaam: 'Werkgroep Zeewolde.tafelwerk',
  map: '/tmp',
  werkgroepNaam: 'Werkgroep Zeewolde',
  opslagstatus: 'opgeslagen',
  laatstOpgeslagenOp: '2026-05-04T09:15:00.000Z',
  opslagfout: null,
  gewijzigdOpSchijf: false,
  beveiligd: false,
  alleenLezen: false,
  zonderPersoonsgegevens: false,
  schemaversie: 1,
};

interface Plan {
  notitie: string;
}

/** Main, played by the scenario: each save waits until the test lets main answer, then stores or refuses. */
interface Main {
  wachtend: Array<() => void>;
  weigeren: boolean;
}

/** An inline note saved as it is typed, through `opslaan` as a page's mutation would. */
function NotitieFormulier({
  opgeslagen,
  setOpgeslagen,
  main,
  log,
}: {
  opgeslagen: Plan;
  setOpgeslagen: (p: Plan) => void;
  main: Main;
  log: (regel: string) => void;
}) {
  const f = useBewaarTijdensTypen<Plan, Plan>({
    sleutel: 'plan:k-1',
    bron: opgeslagen,
    uitBron: (p) => ({ ...p }),
    controleer: (p): Record<string, string> =>
      p.notitie.trim() === '' ? { notitie: 'Vul een notitie in.' } : {},
    opslaan: async (p) => {
      log(`opslaan: ${p.notitie}`);
      await new Promise<void>((antwoord) => main.wachtend.push(antwoord));
      if (main.weigeren)
        throw new ApiError({ code: 'OPSLAAN_MISLUKT', message: 'De notitie kon niet worden opgeslagen.' });
      setOpgeslagen(p);
    },
  });
  return (
    <Textarea
      label="Notitie"
      value={f.v.notitie}
      onChange={(e) => f.zet('notitie', e.currentTarget.value)}
      error={f.fouten.notitie}
    />
  );
}

function BewaarTijdensTypen() {
  const [opgeslagen, setOpgeslagen] = useState<Plan>({ notitie: 'Eerste gesprek gepland' });
  const [zichtbaar, setZichtbaar] = useState(true);
  const main = useRef<Main>({ wachtend: [], weigeren: false }).current;
  const [log, setLog] = useState<string[]>([]);
  return (
    <Stack w={480}>
      <SaveStatus document={OPGESLAGEN} />
      {zichtbaar && (
        <NotitieFormulier
          opgeslagen={opgeslagen}
          setOpgeslagen={setOpgeslagen}
          main={main}
          log={(regel) => setLog((l) => [...l, regel])}
        />
      )}
      <Button variant="default" onClick={() => setZichtbaar((z) => !z)}>
        {zichtbaar ? 'Andere tab' : 'Terug naar het plan'}
      </Button>
      <Checkbox label="Main weigert" onChange={(e) => (main.weigeren = e.currentTarget.checked)} />
      <Button
        variant="default"
        onClick={() => {
          for (const antwoord of main.wachtend.splice(0)) antwoord();
        }}
      >
        Main antwoordt
      </Button>
      <Waarde naam="opgeslagen" waarde={opgeslagen.notitie} />
      <Log regels={log} />
    </Stack>
  );
}

export const TYPEN_SCENARIOS = { useBewaarTijdensTypen: BewaarTijdensTypen };
