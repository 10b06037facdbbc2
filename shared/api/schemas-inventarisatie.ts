import { z } from 'zod';
import { RONDE_STATUSSEN, VRAAG_SOORTEN } from '../domain/inventarisatie';
import { id, isoDatum, optioneleTekst, tekst } from './velden';

/** Input schemas for form templates, rounds and answers. */

const vraag = z
  .object({
    sleutel: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, {
      error: 'Een sleutel bestaat uit kleine letters, cijfers en _ (hoogstens 40).',
    }),
    tekst: tekst('De vraag', 300),
    toelichting: optioneleTekst('De toelichting', 500),
    soort: z.enum(VRAAG_SOORTEN, { error: 'Kies een soort vraag uit de lijst.' }),
    verplicht: z.boolean(),
    keuzes: z.array(tekst('Een keuze', 120)).max(30),
    opties: z
      .array(z.object({ code: z.string().min(1).max(60), naam: tekst('Een mogelijkheid', 120) }).strict())
      .max(30),
  })
  .strict()
  .refine((v) => !(v.soort === 'meerkeuze' || v.soort === 'enkelkeuze') || v.keuzes.length >= 2, {
    error: 'Een keuzevraag heeft minstens twee keuzes.',
  })
  .refine((v) => v.soort !== 'aanbod' || v.opties.length >= 1, {
    error: 'Een aanbodvraag noemt minstens één mogelijkheid van de menukaart.',
  });

export const sjabloonInvoer = z
  .object({
    id: id('formulier').optional(),
    naam: tekst('Naam van het formulier', 120),
    secties: z
      .array(
        z
          .object({
            titel: tekst('De titel van het onderdeel', 160),
            toelichting: optioneleTekst('De toelichting', 500),
            vragen: z.array(vraag).min(1, { error: 'Een onderdeel heeft minstens één vraag.' }).max(50),
          })
          .strict(),
      )
      .min(1, { error: 'Een formulier heeft minstens één onderdeel.' })
      .max(20),
  })
  .strict();

export const rondeInvoer = z
  .object({
    id: id('ronde').optional(),
    naam: tekst('Naam van de ronde', 120),
    sjabloonId: id('formulier'),
    deadline: isoDatum('De uiterste datum').nullable(),
    organisatieIds: z
      .array(id('organisatie'))
      .min(1, { error: 'Kies minstens één organisatie.' })
      .max(200)
      .refine((o) => new Set(o).size === o.length, { error: 'Een organisatie staat twee keer in de lijst.' }),
  })
  .strict();

export const rondeId = z.object({ rondeId: id('ronde') }).strict();
export const formulierenMaken = z.object({ rondeId: id('ronde'), alleenOpenstaand: z.boolean() }).strict();

/** A reminder by mail to one organisation of the round, or (null) to all that have not answered. */
export const herinneringMailen = z
  .object({ rondeId: id('ronde'), organisatieId: id('organisatie').nullable() })
  .strict();

export const deelnameSleutel = z.object({ rondeId: id('ronde'), organisatieId: id('organisatie') }).strict();

export const deelnameStatusInvoer = z
  .object({
    rondeId: id('ronde'),
    organisatieId: id('organisatie'),
    status: z.enum(RONDE_STATUSSEN, { error: 'Kies een status uit de lijst.' }),
  })
  .strict();

const antwoordWaarde = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('open'), tekst: tekst('Het antwoord', 4000) }).strict(),
  z.object({ soort: z.literal('janee'), ja: z.boolean() }).strict(),
  z.object({ soort: z.literal('meerkeuze'), keuzes: z.array(z.string().max(120)).min(1).max(30) }).strict(),
  z.object({ soort: z.literal('enkelkeuze'), keuze: z.string().max(120) }).strict(),
  z
    .object({
      soort: z.literal('getal'),
      getal: z
        .number({ error: 'Vul een getal in.' })
        .min(0, { error: 'Een negatief getal kan hier niet.' })
        .max(1e9),
    })
    .strict(),
  z
    .object({
      soort: z.literal('aanbod'),
      aanbod: z
        .array(
          z
            .object({
              code: z.string().min(1).max(60),
              plaatsen: z
                .number()
                .int({ error: 'Het aantal plaatsen is een heel getal.' })
                .min(0, { error: 'Het aantal plaatsen kan niet negatief zijn.' })
                .max(10_000)
                .nullable(),
            })
            .strict(),
        )
        .min(1)
        .max(30),
    })
    .strict(),
]);

export const antwoordenInvoer = z
  .object({
    rondeId: id('ronde'),
    organisatieId: id('organisatie'),
    antwoorden: z.record(z.string().max(40), antwoordWaarde.nullable()),
  })
  .strict();

export type SjabloonInvoer = z.infer<typeof sjabloonInvoer>;
export type RondeInvoer = z.infer<typeof rondeInvoer>;
