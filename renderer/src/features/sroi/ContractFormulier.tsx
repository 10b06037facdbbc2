import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { contractInvoer } from '../../../../shared/api/schemas';
import type { Contract } from '../../../../shared/domain/contracten';
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

interface Velden {
  naam: string;
  opdrachtnemerId: string | null;
  gemeenteIds: string[];
  /** Share of the value per gemeente, as typed; empty means "not known" (then equal shares). */
  aandelen: Record<string, string>;
  startdatum: string;
  einddatum: string;
  waarde: string;
  soortSroi: 'percentage' | 'vast';
  percentage: string;
  vastBedrag: string;
  loonaandeel: string;
  gebundeld: boolean;
}

const leeg: Velden = {
  naam: '',
  opdrachtnemerId: null,
  gemeenteIds: [],
  aandelen: {},
  startdatum: '',
  einddatum: '',
  waarde: '',
  soortSroi: 'percentage',
  percentage: '5',
  vastBedrag: '',
  loonaandeel: '',
  gebundeld: false,
};

const bedragTekst = (cent: number | null) => (cent === null ? '' : formatBedrag(cent).replace(/^€\s*/, ''));
const procentTekst = (bp: number | null) => (bp === null ? '' : formatPercentage(bp).replace(/\s*%$/, ''));

const uit = (c: Contract | null | undefined): Velden =>
  !c
    ? leeg
    : {
        naam: c.naam,
        opdrachtnemerId: c.opdrachtnemerId,
        gemeenteIds: c.opdrachtgevers.map((o) => o.gemeenteId),
        aandelen: Object.fromEntries(c.opdrachtgevers.map((o) => [o.gemeenteId, bedragTekst(o.aandeelCent)])),
        startdatum: c.startdatum,
        einddatum: c.einddatum,
        waarde: bedragTekst(c.waardeCent),
        soortSroi: c.sroiVastCent !== null ? 'vast' : 'percentage',
        percentage: procentTekst(c.sroiPercentageBp),
        vastBedrag: bedragTekst(c.sroiVastCent),
        loonaandeel: procentTekst(c.loonaandeelBp),
        gebundeld: c.gebundeld,
      };

/** Text → number, remembering which fields could not be read so the form can say so. */
function lees(v: Velden) {
  const fout: Record<string, string> = {};
  const bedrag = (tekst: string, veld: string) => {
    if (tekst.trim() === '') return null;
    const cent = parseBedrag(tekst);
    if (cent === null) fout[veld] = 'Vul een bedrag in, bijvoorbeeld 1.250.000 of 1.250.000,50.';
    return cent;
  };
  const procent = (tekst: string, veld: string) => {
    if (tekst.trim() === '') return null;
    const bp = parsePercentage(tekst);
    if (bp === null) fout[veld] = 'Vul een percentage in, bijvoorbeeld 5 of 4,5.';
    return bp;
  };
  const input = {
    naam: v.naam,
    opdrachtnemerId: v.opdrachtnemerId ?? '',
    opdrachtgevers: v.gemeenteIds.map((gemeenteId) => ({
      gemeenteId,
      aandeelCent: bedrag(v.aandelen[gemeenteId] ?? '', 'opdrachtgevers'),
    })),
    startdatum: v.startdatum,
    einddatum: v.einddatum,
    waardeCent: bedrag(v.waarde, 'waardeCent') ?? Number.NaN,
    sroiPercentageBp: v.soortSroi === 'percentage' ? procent(v.percentage, 'sroiPercentageBp') : null,
    sroiVastCent: v.soortSroi === 'vast' ? bedrag(v.vastBedrag, 'sroiVastCent') : null,
    loonaandeelBp: procent(v.loonaandeel, 'loonaandeelBp'),
    gebundeld: v.gebundeld,
  };
  if (v.soortSroi === 'vast' && v.vastBedrag.trim() === '')
    fout.sroiVastCent ??= 'Vul het vaste SROI-bedrag in.';
  if (v.waarde.trim() === '') fout.waardeCent = 'Vul de contractwaarde in.';
  return { input, fout };
}

/** Which error key belongs to a form field, where the names differ. */
const VELD_FOUT: Partial<Record<keyof Velden, string>> = {
  gemeenteIds: 'opdrachtgevers',
  aandelen: 'opdrachtgevers',
  waarde: 'waardeCent',
  percentage: 'sroiPercentageBp',
  vastBedrag: 'sroiVastCent',
  loonaandeel: 'loonaandeelBp',
};

interface Props {
  /** The contract to edit, `null` for a new one, `undefined` when closed. */
  contract: Contract | null | undefined;
  onClose: () => void;
}

/** Add or edit a contract; the same schema as main checks it, so errors show at the field. */
export function ContractFormulier({ contract, onClose }: Props) {
  const opened = contract !== undefined;
  const f = useVelden(contract, uit);
  const { v, zet, fouten: errors, setFouten } = f;
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const opslaan = useApiMutation('sroi.contractOpslaan');
  const set = <K extends keyof Velden>(key: K, value: Velden[K]) => zet(key, value, VELD_FOUT[key]);
  const nemers = (organisaties.data ?? []).filter((o) => o.soort !== 'gemeente');
  const gemeenten = (organisaties.data ?? []).filter((o) => o.soort === 'gemeente');
  const gemeenteNaam = (id: string) => korteGemeente(gemeenten.find((g) => g.id === id)?.naam ?? '');

  const submit = () => {
    const { input, fout } = lees(v);
    const found = { ...zodErrors(contractInvoer, input), ...fout };
    setFouten(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(
      { ...(contract ? { id: contract.id } : {}), ...input },
      naOpslaan((saved) => `Contract "${saved.naam}" is opgeslagen.`, onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={contract ? 'Contract bewerken' : 'Contract toevoegen'}
      size="xl"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <TextInput
        label="Naam van het contract"
        placeholder="Bijvoorbeeld Deelovereenkomst Maatwerkvoorziening"
        {...tekstVeld(f, 'naam')}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Opdrachtnemer"
          description="De aanbieder die de SROI-verplichting heeft."
          data={nemers.map((o) => ({ value: o.id, label: o.naam }))}
          value={v.opdrachtnemerId}
          onChange={(id) => set('opdrachtnemerId', id)}
          error={errors.opdrachtnemerId}
          searchable
          required
          nothingFoundMessage="Geen organisatie gevonden"
        />
        <MultiSelect
          label="Opdrachtgevers"
          description="De gemeenten die het contract verlenen."
          data={gemeenten.map((g) => ({ value: g.id, label: korteGemeente(g.naam) }))}
          value={v.gemeenteIds}
          onChange={(ids) => set('gemeenteIds', ids)}
          error={errors.opdrachtgevers}
          searchable
          required
          nothingFoundMessage="Geen gemeente gevonden"
        />
      </SimpleGrid>
      {v.gemeenteIds.length > 1 && (
        <Stack gap={4}>
          <Text size="sm">
            Aandeel per gemeente in de contractwaarde (€). Leeg laten verdeelt de verplichting gelijk.
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {v.gemeenteIds.map((id) => (
              <TextInput
                key={id}
                label={`Aandeel ${gemeenteNaam(id)}`}
                value={v.aandelen[id] ?? ''}
                inputMode="decimal"
                onChange={(e) => set('aandelen', { ...v.aandelen, [id]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DatumVeld label="Startdatum" {...datumVeld(f, 'startdatum')} required />
        <DatumVeld label="Einddatum" {...datumVeld(f, 'einddatum')} required />
        <TextInput
          label="Contractwaarde (€)"
          placeholder="Bijvoorbeeld 1.250.000"
          {...tekstVeld(f, 'waarde', 'waardeCent')}
          inputMode="decimal"
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="SROI-afspraak"
          data={[
            { value: 'percentage', label: 'Percentage van de waarde' },
            { value: 'vast', label: 'Vast bedrag' },
          ]}
          value={v.soortSroi}
          onChange={(s) => s && set('soortSroi', s as Velden['soortSroi'])}
          allowDeselect={false}
        />
        {v.soortSroi === 'percentage' ? (
          <TextInput
            label="SROI-percentage (%)"
            {...tekstVeld(f, 'percentage', 'sroiPercentageBp')}
            inputMode="decimal"
            required
          />
        ) : (
          <TextInput
            label="Vast SROI-bedrag (€)"
            value={v.vastBedrag}
            onChange={(e) => set('vastBedrag', e.currentTarget.value)}
            error={errors.sroiVastCent ?? errors.sroiPercentageBp}
            inputMode="decimal"
            required
          />
        )}
        <TextInput
          label="Loonaandeel (%)"
          description="Optioneel; om een onhaalbaar percentage te signaleren."
          {...tekstVeld(f, 'loonaandeel', 'loonaandeelBp')}
          inputMode="decimal"
        />
      </SimpleGrid>
      <Checkbox
        label="Gebundeld: één set SROI-afspraken over alle contracten van deze aanbieder"
        checked={v.gebundeld}
        onChange={(e) => set('gebundeld', e.currentTarget.checked)}
      />
    </FormulierDialoog>
  );
}
