import { z } from 'zod';
import { WAARDERINGSWIJZEN } from '../domain/menukaart';
import { BONUSSEN, DOELGROEPEN } from '../domain/waardering';
import { bedrag, id, isoDatum, optioneleTekst, tekst, uren } from './velden';

/** Input schemas for the menukaart, valuation tables, realisations and the Excel import/export. */

export const menukaartOptieInvoer = z
  .object({
    id: id('menukaartoptie').optional(),
    naam: tekst('Naam van de optie', 80),
    omschrijving: optioneleTekst('Omschrijving', 400),
    waardering: z.enum(WAARDERINGSWIJZEN, { error: 'Kies hoe deze optie gewaardeerd wordt.' }),
    gearchiveerd: z.boolean(),
  })
  .strict();

const bedragOfLeeg = (label: string) => bedrag(label).nullable();

export const waarderingstabelInvoer = z
  .object({
    naam: tekst('Naam van de tabel', 120),
    basisUren: uren('Het aantal uur voor een voltijdbaan', 60).refine((v) => v > 0, {
      error: 'Het aantal uur voor een voltijdbaan moet meer dan 0 zijn.',
    }),
    minimumUren: uren('Het minimum aantal uur per week', 60),
    jaarbedragCent: z.object(
      Object.fromEntries(DOELGROEPEN.map((d) => [d, bedragOfLeeg('Het jaarbedrag')])) as Record<
        (typeof DOELGROEPEN)[number],
        ReturnType<typeof bedragOfLeeg>
      >,
    ),
    bonusCent: z.object(
      Object.fromEntries(BONUSSEN.map((b) => [b, bedragOfLeeg('De bonus')])) as Record<
        (typeof BONUSSEN)[number],
        ReturnType<typeof bedragOfLeeg>
      >,
    ),
    uurtariefCent: bedragOfLeeg('Het uurtarief'),
  })
  .strict()
  .refine((t) => t.minimumUren <= t.basisUren, {
    error: 'Het minimum aantal uur ligt boven het aantal uur voor een voltijdbaan.',
    path: ['minimumUren'],
  });

export const PRESET_SLEUTELS = ['utrecht', 'friese_eis', 'leeg'] as const;

export const waarderingstabelKiezen = z.union([
  z.object({ id: id('waarderingstabel') }).strict(),
  z.object({ preset: z.enum(PRESET_SLEUTELS, { error: 'Onbekende standaardtabel.' }) }).strict(),
]);

export const realisatieInvoer = z
  .object({
    id: id('realisatie').optional(),
    opdrachtnemerId: z.uuid({ error: 'Kies een aanbieder.' }),
    contractId: id('contract').nullable(),
    menukaartOptieId: z.uuid({ error: 'Kies wat er geleverd is (menukaart).' }),
    datum: isoDatum('De datum'),
    omschrijving: tekst('Omschrijving', 300),
    doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een doelgroep uit de lijst.' }).nullable(),
    urenPerWeek: uren('Het aantal uur per week', 60).nullable(),
    maanden: uren('Het aantal maanden', 120).nullable(),
    bonussen: z
      .array(z.enum(BONUSSEN, { error: 'Onbekende bonus.' }))
      .max(BONUSSEN.length)
      .refine((b) => new Set(b).size === b.length, { error: 'Een bonus staat twee keer in de lijst.' }),
    uren: uren('Het aantal uren', 100_000).nullable(),
  })
  .strict();

export const realisatieId = z.object({ id: id('realisatie') }).strict();

export const exportSroiInvoer = z
  .object({ van: isoDatum('Het begin van de periode'), tot: isoDatum('Het einde van de periode') })
  .strict()
  .refine((p) => p.tot >= p.van, { error: 'Het einde van de periode ligt voor het begin.', path: ['tot'] });

export const importToken = z
  .object({
    token: z
      .string()
      .regex(/^[0-9a-f]{32}$/, { error: 'Deze import is verlopen; lees het bestand opnieuw in.' }),
  })
  .strict();

export type MenukaartOptieInvoer = z.input<typeof menukaartOptieInvoer>;
export type WaarderingstabelInvoer = z.input<typeof waarderingstabelInvoer>;
export type RealisatieInvoer = z.input<typeof realisatieInvoer>;
