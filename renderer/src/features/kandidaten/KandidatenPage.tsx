import { Alert, Button, Group, Loader, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import {
  KANDIDAAT_STATUS_LABEL,
  KANDIDAAT_STATUSSEN,
  type Kandidaat,
  type KandidaatRegel,
  type KandidaatStatus,
  UITSTROOM_LABEL,
} from '../../../../shared/domain/kandidaten';
import { useApiQuery } from '../../api/client';
import { gaNaar } from '../../app/useHashRoute';
import { useZonderPersoonsgegevens } from '../samenwerken/useZonderPersoonsgegevens';
import { BewaartermijnSectie } from './BewaartermijnSectie';
import { KandidatenExcelMenu } from './excel/KandidatenExcelMenu';
import { InGroepPlaatsenDialoog } from './InGroepPlaatsenDialoog';
import { KandidaatFormulier } from './KandidaatFormulier';
import { KandidatenTabel, type Selectie } from './KandidatenTabel';
import { SelectieBalk } from './SelectieBalk';

function GeenKandidaten({ inKopie }: { inKopie: boolean }) {
  // A member's copy cannot add candidates: say where that is done instead of naming absent buttons.
  if (inKopie)
    return (
      <Alert color="gray" title="Nog geen kandidaten">
        Deze kopie heeft geen kandidaten. Kandidaten worden toegevoegd in het volledige werkgroepbestand; na
        een nieuwe kopie staan ze hier met hun code.
      </Alert>
    );
  return (
    <Alert color="gray" title="Nog geen kandidaten">
      Voeg een kandidaat toe met "Kandidaat toevoegen", of lees de lijst van een gemeente in via Excel. Elke
      kandidaat krijgt een code; die staat overal in plaats van de naam. Daarna legt u per kandidaat het
      persoonlijk plan, de leerlijn, de participatieladder en de uitstroom vast.
    </Alert>
  );
}

/** What the search looks in: everything a row shows (the name only when the list carries names). */
function zoektekst(k: KandidaatRegel): string {
  return [
    k.code,
    k.initialen,
    k.naam,
    k.gemeente,
    k.groep,
    KANDIDAAT_STATUS_LABEL[k.status],
    k.huidigeStap,
    k.huidigeStapOrganisatie,
    k.uitstroom ? UITSTROOM_LABEL[k.uitstroom] : null,
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase('nl-NL');
}

const GEEN: readonly KandidaatRegel[] = [];
const teksten = new WeakMap<readonly KandidaatRegel[], Map<string, string>>();

/** The search texts of a list by candidate id, kept with the (cached) list for the next visit. */
function zoekteksten(regels: readonly KandidaatRegel[]): Map<string, string> {
  let perId = teksten.get(regels);
  if (!perId) {
    perId = new Map(regels.map((k) => [k.id, zoektekst(k)]));
    teksten.set(regels, perId);
  }
  return perId;
}

/**
 * All candidates by pseudonym, filtered by status, group and a search; names only when the user
 * asks. The list is fetched once (per names on/off) and filtered here, so a filter costs no trip
 * to main: a region can hold 10,000 candidates.
 */
export function KandidatenPage() {
  const [status, setStatus] = useState<KandidaatStatus | null>(null);
  const [groepId, setGroepId] = useState<string | null>(null);
  const [zoeken, setZoeken] = useState('');
  // Privacy first: every visit starts with names hidden.
  const [namenTonen, setNamenTonen] = useState(false);
  const [nieuw, setNieuw] = useState<null | undefined>(undefined);
  // Ticked candidates stay ticked while the filters change, so a selection can be built up.
  const [gekozen, setGekozen] = useState<ReadonlySet<string>>(new Set());
  const [plaatsen, setPlaatsen] = useState<string[] | null>(null);
  // A member's copy holds no names and refuses new candidates: no switch, no add button.
  const zonderPersoonsgegevens = useZonderPersoonsgegevens();
  const zet = useCallback<Selectie['zet']>(
    (ids, aan) =>
      setGekozen((oud) => {
        const nieuw = new Set(oud);
        for (const id of ids) aan ? nieuw.add(id) : nieuw.delete(id);
        return nieuw;
      }),
    [],
  );
  const selectie = useMemo(() => ({ gekozen, zet }), [gekozen, zet]);

  const lijst = useApiQuery('kandidaten.lijst', { metNamen: namenTonen });
  const alles = useApiQuery('kandidaten.lijst', { metNamen: false });
  const groepen = useApiQuery('groepen.lijst', {});
  const leeg = alles.data?.length === 0;
  const regels = lijst.data ?? GEEN;

  // The filters stay responsive: the list follows them when React has time for it.
  const statusFilter = useDeferredValue(status);
  const groepFilter = useDeferredValue(groepId);
  const term = useDeferredValue(zoeken.trim().toLocaleLowerCase('nl-NL'));
  const teksten = zoekteksten(regels);
  const filtert = Boolean(statusFilter || groepFilter || term);
  const zichtbaar = useCallback(
    (k: KandidaatRegel) =>
      (!statusFilter || k.status === statusFilter) &&
      (!groepFilter || k.groepId === groepFilter) &&
      (!term || (teksten.get(k.id) ?? '').includes(term)),
    [statusFilter, groepFilter, term, teksten],
  );
  const aantal = useMemo(
    () => (filtert ? regels.filter(zichtbaar).length : regels.length),
    [regels, zichtbaar, filtert],
  );

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="Alle statussen"
          data={KANDIDAAT_STATUSSEN.map((s) => ({ value: s, label: KANDIDAAT_STATUS_LABEL[s] }))}
          value={status}
          onChange={(s) => setStatus(s as KandidaatStatus | null)}
          clearable
          w={200}
        />
        <Select
          label="Groep"
          placeholder="Alle groepen"
          data={(groepen.data ?? []).map((g) => ({ value: g.id, label: g.naam }))}
          value={groepId}
          onChange={setGroepId}
          clearable
          w={240}
        />
        <TextInput
          type="search"
          label="Zoeken"
          placeholder="Code, gemeente, groep, stap…"
          value={zoeken}
          onChange={(e) => setZoeken(e.currentTarget.value)}
          w={240}
        />
        {!zonderPersoonsgegevens && (
          <Switch
            label="Namen tonen"
            checked={namenTonen}
            onChange={(e) => setNamenTonen(e.currentTarget.checked)}
            mb={8}
          />
        )}
        <Group ml="auto" gap="xs">
          <KandidatenExcelMenu inlezen={!zonderPersoonsgegevens} />
          {!zonderPersoonsgegevens && <Button onClick={() => setNieuw(null)}>Kandidaat toevoegen</Button>}
        </Group>
      </Group>

      <SelectieBalk
        aantal={gekozen.size}
        onPlaatsen={() => setPlaatsen([...gekozen])}
        onWissen={() => setGekozen(new Set())}
      />
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Kandidaten laden" />}
      {lijst.isSuccess && leeg && <GeenKandidaten inKopie={zonderPersoonsgegevens} />}
      {lijst.isSuccess && aantal === 0 && !leeg && (
        <Text c="dimmed">
          {term
            ? `Geen kandidaten gevonden voor "${term}".`
            : 'Geen kandidaten met deze status of in deze groep.'}
        </Text>
      )}
      {aantal > 0 && (
        <KandidatenTabel
          regels={regels}
          metNamen={namenTonen}
          zichtbaar={filtert ? zichtbaar : undefined}
          selectie={selectie}
        />
      )}
      <Text size="sm" c="dimmed" role="status">
        {lijst.isSuccess && !leeg ? `${aantal} ${aantal === 1 ? 'kandidaat' : 'kandidaten'}` : ''}
      </Text>

      <InGroepPlaatsenDialoog
        kandidaatIds={plaatsen}
        alInGroep={(id) => regels.filter((k) => k.groepId === id && gekozen.has(k.id)).length}
        onClose={() => setPlaatsen(null)}
        onGeplaatst={() => setGekozen(new Set())}
      />
      {/* The retention period is the secretary's choice for the werkgroep file, not a member's. */}
      {!zonderPersoonsgegevens && <BewaartermijnSectie />}
      <KandidaatFormulier
        kandidaat={nieuw}
        onClose={() => setNieuw(undefined)}
        namenTonen={namenTonen}
        onOpgeslagen={(k: Kandidaat) => gaNaar(`kandidaten/${k.id}`)}
      />
    </Stack>
  );
}
