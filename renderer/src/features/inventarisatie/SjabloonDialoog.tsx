import { Alert, Button, Divider, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { Sjabloon } from '../../../../shared/domain/inventarisatie';
import { useApiMutation, useApiQuery } from '../../api/client';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import {
  legeVraag,
  naarConcept,
  naarInvoer,
  nieuweSleutel,
  type SectieConcept,
  sjabloonFouten,
  type VraagConcept,
} from './sjabloonBewerken';
import { VraagEditor } from './VraagEditor';
import { sjabloonLabel } from './weergave';

interface Props {
  /** The version being edited; null when closed. */
  sjabloon: Sjabloon | null;
  /** Question keys of every version of this form: a new question never takes an old key. */
  gebruikteSleutels: ReadonlySet<string>;
  onClose: () => void;
  onOpgeslagen: (sjabloon: Sjabloon) => void;
}

const leeg: SectieConcept[] = [];

/** Edit the questions and sections of a form; a version that a round already used stays as it was. */
export function SjabloonDialoog({ sjabloon, gebruikteSleutels, onClose, onOpgeslagen }: Props) {
  const { v, setV, fouten, setFouten } = useSecties(sjabloon);
  const menukaart = useApiQuery('sroi.menukaart', {}, sjabloon !== null);
  const opslaan = useApiMutation('inventarisatie.sjabloonOpslaan');
  if (!sjabloon) return null;

  const wijzigSectie = (i: number, sectie: SectieConcept) => setV(v.map((s, j) => (j === i ? sectie : s)));
  const wijzigVraag = (i: number, j: number, vraag: VraagConcept) => {
    const sectie = v[i];
    if (!sectie) return;
    // A question that becomes a menukaart question starts with the werkgroep's current menukaart.
    const opties =
      vraag.soort === 'aanbod' && vraag.opties.length === 0
        ? (menukaart.data ?? []).filter((o) => !o.gearchiveerdOp).map((o) => ({ code: o.code, naam: o.naam }))
        : vraag.opties;
    wijzigSectie(i, { ...sectie, vragen: sectie.vragen.map((q, k) => (k === j ? { ...vraag, opties } : q)) });
  };
  const voegVraagToe = (i: number) => {
    const sectie = v[i];
    if (sectie)
      wijzigSectie(i, {
        ...sectie,
        vragen: [...sectie.vragen, legeVraag(nieuweSleutel(v, gebruikteSleutels))],
      });
  };
  const voegSectieToe = () =>
    setV([
      ...v,
      {
        id: crypto.randomUUID(),
        titel: '',
        toelichting: '',
        vragen: [legeVraag(nieuweSleutel(v, gebruikteSleutels))],
      },
    ]);

  const submit = () => {
    const invoer = naarInvoer(sjabloon, v);
    const gevonden = sjabloonFouten(invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      invoer,
      naOpslaan((s) => {
        onOpgeslagen(s);
        return s.versie === sjabloon.versie
          ? 'Het formulier is opgeslagen.'
          : `Het formulier is opgeslagen als versie ${s.versie}.`;
      }, onClose),
    );
  };

  // Messages for one question, with the path prefix taken off.
  const foutenVan = (pad: string) =>
    Object.fromEntries(
      Object.entries(fouten)
        .filter(([k]) => k === pad || k.startsWith(`${pad}.`))
        .map(([k, m]) => [k.slice(pad.length + 1), m]),
    );

  return (
    <FormulierDialoog
      opened
      onClose={onClose}
      title={`${sjabloonLabel(sjabloon)} bewerken`}
      size="xl"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <Alert color={sjabloon.rondes > 0 ? 'yellow' : 'gray'}>
        {sjabloon.rondes > 0
          ? `Versie ${sjabloon.versie} is al gebruikt in ${sjabloon.rondes === 1 ? 'een ronde' : `${sjabloon.rondes} rondes`}. Opslaan maakt een nieuwe versie; rondes die deze versie al gebruiken houden hem, zodat hun antwoorden bij de gestelde vragen blijven passen.`
          : `Nog geen ronde gebruikt versie ${sjabloon.versie}; opslaan past deze versie aan.`}
      </Alert>
      {fouten.secties && <Alert color="red">{fouten.secties}</Alert>}
      {v.map((sectie, i) => (
        <Stack key={sectie.id} gap="sm">
          {i > 0 && <Divider />}
          <Group justify="space-between" align="flex-end">
            <Title order={3} size="h5">
              Onderdeel {i + 1}
            </Title>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              c="red.9"
              onClick={() => setV(v.filter((_, j) => j !== i))}
            >
              Onderdeel {i + 1} weghalen
            </Button>
          </Group>
          <TextInput
            label={`Titel van onderdeel ${i + 1}`}
            value={sectie.titel}
            onChange={(e) => wijzigSectie(i, { ...sectie, titel: e.currentTarget.value })}
            error={fouten[`secties.${i}.titel`]}
            required
          />
          <Textarea
            label={`Toelichting bij onderdeel ${i + 1}`}
            autosize
            minRows={1}
            value={sectie.toelichting}
            onChange={(e) => wijzigSectie(i, { ...sectie, toelichting: e.currentTarget.value })}
            error={fouten[`secties.${i}.toelichting`]}
          />
          {fouten[`secties.${i}.vragen`] && <Alert color="red">{fouten[`secties.${i}.vragen`]}</Alert>}
          {sectie.vragen.map((vraag, j) => (
            <VraagEditor
              key={vraag.sleutel}
              vraag={vraag}
              nummer={`${i + 1}.${j + 1}`}
              onChange={(n) => wijzigVraag(i, j, n)}
              onWeg={() => wijzigSectie(i, { ...sectie, vragen: sectie.vragen.filter((_, k) => k !== j) })}
              fouten={foutenVan(`secties.${i}.vragen.${j}`)}
            />
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => voegVraagToe(i)}>
              Vraag toevoegen aan onderdeel {i + 1}
            </Button>
          </Group>
        </Stack>
      ))}
      <Group>
        <Button variant="default" onClick={voegSectieToe}>
          Onderdeel toevoegen
        </Button>
      </Group>
    </FormulierDialoog>
  );
}

/**
 * The sections as edited, reset whenever another version opens. Any edit clears the messages of
 * the last attempt: they point at places by index, which an added or removed question shifts.
 */
function useSecties(sjabloon: Sjabloon | null) {
  const { v, zet, fouten, setFouten } = useVelden(sjabloon, (s) => ({ secties: s ? naarConcept(s) : leeg }));
  const setV = (secties: SectieConcept[]) => {
    zet('secties', secties);
    setFouten({});
  };
  return { v: v.secties, setV, fouten, setFouten };
}
