import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { aanbestedingInvoer } from '../../../../shared/api/schemas-capaciteit';
import { SECTOR_LABEL, SECTOREN, type Sector } from '../../../../shared/domain/aanbestedingen';
import {
  formatBedrag,
  formatPercentage,
  korteGemeente,
  parseBedrag,
  parsePercentage,
} from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';
import type { KalenderRegel } from './KwartaalTabel';

interface Velden {
  naam: string;
  sector: Sector | null;
  gemeenteIds: string[];
  verwachteStart: string;
  waarde: string;
  percentage: string;
  toelichting: string;
}

const uit = (a: KalenderRegel | null | undefined): Velden =>
  a
    ? {
        naam: a.naam,
        sector: a.sector,
        gemeenteIds: a.gemeenteIds,
        verwachteStart: a.verwachteStart,
        waarde: formatBedrag(a.waardeCent).replace(/^€\s*/, ''),
        percentage: formatPercentage(a.sroiPercentageBp).replace(/\s*%$/, ''),
        toelichting: a.toelichting ?? '',
      }
    : {
        naam: '',
        sector: null,
        gemeenteIds: [],
        verwachteStart: '',
        waarde: '',
        percentage: '5',
        toelichting: '',
      };

/** Text → cents and basis points; what cannot be read gets a Dutch example instead of zod's message. */
function lees(v: Velden) {
  const fout: Record<string, string> = {};
  const waardeCent = parseBedrag(v.waarde);
  if (v.waarde.trim() === '') fout.waardeCent = 'Vul de verwachte waarde in.';
  else if (waardeCent === null) fout.waardeCent = 'Vul een bedrag in, bijvoorbeeld 1.250.000.';
  const sroiPercentageBp = parsePercentage(v.percentage);
  if (sroiPercentageBp === null) fout.sroiPercentageBp = 'Vul een percentage in, bijvoorbeeld 5 of 4,5.';
  const input = {
    naam: v.naam,
    sector: v.sector ?? '',
    gemeenteIds: v.gemeenteIds,
    verwachteStart: v.verwachteStart,
    waardeCent: waardeCent ?? Number.NaN,
    sroiPercentageBp: sroiPercentageBp ?? Number.NaN,
    toelichting: v.toelichting.trim() === '' ? null : v.toelichting,
  };
  return { input, fout };
}

interface Props {
  /** The tender to edit, `null` for a new one, `undefined` when closed. */
  aanbesteding: KalenderRegel | null | undefined;
  onClose: () => void;
}

/** Add or edit a tender on the calendar. */
export function AanbestedingFormulier({ aanbesteding, onClose }: Props) {
  const opened = aanbesteding !== undefined;
  const f = useVelden(aanbesteding, uit);
  const { v, zet, fouten, setFouten } = f;
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const opslaan = useApiMutation('capaciteit.aanbestedingOpslaan');
  const gemeenten = (organisaties.data ?? []).filter((o) => o.soort === 'gemeente');

  const submit = () => {
    const { input, fout } = lees(v);
    const gevonden = { ...zodErrors(aanbestedingInvoer, input), ...fout };
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      { ...(aanbesteding ? { id: aanbesteding.id } : {}), ...input, sector: input.sector as Sector },
      naOpslaan((a) => `Aanbesteding "${a.naam}" is opgeslagen.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={aanbesteding ? 'Aanbesteding bewerken' : 'Aanbesteding toevoegen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <TextInput
        label="Naam van de aanbesteding"
        placeholder="Bijvoorbeeld Onderhoud openbaar groen 2027–2030"
        {...tekstVeld(f, 'naam')}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Sector"
          data={SECTOREN.map((s) => ({ value: s, label: SECTOR_LABEL[s] }))}
          value={v.sector}
          onChange={(s) => zet('sector', s as Sector | null)}
          error={fouten.sector}
          required
        />
        <DatumVeld label="Verwachte start" {...datumVeld(f, 'verwachteStart')} required />
      </SimpleGrid>
      <MultiSelect
        label="Gemeenten (opdrachtgevers)"
        data={gemeenten.map((g) => ({ value: g.id, label: korteGemeente(g.naam) }))}
        value={v.gemeenteIds}
        onChange={(ids) => zet('gemeenteIds', ids)}
        error={fouten.gemeenteIds}
        searchable
        required
        nothingFoundMessage="Geen gemeente gevonden"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Verwachte waarde (€)"
          placeholder="Bijvoorbeeld 2.400.000"
          inputMode="decimal"
          {...tekstVeld(f, 'waarde', 'waardeCent')}
          required
        />
        <TextInput
          label="SROI-percentage (%)"
          inputMode="decimal"
          {...tekstVeld(f, 'percentage', 'sroiPercentageBp')}
          required
        />
      </SimpleGrid>
      <Textarea label="Toelichting" autosize minRows={2} {...tekstVeld(f, 'toelichting')} />
    </FormulierDialoog>
  );
}
