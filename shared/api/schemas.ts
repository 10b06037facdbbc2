import { z } from 'zod';
import { nl } from 'zod/locales';
import { ORGANISATIE_SOORTEN } from '../domain/organisaties';
import { TABEL_PER_SLEUTEL, type TabelSleutel } from '../domain/waarderingstabellen';
import { bedrag, isoDatum, optioneleTekst, percentage, tekst } from './velden';

/** Input schemas, shared by main (validation at the boundary) and renderer forms. Messages are Dutch. */

// Issues without a message of our own (wrong type, unknown keys) would otherwise reach the screen in English.
z.config(nl());

export const leeg = z.object({}).strict();
/** After an export: open the file it wrote, or show it in its folder. */
export const exportOpenen = z.object({ wat: z.enum(['bestand', 'map']) }).strict();

export const werkgroepInvoer = z
  .object({
    naam: tekst('Naam van de werkgroep', 120),
    regio: tekst('Regio', 80),
  })
  .strict();

export const aanDeSlagVerbergen = z.object({ verborgen: z.boolean() }).strict();

/** A new werkgroep: name, region and the valuation table to start with (null: choose later). */
export const nieuweWerkgroepInvoer = werkgroepInvoer.extend({
  waarderingstabel: z
    .enum(Object.keys(TABEL_PER_SLEUTEL) as [TabelSleutel, ...TabelSleutel[]], {
      error: 'Kies een waarderingstabel uit de lijst.',
    })
    .nullable()
    .optional(),
});

export const gebruikersinstellingenInvoer = z
  .object({
    gebruikersnaam: z
      .string()
      .trim()
      .max(80, { error: 'Uw naam is te lang (hoogstens 80 tekens).' })
      .optional(),
    vergrendelNaMinuten: z
      .number({ error: 'Kies na hoeveel minuten Tafelwerk vergrendelt.' })
      .int()
      .min(0)
      .max(480, { error: 'Hoogstens 480 minuten (8 uur).' })
      .optional(),
  })
  .strict();

/** Long enough to resist guessing; a sentence of a few words is easier to remember than symbols. */
export const wachtwoord = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(12, { error: 'Kies een wachtwoord van minstens 12 tekens; een korte zin werkt goed.' })
  .max(256, { error: 'Het wachtwoord is te lang (hoogstens 256 tekens).' });

export const ontgrendelInvoer = z.union([
  z.object({ wachtwoord: z.string().min(1, { error: 'Vul het wachtwoord in.' }).max(256) }).strict(),
  z.object({ herstelcode: z.string().min(1, { error: 'Vul de herstelcode in.' }).max(64) }).strict(),
]);

export const beveiligingInstellen = z.object({ wachtwoord }).strict();
/** The copy for a werkgroep member: without a passphrase it is not protected. */
export const kopieVoorLid = z.object({ wachtwoord: wachtwoord.optional() }).strict();
export const beveiligingWijzigen = z.object({ huidig: z.string().max(256), nieuw: wachtwoord }).strict();
export const beveiligingUitzetten = z.object({ wachtwoord: z.string().max(256) }).strict();
export const beveiligingNieuweHerstelcode = z.object({ wachtwoord: z.string().max(256) }).strict();

export const recentId = z
  .object({ id: z.string().regex(/^[0-9a-f]{16}$/, { error: 'Onbekend recent bestand.' }) })
  .strict();

export type WerkgroepInvoer = z.infer<typeof werkgroepInvoer>;
export type NieuweWerkgroepInvoer = z.infer<typeof nieuweWerkgroepInvoer>;
export type GebruikersinstellingenInvoer = z.infer<typeof gebruikersinstellingenInvoer>;

export const organisatieInvoer = z
  .object({
    id: z.uuid({ error: 'Onbekende organisatie.' }).optional(),
    naam: tekst('Naam van de organisatie', 160),
    soort: z.enum(ORGANISATIE_SOORTEN, { error: 'Kies een soort organisatie uit de lijst.' }),
    contactpersoon: optioneleTekst('Contactpersoon', 120),
    email: z
      .string()
      .trim()
      .max(200)
      .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
        error: 'Vul een geldig e-mailadres in.',
      })
      .transform((v) => (v === '' ? null : v))
      .nullable(),
    telefoon: optioneleTekst('Telefoonnummer', 40),
    gemeenteIds: z.array(z.uuid({ error: 'Onbekende gemeente.' })).max(100),
    jaaromzetCent: z
      .number({ error: 'De jaaromzet moet een bedrag zijn.' })
      .int({ error: 'De jaaromzet moet in hele centen.' })
      .min(0, { error: 'De jaaromzet kan niet negatief zijn.' })
      .max(100_000_000_000_00, { error: 'De jaaromzet is onwaarschijnlijk hoog (meer dan € 100 miljard).' })
      .nullable(),
    fte: z
      .number({ error: 'Het aantal fte moet een getal zijn.' })
      .min(0, { error: 'Het aantal fte kan niet negatief zijn.' })
      .max(1_000_000, { error: 'Het aantal fte is onwaarschijnlijk hoog.' })
      .nullable(),
  })
  .strict();

export const organisatieFilter = z
  .object({
    zoek: z.string().trim().max(100).optional(),
    soort: z.enum(ORGANISATIE_SOORTEN).optional(),
    metGearchiveerd: z.boolean().optional(),
  })
  .strict();

export const organisatieArchiveren = z
  .object({ id: z.uuid({ error: 'Onbekende organisatie.' }), gearchiveerd: z.boolean() })
  .strict();

/** One organisation's page: candidates' names only when asked; SROI figures of a calendar year. */
export const organisatiePaginaInvoer = z
  .object({
    id: z.uuid({ error: 'Onbekende organisatie.' }),
    metNamen: z.boolean(),
    jaar: z.number().int().min(2000).max(2100),
  })
  .strict();

export type OrganisatieInvoer = z.input<typeof organisatieInvoer>;
export type OrganisatieFilter = z.infer<typeof organisatieFilter>;

export const contractInvoer = z
  .object({
    id: z.uuid({ error: 'Onbekend contract.' }).optional(),
    naam: tekst('Naam van het contract', 200),
    opdrachtnemerId: z.uuid({ error: 'Kies een opdrachtnemer.' }),
    opdrachtgevers: z
      .array(
        z
          .object({
            gemeenteId: z.uuid({ error: 'Onbekende gemeente.' }),
            aandeelCent: bedrag('Het aandeel').nullable(),
          })
          .strict(),
      )
      .min(1, { error: 'Kies ten minste één opdrachtgevende gemeente.' })
      .max(50),
    startdatum: isoDatum('De startdatum'),
    einddatum: isoDatum('De einddatum'),
    waardeCent: bedrag('De contractwaarde'),
    sroiPercentageBp: percentage('Het SROI-percentage').nullable(),
    sroiVastCent: bedrag('Het vaste SROI-bedrag').nullable(),
    loonaandeelBp: percentage('Het loonaandeel').nullable(),
    gebundeld: z.boolean(),
  })
  .strict()
  .refine((c) => c.einddatum >= c.startdatum, {
    error: 'De einddatum ligt voor de startdatum.',
    path: ['einddatum'],
  })
  .refine((c) => c.sroiPercentageBp !== null || c.sroiVastCent !== null, {
    error: 'Vul een SROI-percentage of een vast SROI-bedrag in.',
    path: ['sroiPercentageBp'],
  })
  .refine((c) => new Set(c.opdrachtgevers.map((o) => o.gemeenteId)).size === c.opdrachtgevers.length, {
    error: 'Een gemeente staat twee keer bij de opdrachtgevers.',
    path: ['opdrachtgevers'],
  });

export const periodeInvoer = z
  .object({ van: isoDatum('Het begin van de periode'), tot: isoDatum('Het einde van de periode') })
  .strict()
  .refine((p) => p.tot >= p.van, { error: 'Het einde van de periode ligt voor het begin.', path: ['tot'] });

export type ContractInvoer = z.input<typeof contractInvoer>;

/** What undo can bring back after a delete: records whose deleted rows keep their content. */
export const HERSTELBAAR = [
  'realisatie',
  'les',
  'evaluatie',
  'besluit',
  'bijeenkomst',
  'fase',
  'activiteit',
  'mijlpaal',
] as const;

export const herstelInvoer = z
  .object({
    soort: z.enum(HERSTELBAAR, { error: 'Dit kan niet worden teruggezet.' }),
    id: z.uuid({ error: 'Onbekend gegeven.' }),
  })
  .strict();
