import { Button, Checkbox, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DatumVeld } from '../../renderer/src/app/DatumVeld';
import { Dialoog } from '../../renderer/src/app/Dialoog';
import { FormulierDialoog, useVelden } from '../../renderer/src/app/formulier';
import { RijActies } from '../../renderer/src/app/RijActies';
import { datumVeld, tekstVeld } from '../../renderer/src/app/tekstVeld';
import { useVraagVoorSluiten } from '../../renderer/src/app/useVraagVoorSluiten';
import { Log } from './uitlezen';

const GROEP = { naam: 'Groep Noord', start: '2026-09-01' };

/** A group's form in the shared dialog; what it saves and when it closes goes to the log. */
function Formulier() {
  const [open, setOpen] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const f = useVelden(GROEP, (g) => ({ ...g }));
  const sluit = () => {
    setLog((l) => [...l, 'gesloten']);
    setOpen(false);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Groep bewerken</Button>
      <Log regels={log} />
      <FormulierDialoog
        opened={open}
        onClose={sluit}
        title="Groep bewerken"
        bezig={false}
        onSubmit={() => {
          setLog((l) => [...l, `opgeslagen: ${JSON.stringify(f.v)}`]);
          setOpen(false);
        }}
      >
        <TextInput label="Naam" {...tekstVeld(f, 'naam')} />
        <DatumVeld label="Startdatum" {...datumVeld(f, 'start')} required />
      </FormulierDialoog>
    </>
  );
}

/** A dialog that is no form (as a preview or a proposal) asking through the hook itself. */
function VraagVoorSluiten() {
  const [open, setOpen] = useState(false);
  const [gewijzigd, setGewijzigd] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const { sluit, vraag } = useVraagVoorSluiten({
    opened: open,
    titel: 'Agenda voorbereiden',
    gewijzigd: () => gewijzigd,
    onClose: () => {
      setLog((l) => [...l, 'gesloten']);
      setOpen(false);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>Voorbereiden</Button>
      <Log regels={log} />
      <Dialoog opened={open} onClose={sluit} title="Agenda voorbereiden">
        <Stack>
          <Checkbox
            label="Agendapunt overnemen"
            checked={gewijzigd}
            onChange={(e) => setGewijzigd(e.currentTarget.checked)}
          />
          <Button variant="default" onClick={sluit}>
            Annuleren
          </Button>
        </Stack>
        {vraag}
      </Dialoog>
    </>
  );
}

/**
 * Two rows: one that can be edited and deleted, one that can only be deleted. A delete waits until
 * the scenario lets main answer, so the busy state can be seen however slow the machine is (a
 * 300 ms timer was over before a loaded machine's check looked).
 */
function Rijen() {
  const [log, setLog] = useState<string[]>([]);
  const [bezig, setBezig] = useState(false);
  const [wacht, setWacht] = useState<(() => void) | null>(null);
  const verwijder = (wat: string) => (klaar: () => void) => {
    setBezig(true);
    setWacht(() => () => {
      setLog((l) => [...l, `verwijderd: ${wat}`]);
      setBezig(false);
      setWacht(null);
      klaar();
    });
  };
  return (
    <>
      <Table w={480}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>Groep Noord</Table.Td>
            <Table.Td>
              <RijActies
                wat="Groep “Noord”"
                onBewerken={() => setLog((l) => [...l, 'bewerken: Groep Noord'])}
                onVerwijderen={verwijder('Groep Noord')}
                bezig={bezig}
              />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>Intake</Table.Td>
            <Table.Td>
              <RijActies wat="Realisatie “Intake”" onVerwijderen={verwijder('Intake')} bezig={bezig} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Button onClick={() => wacht?.()} disabled={!wacht} data-testid="main-antwoordt">
        Main antwoordt
      </Button>
      <Log regels={log} />
    </>
  );
}

export const FORMULIER_SCENARIOS = { FormulierDialoog: Formulier, VraagVoorSluiten, RijActies: Rijen };
