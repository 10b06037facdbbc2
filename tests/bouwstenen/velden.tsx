import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { DatumVeld, MaandVeld } from '../../renderer/src/app/DatumVeld';
import { TijdVeld } from '../../renderer/src/app/TijdVeld';
import { leesTijd } from '../../renderer/src/app/tijdTekst';
import { zodErrors } from '../../renderer/src/app/zodForm';
import { bijeenkomstInvoer } from '../../shared/api/schemas-planning';
import { Waarde } from './uitlezen';

/** A required date with a value and an optional one without, as forms bind them. */
function Datums() {
  const [datum, setDatum] = useState('2026-03-10');
  const [einde, setEinde] = useState('');
  return (
    <Stack w={320}>
      <DatumVeld label="Datum" value={datum} onChange={setDatum} required />
      <Waarde naam="datum" waarde={datum} />
      <DatumVeld label="Einddatum" value={einde} onChange={setEinde} />
      <Waarde naam="einddatum" waarde={einde} />
    </Stack>
  );
}

function Maand() {
  const [maand, setMaand] = useState('2026-03');
  return (
    <Stack w={320}>
      <MaandVeld label="Startmaand" value={maand} onChange={setMaand} />
      <Waarde naam="maand" waarde={maand} />
    </Stack>
  );
}

/** The meeting's time checked on Controleren the way its form does: tidied, then the shared schema. */
const tijdSchema = z.object({ tijd: bijeenkomstInvoer.shape.tijd });

function Tijd() {
  const [tijd, setTijd] = useState('');
  const [fout, setFout] = useState<string>();
  return (
    <Stack w={320}>
      <TijdVeld label="Tijd" value={tijd} onChange={setTijd} error={fout} />
      <Button onClick={() => setFout(zodErrors(tijdSchema, { tijd: leesTijd(tijd) ?? tijd }).tijd)}>
        Controleren
      </Button>
      <Waarde naam="tijd" waarde={tijd} />
    </Stack>
  );
}

export const VELD_SCENARIOS = { DatumVeld: Datums, MaandVeld: Maand, TijdVeld: Tijd };
