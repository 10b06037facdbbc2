import { z } from 'zod';

/** Field schemas with Dutch messages, shared by every input schema. */

/**
 * "Vul de naam van de werkgroep in.": a label without its own article ("Naam van de werkgroep")
 * gets "de" (every such label is a de-word), so the message is a whole Dutch sentence.
 */
export function vulIn(label: string): string {
  const klein = label.charAt(0).toLowerCase() + label.slice(1);
  return /^(de|het|een) /.test(klein) ? `Vul ${klein} in.` : `Vul de ${klein} in.`;
}

export const tekst = (label: string, max: number) =>
  z
    .string({ error: `${label} ontbreekt.` })
    .trim()
    .min(1, { error: vulIn(label) })
    .max(max, { error: `${label} is te lang (hoogstens ${max} tekens).` });

export const optioneleTekst = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} is te lang (hoogstens ${max} tekens).` })
    .transform((v) => (v === '' ? null : v))
    .nullable();

export const isoDatum = (label: string) =>
  z
    .string({ error: `${label} ontbreekt.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} moet een datum zijn (jjjj-mm-dd).` })
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      {
        error: `${label} bestaat niet.`,
      },
    );

export const bedrag = (label: string) =>
  z
    .number({ error: `${label} moet een bedrag zijn.` })
    .int({ error: `${label} moet in hele centen.` })
    .min(0, { error: `${label} kan niet negatief zijn.` })
    .max(10_000_000_000_00, { error: `${label} is onwaarschijnlijk hoog (meer dan € 10 miljard).` });

export const percentage = (label: string) =>
  z
    .number({ error: `${label} moet een percentage zijn.` })
    .int({ error: `${label} kan hoogstens twee decimalen hebben.` })
    .min(0, { error: `${label} kan niet negatief zijn.` })
    .max(10_000, { error: `${label} kan niet boven 100 % liggen.` });

export const id = (wat: string) => z.uuid({ error: `Onbekende ${wat}.` });

/** A non-negative quantity (hours, months) up to a sensible maximum. */
export const uren = (label: string, max: number) =>
  z
    .number({ error: `${label} moet een getal zijn.` })
    .min(0, { error: `${label} kan niet negatief zijn.` })
    .max(max, { error: `${label} kan niet meer dan ${max} zijn.` });
