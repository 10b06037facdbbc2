import { z } from 'zod';
import { nl } from 'zod/locales';

/** Input schemas, shared by main (validation at the boundary) and renderer forms. Messages are Dutch. */

// Issues without a message of our own (wrong type, unknown keys) would otherwise reach the screen in English.
z.config(nl());

const tekst = (label: string, max: number) =>
  z
    .string({ error: `${label} ontbreekt.` })
    .trim()
    .min(1, { error: `Vul ${label.toLowerCase()} in.` })
    .max(max, { error: `${label} is te lang (hoogstens ${max} tekens).` });

export const leeg = z.object({}).strict();

export const werkgroepInvoer = z
  .object({
    naam: tekst('Naam van de werkgroep', 120),
    regio: tekst('Regio', 80),
  })
  .strict();

export const gebruikersinstellingenInvoer = z
  .object({
    gebruikersnaam: z.string().trim().max(80, { error: 'Uw naam is te lang (hoogstens 80 tekens).' }),
  })
  .strict();

export const recentId = z
  .object({ id: z.string().regex(/^[0-9a-f]{16}$/, { error: 'Onbekend recent bestand.' }) })
  .strict();

export type WerkgroepInvoer = z.infer<typeof werkgroepInvoer>;
export type GebruikersinstellingenInvoer = z.infer<typeof gebruikersinstellingenInvoer>;
