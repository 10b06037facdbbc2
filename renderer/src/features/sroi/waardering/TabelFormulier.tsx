import { NumberInput, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { waarderingstabelInvoer } from '../../../../../shared/api/schemas-sroi';
import type { OpgeslagenTabel } from '../../../../../shared/domain/realisaties';
import {
  BONUSSEN,
  type Bonus,
  DOELGROEP_LABEL,
  DOELGROEPEN,
  type Doelgroep,
} from '../../../../../shared/domain/waardering';
import { useApiMutation } from '../../../api/client';
import { FormulierDialoog, naOpslaan, useVelden } from '../../../app/formulier';
import { tekstVeld } from '../../../app/tekstVeld';
import { zodErrors } from '../../../app/zodForm';
import { BedragVeld } from './BedragVeld';
import { leesBedragen, metVoorvoegsel, volgendeVersie, zonder } from './tabelInvoer';
import { BONUS_VELD_LABEL, bedragTekst } from './teksten';

interface Velden {
  naam: string;
  basisUren: number | string;
  minimumUren: number | string;
  jaarbedrag: Record<Doelgroep, string>;
  bonus: Record<Bonus, string>;
  uurtarief: string;
}

const uit = (t: OpgeslagenTabel): Velden => ({
  naam: t.naam,
  basisUren: t.basisUren,
  minimumUren: t.minimumUren,
  jaarbedrag: Object.fromEntries(
    DOELGROEPEN.map((d) => [d, bedragTekst(t.jaarbedragCent[d])]),
  ) as Velden['jaarbedrag'],
  bonus: Object.fromEntries(BONUSSEN.map((b) => [b, bedragTekst(t.bonusCent[b])])) as Velden['bonus'],
  uurtarief: bedragTekst(t.uurtariefCent),
});

const schema = waarderingstabelInvoer.shape;

const getal = (v: number | string) => (v === '' ? null : Number(v));

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The table the form starts from; saving never changes it but stores a new version. */
  tabel: OpgeslagenTabel;
  tabellen: OpgeslagenTabel[];
}

/** Edits a copy of the current table; main stores it as the next version and makes that the current one. */
export function TabelFormulier({ opened, onClose, tabel, tabellen }: Props) {
  // Every opening starts again from the table (edits of a cancelled attempt are dropped).
  const f = useVelden(opened ? tabel : null, () => uit(tabel));
  const { v, zet, fouten: errors, setFouten } = f;
  const opslaan = useApiMutation('sroi.waarderingOpslaan');

  // Error keys follow the schema path (`jaarbedragCent.ww`), so typing clears exactly that message.
  const setJaar = (d: Doelgroep, tekst: string) =>
    zet('jaarbedrag', { ...v.jaarbedrag, [d]: tekst }, `jaarbedragCent.${d}`);
  const setBonus = (b: Bonus, tekst: string) => zet('bonus', { ...v.bonus, [b]: tekst }, `bonusCent.${b}`);

  const versie = volgendeVersie(tabellen, v.naam);

  const submit = () => {
    const jaar = leesBedragen(v.jaarbedrag, 'jaarbedragCent');
    const bonus = leesBedragen(v.bonus, 'bonusCent');
    const uurtarief = leesBedragen({ uurtariefCent: v.uurtarief }, '', '100');
    const input = {
      naam: v.naam,
      basisUren: getal(v.basisUren),
      minimumUren: getal(v.minimumUren),
      jaarbedragCent: jaar.waarden,
      bonusCent: bonus.waarden,
      uurtariefCent: uurtarief.waarden.uurtariefCent ?? null,
    };
    const found = {
      ...zonder(zodErrors(waarderingstabelInvoer, input), 'jaarbedragCent', 'bonusCent'),
      ...metVoorvoegsel('jaarbedragCent', zodErrors(schema.jaarbedragCent, input.jaarbedragCent)),
      ...metVoorvoegsel('bonusCent', zodErrors(schema.bonusCent, input.bonusCent)),
      ...jaar.fouten,
      ...bonus.fouten,
      ...uurtarief.fouten,
    };
    setFouten(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(
      input as Parameters<typeof opslaan.mutate>[0],
      naOpslaan(
        () => `Versie ${versie} van "${v.naam.trim()}" is opgeslagen en in gebruik genomen.`,
        onClose,
      ),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title="Waarderingstabel aanpassen"
      size="xl"
      onSubmit={submit}
      bezig={opslaan.isPending}
      opslaanLabel={`Opslaan als versie ${versie}`}
    >
      <Text size="sm" c="dimmed">
        Opslaan maakt versie {versie}; realisaties die al gewaardeerd zijn houden hun oude waarde. Nieuwe
        realisaties worden daarna met deze versie gewaardeerd.
      </Text>
      <TextInput label="Naam van de tabel" {...tekstVeld(f, 'naam')} required data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Uren per week voor een voltijdbaan"
          description="Meer uren tellen als voltijd."
          value={v.basisUren}
          onChange={(n) => zet('basisUren', n)}
          error={errors.basisUren}
          required
          decimalSeparator=","
          decimalScale={1}
          min={0}
          max={60}
        />
        <NumberInput
          label="Minimum aantal uren per week"
          description="Minder uren tellen niet mee."
          value={v.minimumUren}
          onChange={(n) => zet('minimumUren', n)}
          error={errors.minimumUren}
          required
          decimalSeparator=","
          decimalScale={1}
          min={0}
          max={60}
        />
      </SimpleGrid>
      <Title order={3} size="h5">
        Bedrag per voltijdjaar per doelgroep (€)
      </Title>
      <Text size="sm" c="dimmed">
        Laat een bedrag leeg als de doelgroep in deze tabel niet meetelt.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {DOELGROEPEN.map((d) => (
          <BedragVeld
            key={d}
            label={DOELGROEP_LABEL[d]}
            value={v.jaarbedrag[d]}
            onChange={(tekst) => setJaar(d, tekst)}
            error={errors[`jaarbedragCent.${d}`]}
          />
        ))}
      </SimpleGrid>
      <Title order={3} size="h5">
        Bonussen per voltijdjaar en uurtarief (€)
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {BONUSSEN.map((b) => (
          <BedragVeld
            key={b}
            label={BONUS_VELD_LABEL[b]}
            value={v.bonus[b]}
            onChange={(tekst) => setBonus(b, tekst)}
            error={errors[`bonusCent.${b}`]}
          />
        ))}
        <BedragVeld
          label="Uurtarief voor uren (intake, projecten)"
          value={v.uurtarief}
          onChange={(tekst) => zet('uurtarief', tekst, 'uurtariefCent')}
          error={errors.uurtariefCent}
        />
      </SimpleGrid>
    </FormulierDialoog>
  );
}
