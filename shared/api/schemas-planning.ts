import { z } from 'zod';
import { ACTIE_STATUSSEN, BIJEENKOMST_SOORTEN } from '../domain/bijeenkomsten';
import { ACTIVITEIT_STATUSSEN } from '../domain/planning';
import { id, isoDatum, optioneleTekst, tekst } from './velden';

/** Input schemas for the plan van aanpak (planning) and the meetings. */

export const maand = (label: string) =>
  z
    .string({ error: `${label} ontbreekt.` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label} moet een maand zijn (jjjj-mm).` });

export const faseInvoer = z
  .object({ id: id('fase').optional(), naam: tekst('De naam van de fase', 120) })
  .strict();
export const faseId = z.object({ id: id('fase') }).strict();

export const activiteitInvoer = z
  .object({
    id: id('activiteit').optional(),
    faseId: id('fase'),
    titel: tekst('De titel', 160),
    eigenaar: optioneleTekst('De eigenaar', 120),
    startMaand: maand('De eerste maand'),
    eindMaand: maand('De laatste maand'),
    status: z.enum(ACTIVITEIT_STATUSSEN, { error: 'Kies een status uit de lijst.' }),
    afhankelijkVan: id('activiteit').nullable(),
  })
  .strict()
  .refine((a) => a.eindMaand >= a.startMaand, {
    error: 'De laatste maand ligt voor de eerste maand.',
    path: ['eindMaand'],
  });
export const activiteitId = z.object({ id: id('activiteit') }).strict();

export const mijlpaalInvoer = z
  .object({
    id: id('mijlpaal').optional(),
    naam: tekst('De naam van de mijlpaal', 160),
    datum: isoDatum('De datum'),
  })
  .strict();
export const mijlpaalId = z.object({ id: id('mijlpaal') }).strict();

export const planningSjabloon = z.object({ startMaand: maand('De startmaand') }).strict();

const tijd = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'De tijd moet als uu:mm (bijvoorbeeld 14:00).' })
  .nullable();

const agendapuntInvoer = z
  .object({
    titel: tekst('De titel van het agendapunt', 200),
    notitie: optioneleTekst('De notitie', 4000),
  })
  .strict();

const aanwezigenLijst = z
  .array(
    z
      .object({
        naam: tekst('De naam', 120),
        rol: optioneleTekst('De rol of organisatie', 120),
        aanwezig: z.boolean(),
      })
      .strict(),
  )
  .max(100, { error: 'Meer dan 100 aanwezigen is te veel.' });

export const bijeenkomstInvoer = z
  .object({
    id: id('bijeenkomst').optional(),
    soort: z.enum(BIJEENKOMST_SOORTEN, { error: 'Kies een soort bijeenkomst uit de lijst.' }),
    datum: isoDatum('De datum'),
    tijd,
    plaats: optioneleTekst('De plaats', 160),
    /** From "voorbereiden": the accepted agenda proposal, replacing any agenda the meeting had. */
    agenda: z.array(agendapuntInvoer).max(60, { error: 'Meer dan 60 agendapunten is te veel.' }).optional(),
    /** From "voorbereiden": the attendees carried over from the previous meeting. */
    aanwezigen: aanwezigenLijst.optional(),
  })
  .strict();
export const bijeenkomstId = z.object({ id: id('bijeenkomst') }).strict();
/** The vergaderstukken as an Excel workbook (standard) or a Word document. */
export const vergaderstukkenInvoer = bijeenkomstId.extend({
  formaat: z.enum(['xlsx', 'docx']).default('xlsx'),
});

export const agendaInvoer = z
  .object({
    bijeenkomstId: id('bijeenkomst'),
    punten: z.array(agendapuntInvoer).max(60, { error: 'Meer dan 60 agendapunten is te veel.' }),
  })
  .strict();

export const aanwezigenInvoer = z
  .object({
    bijeenkomstId: id('bijeenkomst'),
    aanwezigen: aanwezigenLijst,
  })
  .strict();

export const besluitInvoer = z
  .object({
    id: id('besluit').optional(),
    bijeenkomstId: id('bijeenkomst'),
    tekst: tekst('De tekst van het besluit', 2000),
    /** The planning activity it concerns; null for none, left out to keep the link it has. */
    activiteitId: id('activiteit').nullable().optional(),
  })
  .strict();
export const besluitId = z.object({ id: id('besluit') }).strict();

export const actieInvoer = z
  .object({
    id: id('actie').optional(),
    bijeenkomstId: id('bijeenkomst').nullable(),
    omschrijving: tekst('De omschrijving', 500),
    eigenaar: optioneleTekst('De eigenaar', 120),
    deadline: isoDatum('De uiterste datum').nullable(),
    status: z.enum(ACTIE_STATUSSEN, { error: 'Kies een status uit de lijst.' }),
    /** The besluit it follows from and the activity it concerns; null for none, left out to keep. */
    besluitId: id('besluit').nullable().optional(),
    activiteitId: id('activiteit').nullable().optional(),
  })
  .strict();

export const voorbereidenInvoer = z.object({ datum: isoDatum('De datum van de bijeenkomst') }).strict();

export type ActiviteitInvoer = z.infer<typeof activiteitInvoer>;
export type BijeenkomstInvoer = z.infer<typeof bijeenkomstInvoer>;
export type ActieInvoer = z.infer<typeof actieInvoer>;
