/**
 * Inventarisatie: a form (template) sent to organisations in a round, answered in the app or in an
 * Excel file that comes back, and summed up for the FO. A template is versioned: a round keeps the
 * version it was sent with, so answers always match the questions that were asked.
 */

export const VRAAG_SOORTEN = ['open', 'janee', 'meerkeuze', 'enkelkeuze', 'getal', 'aanbod'] as const;
export type VraagSoort = (typeof VRAAG_SOORTEN)[number];
export const VRAAG_SOORT_LABEL: Record<VraagSoort, string> = {
  open: 'Open vraag',
  janee: 'Ja of nee',
  meerkeuze: 'Meerdere keuzes (aankruisen)',
  enkelkeuze: 'Eén keuze',
  getal: 'Getal',
  aanbod: 'Menukaart: aanbod en plaatsen',
};

/** A menukaart option as the template shows it; copied in, so a later menukaart edit does not change a sent form. */
export interface AanbodOptie {
  code: string;
  naam: string;
}

export interface Vraag {
  /** Stable within the template's versions: answers and Excel cells refer to it. */
  sleutel: string;
  tekst: string;
  toelichting: string | null;
  soort: VraagSoort;
  verplicht: boolean;
  /** For meerkeuze and enkelkeuze. */
  keuzes: string[];
  /** For aanbod: the menukaart options to tick, each with a number of places. */
  opties: AanbodOptie[];
}

export interface Sectie {
  titel: string;
  toelichting: string | null;
  vragen: Vraag[];
}

export interface Sjabloon {
  id: string;
  naam: string;
  versie: number;
  secties: Sectie[];
  /** Rounds that use this version; a used version is never edited, a change makes a new one. */
  rondes: number;
}

/** One answer; the shape follows the question's kind. */
export type AntwoordWaarde =
  | { soort: 'open'; tekst: string }
  | { soort: 'janee'; ja: boolean }
  | { soort: 'meerkeuze'; keuzes: string[] }
  | { soort: 'enkelkeuze'; keuze: string }
  | { soort: 'getal'; getal: number }
  | { soort: 'aanbod'; aanbod: { code: string; plaatsen: number | null }[] };

export const RONDE_STATUSSEN = ['uitgezet', 'ontvangen', 'besproken'] as const;
export type DeelnameStatus = (typeof RONDE_STATUSSEN)[number];
export const DEELNAME_STATUS_LABEL: Record<DeelnameStatus, string> = {
  uitgezet: 'Uitgezet',
  ontvangen: 'Ontvangen',
  besproken: 'Besproken',
};

export interface Deelname {
  organisatieId: string;
  organisatie: string;
  status: DeelnameStatus;
  /** Local calendar days: the form first made for this organisation, the round marked as sent. */
  formulierGemaaktOp: string | null;
  verstuurdOp: string | null;
  ontvangenOp: string | null;
}

export interface Ronde {
  id: string;
  naam: string;
  sjabloonId: string;
  sjabloon: string;
  sjabloonVersie: number;
  deadline: string | null;
  deelnames: Deelname[];
}

/** The results of a round: the menukaart matrix, response and the open answers per question. */
export interface RondeResultaten {
  ronde: Ronde;
  /** Share of asked organisations that answered, in basis points. */
  responsBp: number;
  opties: AanbodOptie[];
  /** Per organisation that answered: per option code, null = not offered, else places (0 = offered, number unknown). */
  matrix: { organisatieId: string; organisatie: string; aanbod: Record<string, number | null> }[];
  totalen: Record<string, { organisaties: number; plaatsen: number }>;
  antwoorden: {
    sleutel: string;
    vraag: string;
    soort: VraagSoort;
    per: { organisatie: string; tekst: string }[];
  }[];
}

type SjabloonInhoud = Omit<Sjabloon, 'id' | 'versie' | 'rondes'>;

const open = (
  sleutel: string,
  tekst: string,
  toelichting: string | null = null,
  verplicht = false,
): Vraag => ({
  sleutel,
  tekst,
  toelichting,
  soort: 'open',
  verplicht,
  keuzes: [],
  opties: [],
});

/** The form a new werkgroep starts with, after formulier 1 of the plan van aanpak, in our own words. */
export const STANDAARD_SJABLOON: SjabloonInhoud = {
  naam: 'Inventarisatie SROI bij zorgaanbieders',
  secties: [
    {
      titel: 'Wat doet uw organisatie nu al aan SROI?',
      toelichting: 'Een paar zinnen per vraag is genoeg.',
      vragen: [
        open(
          'in_dienst',
          'Werken er bij u mensen die een uitkering hebben of hadden, of biedt u werkervaringsplaatsen?',
          'Noem ook ongeveer hoeveel.',
        ),
        open('ondersteuning', 'Hoe begeleidt en ondersteunt u deze mensen?'),
        open('resultaat', 'Wat levert uw inzet op, voor de mensen en voor uw organisatie?'),
        {
          sleutel: 'andere_contracten',
          tekst: 'Heeft u bij andere opdrachtgevers een SROI-verplichting?',
          toelichting: null,
          soort: 'janee',
          verplicht: false,
          keuzes: [],
          opties: [],
        },
        open('achtergrond', 'Waarom doet u dit, en welke afspraken liggen eraan ten grondslag?'),
      ],
    },
    {
      titel: 'Wat kan uw organisatie bieden?',
      toelichting:
        'Kruis alles aan wat mogelijk is en noem, als u dat weet, het aantal plaatsen. Dit is een verkenning, geen toezegging.',
      vragen: [
        {
          sleutel: 'aanbod',
          tekst: 'Welke mogelijkheden van de menukaart kunt u bieden?',
          toelichting: null,
          soort: 'aanbod',
          verplicht: true,
          keuzes: [],
          opties: [
            { code: 'intake', naam: 'Intake en screening' },
            { code: 'begeleider', naam: 'Persoonlijk begeleider' },
            { code: 'zorg', naam: 'Zorg voor de kandidaat' },
            { code: 'werkervaringsplaats', naam: 'Werkervaringsplaats' },
            { code: 'bbl', naam: 'BBL-plaats' },
            { code: 'betaalde_baan', naam: 'Betaalde baan' },
            { code: 'project', naam: 'Aanvullend project' },
          ],
        },
        open(
          'contactpersoon',
          'Wie is bij u het aanspreekpunt voor SROI?',
          'Naam, e-mail en telefoon.',
          true,
        ),
      ],
    },
  ],
};

/**
 * One problem in a returned form: the cell on its Formulier sheet and the question it concerns
 * (null for a problem with the file as a whole), and what is wrong, in Dutch.
 */
export interface FormulierProbleem {
  cel: string | null;
  vraag: string | null;
  melding: string;
}

/** A problem on one line, for the command line: `Cel B12, "Heeft u …?": "misschien" is geen ja of nee.` */
export function probleemAlsTekst(p: FormulierProbleem): string {
  const waar = [p.cel ? `Cel ${p.cel}` : null, p.vraag ? `"${p.vraag}"` : null].filter(Boolean).join(', ');
  return waar ? `${waar}: ${p.melding}` : p.melding;
}

/** What reading one returned form would store, shown before anything is saved. */
export interface FormulierVoorbeeld {
  bestand: string;
  organisatieId: string | null;
  organisatie: string | null;
  rondeId: string | null;
  ronde: string | null;
  /** 'vervangt': answers of this organisation are already in and would be replaced. */
  status: 'nieuw' | 'vervangt' | 'fout';
  /** Every problem in the form, so it can be fixed in one go; empty unless status is 'fout'. */
  fouten: FormulierProbleem[];
  /** Questions answered in the file. */
  beantwoord: number;
  antwoorden: Record<string, AntwoordWaarde | null>;
}

export interface FormulierenVoorbeeld {
  formulieren: FormulierVoorbeeld[];
  goed: number;
  fout: number;
}
