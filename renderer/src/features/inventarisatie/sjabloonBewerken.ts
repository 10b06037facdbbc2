import { sjabloonInvoer } from '../../../../shared/api/schemas-inventarisatie';
import type { AanbodOptie, Sjabloon, VraagSoort } from '../../../../shared/domain/inventarisatie';

/** A question while it is being edited: the choices as one text, one per line. */
export interface VraagConcept {
  sleutel: string;
  tekst: string;
  toelichting: string;
  soort: VraagSoort;
  verplicht: boolean;
  keuzesTekst: string;
  opties: AanbodOptie[];
}

export interface SectieConcept {
  /** Only for React: sections have no key of their own and can be added and removed. */
  id: string;
  titel: string;
  toelichting: string;
  vragen: VraagConcept[];
}

export const naarConcept = (s: Sjabloon): SectieConcept[] =>
  s.secties.map((sectie) => ({
    id: crypto.randomUUID(),
    titel: sectie.titel,
    toelichting: sectie.toelichting ?? '',
    vragen: sectie.vragen.map((v) => ({
      sleutel: v.sleutel,
      tekst: v.tekst,
      toelichting: v.toelichting ?? '',
      soort: v.soort,
      verplicht: v.verplicht,
      keuzesTekst: v.keuzes.join('\n'),
      opties: v.opties,
    })),
  }));

/**
 * A key for a new question that no question in the template (or an earlier version of it) uses:
 * answers and Excel cells refer to keys, so a key is never reused for a different question.
 */
export function nieuweSleutel(secties: SectieConcept[], gebruikt: ReadonlySet<string> = new Set()): string {
  const bezet = new Set([...gebruikt, ...secties.flatMap((s) => s.vragen.map((v) => v.sleutel))]);
  let n = 1;
  while (bezet.has(`vraag_${n}`)) n++;
  return `vraag_${n}`;
}

export const legeVraag = (sleutel: string): VraagConcept => ({
  sleutel,
  tekst: '',
  toelichting: '',
  soort: 'open',
  verplicht: false,
  keuzesTekst: '',
  opties: [],
});

/** The input for inventarisatie.sjabloonOpslaan; choices only for choice questions, options only for aanbod. */
export function naarInvoer(sjabloon: Sjabloon, secties: SectieConcept[]) {
  return {
    id: sjabloon.id,
    naam: sjabloon.naam,
    secties: secties.map((s) => ({
      titel: s.titel.trim(),
      toelichting: s.toelichting.trim() || null,
      vragen: s.vragen.map((v) => ({
        sleutel: v.sleutel,
        tekst: v.tekst.trim(),
        toelichting: v.toelichting.trim() || null,
        soort: v.soort,
        verplicht: v.verplicht,
        keuzes:
          v.soort === 'meerkeuze' || v.soort === 'enkelkeuze'
            ? v.keuzesTekst
                .split('\n')
                .map((k) => k.trim())
                .filter(Boolean)
            : [],
        opties: v.soort === 'aanbod' ? v.opties : [],
      })),
    })),
  };
}

/**
 * Dutch messages by place: "secties.0.titel", "secties.0.vragen.2.tekst", or "secties.0.vragen.2"
 * for a rule about the whole question (e.g. too few choices); "" for the template as a whole.
 */
export function sjabloonFouten(invoer: unknown): Record<string, string> {
  const r = sjabloonInvoer.safeParse(invoer);
  if (r.success) return {};
  const fouten: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const pad = issue.path.filter((p) => typeof p !== 'symbol');
    // Messages about a choice or option belong to the question's "keuzes" field.
    const i = pad.findIndex((p) => p === 'keuzes' || p === 'opties');
    const plek = (i >= 0 ? pad.slice(0, i + 1) : pad).join('.');
    fouten[plek] ??= issue.message;
  }
  return fouten;
}
