import { z } from 'zod';
import {
  BELEMMERING_SOORTEN,
  BELEMMERING_STATUSSEN,
  KANDIDAAT_STATUSSEN,
  PERSOONLIJKE_BONUSSEN,
  STAP_STATUSSEN,
  TREDEN,
  UITKERINGEN,
  UITSTROOM_SOORTEN,
} from '../domain/kandidaten';
import { id, isoDatum, optioneleTekst, tekst, uren } from './velden';

/** Input schemas for candidates, their plan, leerlijn, ladder and outcomes, and groups. */

const optioneleDatum = (label: string) => isoDatum(label).nullable();
/** Free text about a person: generous but bounded. */
const vrijeTekst = (label: string) => optioneleTekst(label, 2000);

export const kandidaatFilter = z
  .object({
    groepId: id('groep').optional(),
    status: z.enum(KANDIDAAT_STATUSSEN, { error: 'Onbekende status.' }).optional(),
    /** Names are personal data: only sent when the user chose to show them. */
    metNamen: z.boolean(),
  })
  .strict();

export const kandidaatInvoer = z
  .object({
    id: id('kandidaat').optional(),
    /** Left out (undefined): keep the stored name as it is; the screen never had it. */
    naam: optioneleTekst('Naam', 120).optional(),
    initialen: optioneleTekst('Initialen', 20).optional(),
    gemeenteId: id('gemeente').nullable(),
    uitkering: z.enum(UITKERINGEN, { error: 'Kies een uitkering uit de lijst.' }).nullable(),
    klantmanager: optioneleTekst('Klantmanager', 120),
    begeleiderNaam: optioneleTekst('Persoonlijk begeleider', 120),
    begeleiderOrganisatieId: id('organisatie').nullable(),
    groepId: id('groep').nullable(),
    startdatum: optioneleDatum('De startdatum'),
    status: z.enum(KANDIDAAT_STATUSSEN, { error: 'Kies een status uit de lijst.' }),
    bonussen: z
      .array(z.enum(PERSOONLIJKE_BONUSSEN, { error: 'Onbekend kenmerk.' }))
      .max(PERSOONLIJKE_BONUSSEN.length)
      .refine((b) => new Set(b).size === b.length, { error: 'Een kenmerk staat twee keer in de lijst.' }),
    einddatum: optioneleDatum('De einddatum'),
  })
  .strict()
  .refine((k) => !k.startdatum || !k.einddatum || k.einddatum >= k.startdatum, {
    error: 'De einddatum ligt voor de startdatum.',
    path: ['einddatum'],
  });

export const kandidaatId = z.object({ id: id('kandidaat') }).strict();

/** Name and initials leave main only when the user switched names on. */
export const dossierInvoer = z.object({ id: id('kandidaat'), metNamen: z.boolean().optional() }).strict();

export const planInvoer = z
  .object({
    kandidaatId: id('kandidaat'),
    wensen: vrijeTekst('Wensen en dromen'),
    eigenWoorden: vrijeTekst('In eigen woorden'),
    belemmeringen: z
      .array(
        z
          .object({
            soort: z.enum(BELEMMERING_SOORTEN, { error: 'Kies een belemmering uit de lijst.' }),
            status: z.enum(BELEMMERING_STATUSSEN, { error: 'Kies een stand uit de lijst.' }),
            toelichting: optioneleTekst('De toelichting', 500),
          })
          .strict(),
      )
      .max(BELEMMERING_SOORTEN.length)
      .refine((b) => new Set(b.map((x) => x.soort)).size === b.length, {
        error: 'Een belemmering staat twee keer in het plan.',
      }),
    mogelijkheden: vrijeTekst('Wat wel kan'),
    vaardigheden: vrijeTekst('Nodige vaardigheden'),
    scholing: vrijeTekst('Mogelijke scholing'),
    doel: optioneleTekst('Het doel', 300),
    tussenstappen: vrijeTekst('Tussenstappen'),
    vasteBegeleiderHelpt: z.boolean().nullable(),
  })
  .strict();

export const stapInvoer = z
  .object({
    id: id('stap').optional(),
    kandidaatId: id('kandidaat'),
    menukaartOptieId: z.uuid({ error: 'Kies het soort stap (menukaart).' }),
    organisatieId: id('organisatie').nullable(),
    geplandStart: optioneleDatum('De geplande start'),
    geplandEind: optioneleDatum('Het geplande einde'),
    start: optioneleDatum('De start'),
    eind: optioneleDatum('Het einde'),
    urenPerWeek: uren('Het aantal uur per week', 60).nullable(),
    status: z.enum(STAP_STATUSSEN, { error: 'Kies een status uit de lijst.' }),
    vastContract: z.boolean(),
    resultaat: optioneleTekst('Het resultaat', 1000),
  })
  .strict()
  .refine((s) => !s.geplandStart || !s.geplandEind || s.geplandEind >= s.geplandStart, {
    error: 'Het geplande einde ligt voor de geplande start.',
    path: ['geplandEind'],
  })
  .refine((s) => !s.start || !s.eind || s.eind >= s.start, {
    error: 'Het einde ligt voor de start.',
    path: ['eind'],
  })
  .refine((s) => s.status === 'gepland' || s.start !== null, {
    error: 'Een stap die loopt of voorbij is, heeft een startdatum.',
    path: ['start'],
  })
  .refine((s) => (s.status !== 'afgerond' && s.status !== 'afgebroken') || s.eind !== null, {
    error: 'Een afgeronde of afgebroken stap heeft een einddatum.',
    path: ['eind'],
  });

export const stapId = z.object({ id: id('stap') }).strict();

export const stappenVolgorde = z
  .object({
    kandidaatId: id('kandidaat'),
    stapIds: z.array(id('stap')).max(200),
  })
  .strict()
  .refine((v) => new Set(v.stapIds).size === v.stapIds.length, {
    error: 'Een stap staat twee keer in de volgorde.',
  });

export const metingInvoer = z
  .object({
    id: id('meting').optional(),
    kandidaatId: id('kandidaat'),
    datum: isoDatum('De datum'),
    trede: z
      .number({ error: 'Kies een trede van 1 tot en met 6.' })
      .int({ error: 'Kies een trede van 1 tot en met 6.' })
      .refine((t): t is (typeof TREDEN)[number] => (TREDEN as readonly number[]).includes(t), {
        error: 'Kies een trede van 1 tot en met 6.',
      }),
    toelichting: optioneleTekst('De toelichting', 300),
  })
  .strict();

export const metingId = z.object({ id: id('meting') }).strict();

const nameting = z.boolean().nullable();

export const uitstroomInvoer = z
  .object({
    id: id('uitstroom').optional(),
    kandidaatId: id('kandidaat'),
    soort: z.enum(UITSTROOM_SOORTEN, { error: 'Kies een uitstroom uit de lijst.' }),
    datum: isoDatum('De datum'),
    toelichting: optioneleTekst('De toelichting', 500),
    na6Maanden: nameting,
    na12Maanden: nameting,
  })
  .strict();

export const terugvalInvoer = z
  .object({
    kandidaatId: id('kandidaat'),
    datum: isoDatum('De datum'),
    reden: tekst('De reden', 500),
    volgendeStap: optioneleTekst('De volgende stap', 500),
  })
  .strict();

export const avgVerwijderen = z
  .object({
    id: id('kandidaat'),
    /** The pseudonym typed by the user, as a deliberate confirmation. */
    bevestiging: z.string().trim().max(20),
  })
  .strict();

export const bewaartermijnInvoer = z
  .object({
    maanden: z
      .number({ error: 'De bewaartermijn moet een aantal maanden zijn.' })
      .int({ error: 'De bewaartermijn is een heel aantal maanden.' })
      .min(1, { error: 'De bewaartermijn is minstens 1 maand.' })
      .max(240, { error: 'De bewaartermijn is hoogstens 240 maanden (20 jaar).' }),
  })
  .strict();

export const groepInvoer = z
  .object({
    id: id('groep').optional(),
    naam: tekst('Naam van de groep', 80),
    startdatum: optioneleDatum('De startdatum'),
    terugkoppeldatum: optioneleDatum('De terugkoppeldatum'),
    organisatieIds: z
      .array(id('organisatie'))
      .max(50)
      .refine((o) => new Set(o).size === o.length, { error: 'Een organisatie staat twee keer in de lijst.' }),
  })
  .strict()
  .refine((g) => !g.startdatum || !g.terugkoppeldatum || g.terugkoppeldatum >= g.startdatum, {
    error: 'De terugkoppeldatum ligt voor de startdatum.',
    path: ['terugkoppeldatum'],
  });

/** Several candidates into one group at once (from the group page or the candidates list). */
export const groepPlaatsenInvoer = z
  .object({
    groepId: id('groep'),
    kandidaatIds: z
      .array(id('kandidaat'))
      .min(1, { error: 'Kies minstens één kandidaat.' })
      // A region holds about 10,000 candidates; "select all" on the list may send them all.
      .max(20_000)
      .refine((k) => new Set(k).size === k.length, { error: 'Een kandidaat staat twee keer in de lijst.' }),
  })
  .strict();

/** Undo of a placement: each candidate back to the group they stood in (null: none). */
export const groepTerugplaatsenInvoer = z
  .object({
    groepId: id('groep'),
    vorige: z
      .array(z.object({ kandidaatId: id('kandidaat'), groepId: id('groep').nullable() }).strict())
      .min(1)
      .max(20_000),
  })
  .strict();

export const groepOverzichtInvoer = z.object({ id: id('groep'), metNamen: z.boolean() }).strict();

export const exportKandidatenInvoer = z
  .object({
    metNamen: z.boolean(),
    /** Health and debt details: only when the user explicitly includes them, after a warning. */
    metBelemmeringen: z.boolean(),
  })
  .strict();

export type KandidaatFilter = z.infer<typeof kandidaatFilter>;
export type KandidaatInvoer = z.infer<typeof kandidaatInvoer>;
export type PlanInvoer = z.infer<typeof planInvoer>;
export type StapInvoer = z.infer<typeof stapInvoer>;
export type MetingInvoer = z.infer<typeof metingInvoer>;
export type UitstroomInvoer = z.infer<typeof uitstroomInvoer>;
export type TerugvalInvoer = z.infer<typeof terugvalInvoer>;
export type GroepInvoer = z.infer<typeof groepInvoer>;
export type GroepPlaatsenInvoer = z.infer<typeof groepPlaatsenInvoer>;
