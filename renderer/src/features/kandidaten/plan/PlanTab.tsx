import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type PlanInvoer, planInvoer } from '../../../../../shared/api/schemas-kandidaten';
import type { PersoonlijkPlan } from '../../../../../shared/domain/kandidaten';
import { useApiMutation } from '../../../api/client';
import { useBewaarTijdensTypen } from '../../../app/useBewaarTijdensTypen';
import { zodErrors } from '../../../app/zodForm';
import { useZonderPersoonsgegevens } from '../../samenwerken/useZonderPersoonsgegevens';
import { JaNeeKeuze } from '../JaNeeKeuze';
import { type JaNee, naarJaNee, tekstVan, uitJaNee } from '../weergave';
import { BelemmeringenVeld, type BelemmeringVeld } from './BelemmeringenVeld';
import { PlanInKopie } from './PlanInKopie';

interface Velden {
  wensen: string;
  eigenWoorden: string;
  belemmeringen: BelemmeringVeld[];
  mogelijkheden: string;
  vaardigheden: string;
  scholing: string;
  doel: string;
  tussenstappen: string;
  vasteBegeleiderHelpt: JaNee;
}

const maakVelden = (p: PersoonlijkPlan): Velden => ({
  wensen: tekstVan(p.wensen),
  eigenWoorden: tekstVan(p.eigenWoorden),
  belemmeringen: p.belemmeringen.map((b) => ({ ...b, toelichting: tekstVan(b.toelichting) })),
  mogelijkheden: tekstVan(p.mogelijkheden),
  vaardigheden: tekstVan(p.vaardigheden),
  scholing: tekstVan(p.scholing),
  doel: tekstVan(p.doel),
  tussenstappen: tekstVan(p.tussenstappen),
  vasteBegeleiderHelpt: naarJaNee(p.vasteBegeleiderHelpt),
});

/** A multi-line field that grows with what is written. */
function Tekstvak(props: {
  label: string;
  description?: string;
  value: string;
  onChange: (t: string) => void;
  error?: string;
}) {
  return (
    <Textarea
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
      autosize
      minRows={2}
      maxRows={8}
    />
  );
}

interface Props {
  kandidaatId: string;
  plan: PersoonlijkPlan;
}

/** The plan to fill in, or, in a member's copy (which holds none of it), what was left out. */
export function PlanTab(props: Props) {
  return useZonderPersoonsgegevens() ? <PlanInKopie plan={props.plan} /> : <PlanFormulier {...props} />;
}

/**
 * The persoonlijk plan: what the person wants (also in their own words), what stands in the way,
 * what is possible anyway and the route to the goal. Saved as a whole while it is typed.
 */
function PlanFormulier({ kandidaatId, plan }: Props) {
  const opslaan = useApiMutation('kandidaten.planOpslaan');
  const invoer = (v: Velden): PlanInvoer => ({
    kandidaatId,
    ...v,
    belemmeringen: v.belemmeringen.map((b) => ({ ...b, toelichting: b.toelichting || null })),
    vasteBegeleiderHelpt: uitJaNee(v.vasteBegeleiderHelpt),
  });
  const { v, zet, fouten, bewaarNu } = useBewaarTijdensTypen({
    sleutel: `plan:${kandidaatId}`,
    bron: plan,
    uitBron: maakVelden,
    opslaan: (v) => opslaan.mutateAsync(invoer(v)),
    controleer: (v) => zodErrors(planInvoer, invoer(v)),
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void bewaarNu();
      }}
      noValidate
      aria-label="Persoonlijk plan"
    >
      <Stack gap="lg" maw={1000}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Tekstvak
            label="Wensen en dromen"
            description="Wat wil de kandidaat? Waar wordt hij of zij blij van?"
            value={v.wensen}
            onChange={(t) => zet('wensen', t)}
            error={fouten.wensen}
          />
          <Tekstvak
            label="In eigen woorden"
            description="Wat de kandidaat zelf zegt, zo letterlijk mogelijk."
            value={v.eigenWoorden}
            onChange={(t) => zet('eigenWoorden', t)}
            error={fouten.eigenWoorden}
          />
        </SimpleGrid>
        <BelemmeringenVeld
          waarde={v.belemmeringen}
          onChange={(b) => zet('belemmeringen', b)}
          fout={fouten.belemmeringen}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Tekstvak
            label="Wat wel kan"
            description="Ondanks de belemmeringen."
            value={v.mogelijkheden}
            onChange={(t) => zet('mogelijkheden', t)}
            error={fouten.mogelijkheden}
          />
          <Tekstvak
            label="Nodige vaardigheden"
            description="Wat de kandidaat nog moet leren."
            value={v.vaardigheden}
            onChange={(t) => zet('vaardigheden', t)}
            error={fouten.vaardigheden}
          />
          <Tekstvak
            label="Mogelijke scholing"
            description="Cursus, opleiding of certificaat."
            value={v.scholing}
            onChange={(t) => zet('scholing', t)}
            error={fouten.scholing}
          />
        </SimpleGrid>
        <TextInput
          label="Doel"
          description="Bijvoorbeeld betaald werk in de zorg, een BBL-opleiding of vrijwilligerswerk."
          value={v.doel}
          onChange={(e) => zet('doel', e.currentTarget.value)}
          error={fouten.doel}
        />
        <Tekstvak
          label="Tussenstappen"
          description="De stappen op weg naar het doel; de leerlijn legt ze per organisatie vast."
          value={v.tussenstappen}
          onChange={(t) => zet('tussenstappen', t)}
          error={fouten.tussenstappen}
        />
        <JaNeeKeuze
          label="Helpt een vaste begeleider?"
          waarde={v.vasteBegeleiderHelpt}
          onChange={(j) => zet('vasteBegeleiderHelpt', j)}
          onbekendLabel="Nog niet besproken"
        />
        <Text size="sm" c="dimmed">
          Wat u typt, wordt vanzelf opgeslagen. Schrijf zo weinig gevoelige details op als nodig; alles hier
          valt onder de AVG.
        </Text>
      </Stack>
    </form>
  );
}
